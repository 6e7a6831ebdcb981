package sn.pmas.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import sn.pmas.cheque.BankAccounts;
import sn.pmas.cheque.ChequeKind;
import sn.pmas.cheque.ChequePreparation;
import sn.pmas.cheque.ChequeReleases;
import sn.pmas.cheque.ChequeView;
import sn.pmas.cheque.Cheques;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.LedgerSource;
import sn.pmas.ledger.PostingLine;
import sn.pmas.ledger.PostingRequest;
import sn.pmas.ledger.PostingService;

/**
 * The demo year's treasury: a cheque book on each of the pool's two bank accounts, the year-end
 * claims still unpaid written into cheques (providers, the week's members), the pool's suppliers
 * (the taxes and social contributions are paid from the fiscal calendar), and cheques in every state —
 * prepared, held, released, delivered, cashed, voided, stale — so that the register, the planner
 * and the held-cheques table show something real from the first start.
 */
final class DemoCheques {

    private static final String PRINCIPALS_BANK = "BQ-MANDANTS";
    private static final String POOL_BANK = "BQ-POOL";

    private final BankAccounts bankAccounts;
    private final ChequePreparation preparation;
    private final Cheques cheques;
    private final ChequeReleases releases;
    private final PostingService posting;
    private final int year;

    DemoCheques(BankAccounts bankAccounts, ChequePreparation preparation, Cheques cheques, ChequeReleases releases,
                PostingService posting, int year) {
        this.bankAccounts = bankAccounts;
        this.preparation = preparation;
        this.cheques = cheques;
        this.releases = releases;
        this.posting = posting;
        this.year = year;
    }

    void load() throws LedgerException {
        bankAccounts.addBook(PRINCIPALS_BANK, 3_001L, 3_050L, day(1, 2));
        bankAccounts.addBook(POOL_BANK, 7_001L, 7_025L, day(1, 2));
        posting.postAll(LedgerSource.DEMO, payables());

        // A printer's invoice paid in April whose cheque was never presented: stale at year end.
        ChequeView printer = preparation.forPayable(POOL_BANK, ChequeKind.SUPPLIER, "4018", "Imprimerie du Cap-Vert", 95_000L, null,
                "Facture IMP-2025-031 (cartes d'assurés)", day(4, 12), null);
        cheques.hold(printer.reference(), day(4, 12));
        releases.confirm(POOL_BANK, day(4, 15), List.of(printer.reference()));
        cheques.deliver(printer.reference(), day(4, 16));
        bankAccounts.spoil(POOL_BANK, 7_002L, "Formule raturée à l'écriture du montant");

        ChequeView supplies = preparation.forPayable(POOL_BANK, ChequeKind.SUPPLIER, "4018", "Librairie Clairafrique", 185_000L, null,
                "Facture CLA-8841 (fournitures de bureau)", day(12, 16), null);
        cheques.hold(supplies.reference(), day(12, 17));
        releases.confirm(POOL_BANK, day(12, 18), List.of(supplies.reference()));
        cheques.deliver(supplies.reference(), day(12, 19));
        cheques.cash(supplies.reference(), day(12, 23));

        List<ChequeView> claims = new ArrayList<>();
        for (String provider : DemoParties.PROVIDERS) {
            claims.addAll(preparation.forProvider(PRINCIPALS_BANK, provider, day(12, 29), null));
        }
        claims.addAll(preparation.forMembers(PRINCIPALS_BANK, day(12, 26), null));
        // every claim cheque is signed but the last, still to sign; the first three leave the safe, one
        // of them cashed already; one is voided (its claims are payable again); the rest wait for the planner
        for (ChequeView cheque : claims.subList(0, claims.size() - 1)) {
            cheques.hold(cheque.reference(), day(12, 29));
        }
        List<String> firstThree = claims.subList(0, 3).stream().map(ChequeView::reference).toList();
        releases.confirm(PRINCIPALS_BANK, day(12, 30), firstThree);
        cheques.deliver(firstThree.get(0), day(12, 30));
        cheques.deliver(firstThree.get(1), day(12, 30));
        cheques.cash(firstThree.get(0), day(12, 31));
        cheques.voidCheque(claims.get(3).reference(), day(12, 30), "Montant contesté par le prestataire : facture à rectifier");
        cheques.markStale(day(12, 31));
    }

    /**
     * Two suppliers' invoices. The withheld taxes and social contributions come from the payroll
     * (DemoFiscalCalendar), and their cheques from the fiscal calendar's occurrences.
     */
    private List<PostingRequest> payables() {
        return List.of(
                entry(day(4, 10), "FAC-IMP-2025-031", "Facture Imprimerie du Cap-Vert, cartes d'assurés", "605", "4018", 95_000),
                entry(day(12, 15), "FAC-CLA-8841", "Facture Librairie Clairafrique, fournitures de bureau", "605", "4018", 185_000));
    }

    private PostingRequest entry(LocalDate date, String reference, String label, String debit, String credit, long amount) {
        return new PostingRequest("OD", date, DemoYear.SOURCE, reference, label,
                List.of(PostingLine.debit(debit, amount, label), PostingLine.credit(credit, amount, label)));
    }

    private LocalDate day(int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
