package sn.pmas.sig;

/** An event read from a file, with the row it came from (the header is row 1). */
public record RowEvent(int row, SigEvent event) {
}
