package sn.pmas.sig;

import java.time.LocalDate;
import sn.pmas.claim.ClaimDetails;
import sn.pmas.claim.RejectedClaim;
import sn.pmas.ledger.PostingRequest;
import sn.pmas.premium.PremiumShare;
import sn.pmas.premium.Quittance;

/**
 * What one accepted event will write: its ledger entry (none for register-only events) and its
 * register row. Built before anything is written, so a batch is checked whole first.
 */
sealed interface Booking {

    int index();

    ParsedEvent event();

    String contentHash();

    /** The entry to post, or null. */
    PostingRequest posting();

    record PremiumIssue(int index, ParsedEvent event, String contentHash, Quittance quittance) implements Booking {
        @Override
        public PostingRequest posting() {
            return null;
        }
    }

    record PremiumMovement(int index, ParsedEvent event, String contentHash, PostingRequest posting, String premiumReference,
                           long insurerPartyId, PremiumShare share) implements Booking {
    }

    record ClaimValidation(int index, ParsedEvent event, String contentHash, PostingRequest posting, ClaimDetails claim,
                           String forceReason, boolean aboveLimit) implements Booking {
    }

    /** A rejected invoice: the rejections register only (docs/posting-rules.md). */
    record ClaimRejection(int index, ParsedEvent event, String contentHash, RejectedClaim claim) implements Booking {
        @Override
        public PostingRequest posting() {
            return null;
        }
    }

    record ClaimPayment(int index, ParsedEvent event, String contentHash, PostingRequest posting, String claimReference,
                        LocalDate paidOn) implements Booking {
    }

    /** The claim's entry is reversed by the ledger once the submission's entries are posted. */
    record ClaimCancellation(int index, ParsedEvent event, String contentHash, String claimReference, long principalPartyId,
                             LocalDate cancelledOn) implements Booking {
        @Override
        public PostingRequest posting() {
            return null;
        }
    }

    record FundsReceipt(int index, ParsedEvent event, String contentHash, PostingRequest posting, long principalPartyId,
                        long amount, long fee) implements Booking {
    }

    record Expense(int index, ParsedEvent event, String contentHash, PostingRequest posting) implements Booking {
    }
}
