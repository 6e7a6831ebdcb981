package sn.pmas.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import sn.pmas.ledger.PostingLine;
import sn.pmas.ledger.PostingRequest;

/**
 * The entries of a demo year, month by month, following the posting rules of docs/posting-rules.md:
 * principals fund their working funds, claims are validated then paid, the pool takes its
 * management commission (14 % of collected premiums for insurers, 14 % of managed funds for
 * schemes), pays front-office commissions quarterly and its running costs. A principal's money
 * only ever pays its own claims: when its fund would not cover one, it answers a fund call first.
 * A fixed seed makes every demo database identical.
 */
final class DemoYear {

    static final String SOURCE = "DEMO";
    private static final BigDecimal COMMISSION_RATE = new BigDecimal("0.14");
    private static final BigDecimal FRONT_OFFICE_RATE = new BigDecimal("0.07");
    private static final String OPERATIONS_BANK = "5211";
    private static final String POOL_BANK = "5212";

    private final int year;
    private final Random random = new Random(2025);
    private final List<PostingRequest> entries = new ArrayList<>();
    /** What each principal's current account holds for it (credit balance), to call funds in time. */
    private final Map<String, Long> funds = new HashMap<>();
    private int fundCalls;

    DemoYear(int year) {
        this.year = year;
    }

    List<PostingRequest> entries() {
        for (int month = 1; month <= 12; month++) {
            YearMonth period = YearMonth.of(year, month);
            if (month % 3 == 1) {
                fundWorkingFunds(period);
            }
            validateAndPayClaims(period);
            takeManagementCommissions(period);
            payRunningCosts(period);
            if (month % 3 == 0) {
                payFrontOfficeCommissions(period);
            }
        }
        return List.copyOf(entries);
    }

    private void fundWorkingFunds(YearMonth period) {
        for (String insurer : DemoParties.INSURERS) {
            long amount = roundTo(12_000_000 + random.nextInt(18_000_000), 100_000);
            post(period.atDay(3), "BQ", "FDR-" + insurer + "-" + period, "Versement fonds de roulement " + insurer,
                    PostingLine.debit(OPERATIONS_BANK, amount, "Virement " + insurer),
                    PostingLine.credit("4581." + insurer, amount, "Fonds de roulement " + period));
            funds.merge("4581." + insurer, amount, Long::sum);
        }
        for (String scheme : DemoParties.SCHEMES) {
            long amount = roundTo(6_000_000 + random.nextInt(9_000_000), 100_000);
            post(period.atDay(4), "BQ", "FDR-" + scheme + "-" + period, "Fonds reçus en délégation " + scheme,
                    PostingLine.debit(OPERATIONS_BANK, amount, "Virement " + scheme),
                    PostingLine.credit("47121." + scheme, amount, "Fonds délégués " + period));
            funds.merge("47121." + scheme, amount, Long::sum);
        }
    }

    private void validateAndPayClaims(YearMonth period) {
        List<String> principals = new ArrayList<>();
        DemoParties.INSURERS.forEach(code -> principals.add("4581." + code));
        DemoParties.SCHEMES.forEach(code -> principals.add("47121." + code));
        for (int i = 1; i <= 14; i++) {
            String principal = principals.get(random.nextInt(principals.size()));
            String provider = DemoParties.PROVIDERS.get(random.nextInt(DemoParties.PROVIDERS.size()));
            long amount = roundTo(80_000 + random.nextInt(1_900_000), 5);
            String invoice = "FAC-" + provider + "-" + period + "-" + i;
            LocalDate validated = period.atDay(Math.min(8 + i, period.lengthOfMonth()));
            draw(principal, amount, validated);
            post(validated, "OP", "SIN-" + invoice, "Facture " + invoice + " validée (tiers payant)",
                    PostingLine.debit(principal, amount, "Sinistres " + period),
                    PostingLine.credit("4011." + provider, amount, invoice));
            if (i % 3 != 0) { // two claims in three are paid within the month, the rest stay payable
                post(validated.plusDays(Math.min(10, period.lengthOfMonth() - validated.getDayOfMonth())), "BQ",
                        "PAY-" + invoice, "Règlement " + invoice,
                        PostingLine.debit("4011." + provider, amount, invoice),
                        PostingLine.credit(OPERATIONS_BANK, amount, "Chèque " + invoice));
            }
        }
    }

