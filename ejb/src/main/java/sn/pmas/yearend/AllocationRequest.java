package sn.pmas.yearend;

import java.time.LocalDate;

/** The general assembly's decision: when it approved the accounts, and what it allocates besides the statutory reserves. */
public record AllocationRequest(LocalDate approvedOn, long decidedAmount, String decidedAccount) {
}
