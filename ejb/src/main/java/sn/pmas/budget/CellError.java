package sn.pmas.budget;

/**
 * Why one cell of a budget workbook was refused.
 *
 * @param line the row of the sheet as Excel numbers it (1 for the first)
 * @param cell the cell's reference (B7), or the row's first cell for a fault of the whole row
 * @param code a stable code, listed in docs/errors.md
 */
public record CellError(int line, String cell, String code, String message) {
}
