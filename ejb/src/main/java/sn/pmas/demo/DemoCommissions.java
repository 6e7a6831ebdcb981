package sn.pmas.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import sn.pmas.cheque.BankAccounts;
import sn.pmas.cheque.ChequeReleases;
import sn.pmas.cheque.Cheques;
import sn.pmas.commission.CommissionAgreements;
import sn.pmas.commission.CommissionKind;
import sn.pmas.commission.CommissionRuns;
import sn.pmas.commission.CommissionTerms;
import sn.pmas.commission.RunView;
import sn.pmas.currentaccount.Quarter;
import sn.pmas.ledger.LedgerException;

/**
 * The demo year's commissions (docs/commissions.md), through the same runs as the accountant's:
 * the teachers' group does front-office work, at 5 % by its convention, then at the default 7 %
 * from 16 August (Q3 splits its base); the transporters and the artisans do none; the broker Sahel
 * Courtage earns 5 % on the contracts it brought (CNART's). Each quarter is confirmed on its last
 * day. Q1's and Q2's cheques are released by the planner on the 27th of the next month, once the
 * month's commissions have reached the pool's account, then cashed; Q3's and Q4's are still held
 * at year end: the pool's account could not release Q3's without leaving November's taxes
 * unpaid (the planner releases taxes first). (At the manual's 7 % for every group, the demo pool's revenue would not
 * cover them: its running costs are high.)
 */
final class DemoCommissions {

    private static final String POOL_BANK = "BQ-POOL";

    record Services(CommissionAgreements agreements, CommissionRuns runs, BankAccounts bankAccounts, Cheques cheques,
                    ChequeReleases releases) {
    }

    private final Services services;
    private final int year;

    DemoCommissions(Services services, int year) {
        this.services = services;
        this.year = year;
    }

    void load() throws LedgerException {
        services.bankAccounts().addBook(POOL_BANK, 7_101L, 7_140L, LocalDate.of(year, 1, 2));
        LocalDate january = LocalDate.of(year, 1, 1);
        services.agreements().record("GO-ENSEIGNANTS", new CommissionTerms(january, new BigDecimal("0.05"),
                "Convention front-office : 5 % (encaissement seulement)"));
        services.agreements().record("GO-ENSEIGNANTS", new CommissionTerms(LocalDate.of(year, 8, 16), null,
                "Avenant n° 1 : affiliations en plus des encaissements, taux de droit commun"));
        services.agreements().record(DemoParties.BROKER, new CommissionTerms(january, new BigDecimal("0.05"),
                "Mandat de courtage : 5 % des primes nettes encaissées sur les contrats apportés"));
        for (int number = 1; number <= 4; number++) {
            Quarter quarter = new Quarter(year, number);
            for (CommissionKind kind : CommissionKind.values()) {
                RunView run = services.runs().confirm(kind, quarter.toString(), quarter.lastDay(), POOL_BANK);
                pay(run, quarter);
            }
        }
    }

    private void pay(RunView run, Quarter quarter) throws LedgerException {
        List<String> cheques = run.lines().stream().map(RunView.LineView::chequeReference).filter(java.util.Objects::nonNull).toList();
        if (quarter.number() >= 3 || cheques.isEmpty()) {
            return;
        }
        LocalDate released = quarter.lastDay().plusMonths(1).withDayOfMonth(27);
        services.releases().confirm(POOL_BANK, released, cheques);
        for (String cheque : cheques) {
            services.cheques().deliver(cheque, released);
            services.cheques().cash(cheque, released.plusDays(5));
        }
    }
}