    private void takeManagementCommissions(YearMonth period) {
        LocalDate endOfMonth = period.atEndOfMonth();
        for (String insurer : DemoParties.INSURERS) {
            long collectedPremiums = roundTo(8_000_000 + random.nextInt(12_000_000), 1_000);
            long commission = percent(collectedPremiums, COMMISSION_RATE);
            draw("4581." + insurer, commission, endOfMonth);
            post(endOfMonth, "OD", "COM-" + insurer + "-" + period,
                    "Commission de gestion 14 % sur primes encaissées " + collectedPremiums + " F - " + insurer,
                    PostingLine.debit("4581." + insurer, commission, "Commission " + period),
                    PostingLine.credit("70521", commission, "Commission " + insurer));
            transferToPool(endOfMonth, "COM-" + insurer + "-" + period, commission);
        }
        for (String scheme : DemoParties.SCHEMES) {
            long managedFunds = roundTo(3_000_000 + random.nextInt(5_000_000), 1_000);
            long fees = percent(managedFunds, COMMISSION_RATE);
            draw("47121." + scheme, fees, endOfMonth);
            post(endOfMonth, "OD", "HON-" + scheme + "-" + period,
                    "Honoraires de gestion 14 % sur fonds gérés " + managedFunds + " F - " + scheme,
                    PostingLine.debit("47121." + scheme, fees, "Honoraires " + period),
                    PostingLine.credit("70522", fees, "Honoraires " + scheme));
            transferToPool(endOfMonth, "HON-" + scheme + "-" + period, fees);
        }
    }

    /** Takes {@code amount} from a principal's fund, calling funds first when it would not cover it. */
    private void draw(String principalAccount, long amount, LocalDate date) {
        long held = funds.getOrDefault(principalAccount, 0L);
        if (held < amount) {
            long call = roundTo(amount - held + 5_000_000, 100_000);
            String principal = principalAccount.substring(principalAccount.indexOf('.') + 1);
            post(date, "BQ", "APF-" + principal + "-" + (++fundCalls), "Règlement appel de fonds " + principal,
                    PostingLine.debit(OPERATIONS_BANK, call, "Virement " + principal),
                    PostingLine.credit(principalAccount, call, "Appel de fonds"));
            held += call;
        }
        funds.put(principalAccount, held - amount);
    }

    /** The pool's own revenue leaves the principals' bank account for the pool's operating account. */
    private void transferToPool(LocalDate date, String reference, long amount) {
        post(date, "BQ", "VIR-" + reference, "Virement au compte de fonctionnement " + reference,
                PostingLine.debit(POOL_BANK, amount, reference),
                PostingLine.credit(OPERATIONS_BANK, amount, reference));
    }

    private void payRunningCosts(YearMonth period) {
        LocalDate payday = period.atDay(Math.min(28, period.lengthOfMonth()));
        post(period.atDay(5), "BQ", "LOYER-" + period, "Loyer des bureaux " + period,
                PostingLine.debit("622", 750_000, "Loyer"),
                PostingLine.credit(POOL_BANK, 750_000, "Loyer"));
        post(payday, "BQ", "SAL-" + period, "Salaires " + period,
                PostingLine.debit("661", 4_350_000, "Salaires bruts"),
                PostingLine.debit("664", 610_000, "Charges sociales patronales"),
                PostingLine.credit(POOL_BANK, 4_960_000, "Virement salaires et cotisations"));
        long telecom = roundTo(90_000 + random.nextInt(60_000), 5);
        post(period.atDay(20), "BQ", "TEL-" + period, "Téléphone et internet " + period,
                PostingLine.debit("628", telecom, "Télécommunications"),
                PostingLine.credit(POOL_BANK, telecom, "Sonatel"));
        post(period.atEndOfMonth(), "BQ", "FRB-" + period, "Frais bancaires " + period,
                PostingLine.debit("631", 25_000, "Agios et commissions"),
                PostingLine.credit(POOL_BANK, 25_000, "Banque"));
    }

    private void payFrontOfficeCommissions(YearMonth quarterEnd) {
        for (String group : DemoParties.GROUPS) {
            long netPremiums = roundTo(4_000_000 + random.nextInt(6_000_000), 1_000);
            long commission = percent(netPremiums, FRONT_OFFICE_RATE);
            String reference = "CFO-" + group + "-" + quarterEnd;
            post(quarterEnd.atEndOfMonth(), "OD", reference,
                    "Commission front-office 7 % sur primes nettes " + netPremiums + " F - " + group,
                    PostingLine.debit("632", commission, "Commission front-office"),
                    PostingLine.credit("4191." + group, commission, "Arrêté de décompte " + quarterEnd));
            post(quarterEnd.plusMonths(1).atDay(10), "BQ", "PAY-" + reference, "Règlement commission front-office " + group,
                    PostingLine.debit("4191." + group, commission, "Chèque commission"),
                    PostingLine.credit(POOL_BANK, commission, "Chèque " + group));
        }
    }

    private void post(LocalDate date, String journal, String reference, String description, PostingLine... lines) {
        if (date.getYear() == year) {
            entries.add(new PostingRequest(journal, date, SOURCE, reference, description, List.of(lines)));
        }
    }

    /** Whole francs, half-even: XOF has no minor unit. */
    static long percent(long base, BigDecimal rate) {
        return BigDecimal.valueOf(base).multiply(rate).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }

    private static long roundTo(long amount, long step) {
        return amount / step * step;
    }
}
