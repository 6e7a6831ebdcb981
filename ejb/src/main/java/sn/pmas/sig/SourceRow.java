package sn.pmas.sig;

import java.util.List;

/** A row of an event file, numbered as the file shows it (the header is row 1). */
record SourceRow(int number, List<Cell> cells) {

    Cell cell(int index) {
        return index < cells.size() ? cells.get(index) : Cell.EMPTY;
    }

    boolean blank() {
        return cells.stream().allMatch(Cell::blank);
    }
}
