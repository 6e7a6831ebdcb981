package sn.pmas.currentaccount;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A balance confirmation as shown to users.
 *
 * @param balance the current-account balance at quarter end when issued, credit-positive (in the principal's favour)
 * @param answer  null until the principal's answer is recorded
 */
public record ConfirmationView(long id, String principalCode, String principalName, String accountCode, String quarter,
                               LocalDate quarterEnd, long balance, String issuedBy, Instant issuedAt,
                               BalanceConfirmation.Answer answer, String answerComment, String answeredBy,
                               Instant answeredAt) {
}
