package sn.pmas.sig;

import java.time.LocalDate;
import java.time.YearMonth;

/** A SIG event whose fields have the right shape and types; its business checks come next. */
sealed interface ParsedEvent {

    String reference();

    LocalDate date();

    record PremiumIssued(String reference, LocalDate date, String insurer, String contract, String subscriberGroup,
                         String broker, String product, LocalDate periodFrom, LocalDate periodTo, long premium, long policyCosts,
                         long taxes) implements ParsedEvent {
    }

    /** Collected, cancelled or refunded: the movement type says which. */
    record PremiumMovementEvent(String reference, LocalDate date, EventType type, String premium, long amount)
            implements ParsedEvent {
    }

    record ClaimValidated(String reference, LocalDate date, String principal, String provider, String member,
                          String invoice, String contract, YearMonth careMonth, LocalDate invoiceReceivedOn, long amount,
                          boolean medicalValidation, String label, String forceReason) implements ParsedEvent {
    }

    record ClaimRejected(String reference, LocalDate date, String principal, String provider, String invoice,
                         YearMonth careMonth, LocalDate invoiceReceivedOn, long amount, String label) implements ParsedEvent {
    }

    record ClaimPaid(String reference, LocalDate date, String claim, String label) implements ParsedEvent {
    }

    record ClaimCancelled(String reference, LocalDate date, String claim, String label) implements ParsedEvent {
    }

    record FundsReceived(String reference, LocalDate date, String principal, long amount, String label)
            implements ParsedEvent {
    }

    record OperatingExpense(String reference, LocalDate date, String account, long amount, String label)
            implements ParsedEvent {
    }
}
