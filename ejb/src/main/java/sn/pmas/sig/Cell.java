package sn.pmas.sig;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One cell of an event file as its format holds it, before its column says what it must be: a
 * CSV file only has text; a spreadsheet also has numbers, dates, booleans and error values.
 */
sealed interface Cell {

    Cell EMPTY = new Text("");

    /** Only text can be blank: a spreadsheet's empty cells are read as empty text. */
    default boolean blank() {
        return false;
    }

    record Text(String value) implements Cell {
        @Override
        public boolean blank() {
            return value.isBlank();
        }
    }

    record Number(BigDecimal value) implements Cell {
    }

    record Day(LocalDate value) implements Cell {
    }

    record Flag(boolean value) implements Cell {
    }

    /** A spreadsheet error value such as {@code #N/A}: never data. */
    record Unreadable(String shown) implements Cell {
    }
}
