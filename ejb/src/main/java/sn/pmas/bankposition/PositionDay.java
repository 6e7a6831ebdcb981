package sn.pmas.bankposition;

import java.time.LocalDate;

/**
 * A bank account at the end of a day.
 *
 * @param bookBalance  debit balance of its 521x account (the bank's own balance in the books)
 * @param outstanding  cheques released and not yet cashed (credit balance of its 5219x account)
 * @param held         cheques signed and held (reserved, not posted)
 * @param inTransit    deposit slips handed to the bank and not yet credited
 * @param expected     open fund calls of the principals (principals' account only), less their cheques in transit
 * @param safetyMargin the margin in force on the day
 * @param available    {@code bookBalance - outstanding - safetyMargin}: what the release planner may use
 * @param net          {@code available - held + inTransit + expected}: what is left once held cheques go and expected money comes
 */
public record PositionDay(LocalDate day, long bookBalance, long outstanding, long held, long inTransit, long expected, long safetyMargin,
                          long available, long net) {

    static PositionDay of(LocalDate day, long bookBalance, long outstanding, long held, long inTransit, long expected, long safetyMargin) {
        long available = bookBalance - outstanding - safetyMargin;
        return new PositionDay(day, bookBalance, outstanding, held, inTransit, expected, safetyMargin, available,
                available - held + inTransit + expected);
    }
}
