package sn.pmas.demo;

import java.time.LocalDate;
import java.util.List;
import sn.pmas.incoming.DepositSlips;
import sn.pmas.incoming.IncomingChequeException;
import sn.pmas.incoming.IncomingCheques;
import sn.pmas.ledger.LedgerException;
import sn.pmas.workingfund.FundCalls;

/**
 * December's fund calls of the demo year and the principals' cheques that answer them, one in each
 * state: CGA's credited by the bank (its call settled), NSIA's and IPM-BTP's on a slip still in
 * transit at year end, the Mutuelle de Thiès's on hand, and SALAMA's returned unpaid (an alert).
 */
final class DemoIncomingCheques {

    private static final String PRINCIPALS_BANK = "BQ-MANDANTS";

    private final FundCalls fundCalls;
    private final IncomingCheques incoming;
    private final DepositSlips slips;
    private final int year;

    DemoIncomingCheques(FundCalls fundCalls, IncomingCheques incoming, DepositSlips slips, int year) {
        this.fundCalls = fundCalls;
        this.incoming = incoming;
        this.slips = slips;
        this.year = year;
    }

    void load() throws LedgerException, IncomingChequeException {
        fundCalls.issue("CGA", 6_000_000L, day(12, 1));
        fundCalls.issue("NSIA", 4_500_000L, day(12, 10));
        fundCalls.issue("MUT-THIES", 2_000_000L, day(12, 15));

        String cga = receive("Compagnie Générale d'Assurances", "CBAO", "1208345", 6_000_000, day(12, 3), "CGA");
        String cleared = slips.deposit(PRINCIPALS_BANK, day(12, 4), List.of(cga)).reference();
        slips.clear(cleared, day(12, 8));

        String salama = receive("SALAMA Assurances Sénégal", "BIS", "0045127", 3_000_000, day(12, 12), "SALAMA");
        slips.deposit(PRINCIPALS_BANK, day(12, 15), List.of(salama));
        incoming.returnUnpaid(salama, day(12, 18), "Provision insuffisante (avis de rejet de la banque tirée)");

        String nsia = receive("NSIA Assurances", "Société Générale Sénégal", "3390012", 4_500_000, day(12, 22), "NSIA");
        String ipm = receive("IPM du BTP", "Ecobank Sénégal", "7710456", 1_200_000, day(12, 22), "IPM-BTP");
        slips.deposit(PRINCIPALS_BANK, day(12, 23), List.of(nsia, ipm));

        receive("Mutuelle de santé de Thiès", "Crédit Mutuel du Sénégal", "0912003", 2_000_000, day(12, 29), "MUT-THIES");
    }

    private String receive(String drawer, String bank, String number, long amount, LocalDate on, String principal)
            throws LedgerException, IncomingChequeException {
        return incoming.receive(drawer, bank, number, amount, on, principal, null).reference();
    }

    private LocalDate day(int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
