package sn.pmas.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import sn.pmas.ledger.LedgerSource;
import sn.pmas.ledger.PostingLine;
import sn.pmas.ledger.PostingRequest;
import sn.pmas.premium.PremiumShare;
import sn.pmas.premium.QuittanceBalance;
import sn.pmas.sig.SigEvent;

/**
 * A demo year as the SIG would have sent it, month by month: principals fund their working funds in January,
 * insurers issue and collect premiums (the pool's commission follows), claims are validated then
 * mostly paid, the pool pays its running costs. What the SIG does not send — the pool moving its
 * revenue to its own bank account — comes as ledger entries; the commissions of front-office groups
 * and of the broker come from their quarterly runs ({@link DemoCommissions}).
 * A principal's money only ever pays its own claims: when its fund would not cover one, it answers
 * a fund call first. A fixed seed makes every demo database identical.
 */
final class DemoYear {

    static final String SOURCE = LedgerSource.DEMO.code();
    static final BigDecimal COMMISSION_RATE = new BigDecimal("0.14");
    private static final BigDecimal TAX_RATE = new BigDecimal("0.03");
    private static final long POLICY_COSTS = 2_500;
    private static final String OPERATIONS_BANK = "5211";
    private static final String POOL_BANK = "5212";
    private static final List<String> PRODUCTS = List.of("Santé groupe", "Santé famille");
    /** About five claims a month per principal: funds run down, fund calls and floor alerts follow. */
    private static final int CLAIMS_PER_MONTH = 42;

    private final String prefix;
    private final Random random;
    private final List<SigEvent> events = new ArrayList<>();
    private final List<PostingRequest> entries = new ArrayList<>();
    /** What each principal's current account holds for it, as the ledger will compute it, to call funds in time. */
    private final Map<String, Long> funds = new HashMap<>();
    /** Claims validated last month and paid early this month (the last month's stay payable). */
    private final List<String> payNextMonth = new ArrayList<>();
    private int fundCalls;

    /** {@code prefix} starts every reference, so that different runs never collide. */
    DemoYear(String prefix, long seed) {
        this.prefix = prefix;
        this.random = new Random(seed);
    }

    /** The events of the whole year, by date. */
    List<SigEvent> events(int year) {
        return events(YearMonth.of(year, 1), 12);
    }

    /** The events of {@code months} months from {@code first}, by date, principals funding their working funds in the first. */
    List<SigEvent> events(YearMonth first, int months) {
        for (int month = 0; month < months; month++) {
            book(first.plusMonths(month), month == 0);
        }
        return byDate();
    }

    /** The entries the SIG does not send, computed along with {@link #events}. */
    List<PostingRequest> poolEntries() {
        return List.copyOf(entries);
    }

    /**
     * One month that can be booked on top of any ledger where no principal is overdrawn: every
     * principal first sends funds, so the month's claims are covered whatever came before.
     */
    List<SigEvent> sampleMonth(YearMonth month) {
        book(month, true);
        cancelClaim(payNextMonth.remove(0), month.atDay(28));
        return byDate();
    }

    private void book(YearMonth period, boolean fundingMonth) {
        payNextMonth.forEach(invoice -> payClaim(invoice, period.atDay(6)));
        payNextMonth.clear();
        if (fundingMonth) {
            fundWorkingFunds(period);
        }
        validateAndPayClaims(period); // days 8-22, before the collections of days 25-26: draws come in date order
        issueAndCollectPremiums(period);
        payRunningCosts(period);
    }

    private void fundWorkingFunds(YearMonth period) {
        for (String insurer : DemoParties.INSURERS) {
            receiveFunds(period.atDay(3), insurer, roundTo(12_000_000 + random.nextInt(18_000_000), 100_000),
                    "FDR-" + insurer + "-" + period, "Versement fonds de roulement " + period);
        }
        for (String scheme : DemoParties.SCHEMES) {
            receiveFunds(period.atDay(4), scheme, roundTo(6_000_000 + random.nextInt(9_000_000), 100_000),
                    "FDR-" + scheme + "-" + period, "Fonds reçus en délégation " + period);
        }
    }

    private void receiveFunds(LocalDate date, String principal, long amount, String reference, String label) {
        long fee = DemoParties.SCHEMES.contains(principal) ? percent(amount, COMMISSION_RATE) : 0;
        event(new Builder("FUNDS_RECEIVED", reference, date).principal(principal).amount(amount).label(label));
        funds.merge(principal, amount - fee, Long::sum);
        if (fee > 0) {
            transferToPool(date, reference, fee);
        }
    }

    /** Two quittances per insurer: one collected whole, one collected at 60 % (the rest stays in arrears). */
    private void issueAndCollectPremiums(YearMonth period) {
        for (String insurer : DemoParties.INSURERS) {
            for (int q = 1; q <= 2; q++) {
                String group = DemoParties.GROUPS.get(random.nextInt(DemoParties.GROUPS.size()));
                long premium = roundTo(3_000_000 + random.nextInt(7_000_000), 1_000);
                long taxes = percent(premium, TAX_RATE);
                String quittance = "Q-" + insurer + "-" + period + "-" + q;
                event(new Builder("PREMIUM_ISSUED", quittance, period.atDay(1)).principal(insurer)
                        .contract("CTR-" + insurer + "-" + group).group(group)
                        .broker(DemoParties.BROKER_INSURER.equals(insurer) ? DemoParties.BROKER : null).product(PRODUCTS.get(q - 1))
                        .covering(period.atDay(1), period.atEndOfMonth()).amount(premium).costs(POLICY_COSTS).taxes(taxes));
                QuittanceBalance balance = new QuittanceBalance(premium + POLICY_COSTS + taxes, premium);
                long collected = q == 1 ? balance.outstanding() : balance.outstanding() * 6 / 10;
                PremiumShare share = balance.collect(collected, COMMISSION_RATE);
                LocalDate collectedOn = period.atDay(24 + q);
                draw(insurer, share.commission(), collectedOn);
                event(new Builder("PREMIUM_COLLECTED", "ENC-" + quittance, collectedOn).premium(quittance).amount(collected));
                transferToPool(collectedOn, "ENC-" + quittance, share.commission());
            }
        }
    }

    /**
     * The contract a claim falls under: an insurer's group contracts (as its quittances), a scheme's
     * basic or complementary cover. Drawn from the claim's number, not the random sequence, so that the
     * rest of the demo stays as it was.
     */
    private static String claimContract(String principal, int claim) {
        return DemoParties.SCHEMES.contains(principal) ? "CTR-" + principal + (claim % 2 == 0 ? "-BASE" : "-COMPL")
                : "CTR-" + principal + "-" + DemoParties.GROUPS.get(claim % DemoParties.GROUPS.size());
    }

    private void validateAndPayClaims(YearMonth period) {
        List<String> principals = new ArrayList<>(DemoParties.INSURERS);
        principals.addAll(DemoParties.SCHEMES);
        for (int i = 1; i <= CLAIMS_PER_MONTH; i++) {
            String principal = principals.get(random.nextInt(principals.size()));
            String provider = DemoParties.PROVIDERS.get(random.nextInt(DemoParties.PROVIDERS.size()));
            boolean member = i % 7 == 0;
            long amount = member ? roundTo(15_000 + random.nextInt(120_000), 5) : roundTo(80_000 + random.nextInt(1_900_000), 5);
            String invoice = member ? "RD-" + period + "-" + i : "FAC-" + provider + "-" + period + "-" + i;
            LocalDate validated = period.atDay(8 + i * 14 / CLAIMS_PER_MONTH);
            draw(principal, amount, validated);
            YearMonth care = period.minusMonths(DemoParties.sendsLate(provider, i) ? 2 : 1);
            Builder claim = new Builder("CLAIM_VALIDATED", "SIN-" + invoice, validated).principal(principal).amount(amount)
                    .claimOf(invoice, care, period.atDay(5), amount > 150_000).contract(claimContract(principal, i));
            if (member) {
                // a member treated at a public facility who paid there asks the pool directly, outside third-party payment
                claim.member("Adhérent " + (1000 + random.nextInt(9000)));
                event(DemoParties.PUBLIC_PROVIDERS.contains(provider) ? claim.provider(provider) : claim);
            } else {
                event(claim.provider(provider));
                rejectSomeInvoices(principal, provider, invoice, care, period, validated, amount, i);
            }
            if (i % 3 != 0) { // two claims in three are paid within the month, the third early the next month
                LocalDate paid = validated.plusDays(Math.min(10, period.lengthOfMonth() - validated.getDayOfMonth()));
                payClaim(invoice, paid);
            } else {
                payNextMonth.add(invoice);
            }
        }
    }

    /**
     * The medical control rejects part of the public providers' billing (acts outside the convention,
     * billed twice): a second invoice of the same month, refused; the pool owes nothing on it.
     */
    private void rejectSomeInvoices(String principal, String provider, String invoice, YearMonth care, YearMonth period,
                                    LocalDate on, long amount, int i) {
        if (DemoParties.PUBLIC_PROVIDERS.contains(provider) && i % DemoParties.rejectionEvery(provider) == 1) {
            event(new Builder("CLAIM_REJECTED", "REJ-" + invoice, on).principal(principal).provider(provider)
                    .claimOf(invoice + "-B", care, period.atDay(5), false).amount(roundTo(amount / 3, 5))
                    .label("Actes hors convention ou facturés deux fois"));
        }
    }

    /** The SIG withdraws a validated claim before payment (an invoice sent twice): its charge is reversed. */
    private void cancelClaim(String invoice, LocalDate on) {
        event(new Builder("CLAIM_CANCELLED", "ANN-" + invoice, on).claim("SIN-" + invoice).label("Facture en double " + invoice));
    }

    private void payClaim(String invoice, LocalDate on) {
        event(new Builder("CLAIM_PAID", "PAY-" + invoice, on).claim("SIN-" + invoice).label("Chèque " + invoice));
    }

    private void payRunningCosts(YearMonth period) {
        expense(period.atDay(5), "LOYER-" + period, "622", 750_000, "Loyer des bureaux " + period);
        LocalDate payday = period.atDay(Math.min(28, period.lengthOfMonth()));
        expense(payday, "SAL-" + period, "661", 4_350_000, "Salaires bruts " + period);
        expense(payday, "CHS-" + period, "664", 610_000, "Charges sociales patronales " + period);
        expense(period.atDay(20), "TEL-" + period, "628", roundTo(90_000 + random.nextInt(60_000), 5), "Téléphone et internet " + period);
        expense(period.atEndOfMonth(), "FRB-" + period, "631", 25_000, "Frais bancaires " + period);
    }

    /** Takes {@code amount} from a principal's fund; when it would not cover it, a fund call first restores the target level. */
    private void draw(String principal, long amount, LocalDate date) {
        if (funds.getOrDefault(principal, 0L) < amount) {
            long call = roundTo(amount - funds.getOrDefault(principal, 0L) + targetLevel(principal) + 99_999, 100_000);
            receiveFunds(date, principal, call, "APF-" + principal + "-" + YearMonth.from(date) + "-" + (++fundCalls), "Règlement appel de fonds");
        }
        funds.merge(principal, -amount, Long::sum);
    }

    static long targetLevel(String principal) {
        return DemoParties.SCHEMES.contains(principal) ? 12_000_000 : 25_000_000;
    }

    /** The pool's own revenue leaves the principals' bank account for the pool's operating account. */
    private void transferToPool(LocalDate date, String reference, long amount) {
        if (amount > 0) {
            entries.add(new PostingRequest("BQ", date, SOURCE, prefix + "VIR-" + reference,
                    "Virement au compte de fonctionnement " + reference,
                    List.of(PostingLine.debit(POOL_BANK, amount, reference), PostingLine.credit(OPERATIONS_BANK, amount, reference))));
        }
    }

    private void expense(LocalDate date, String reference, String account, long amount, String label) {
        event(new Builder("OPERATING_EXPENSE", reference, date).account(account).amount(amount).label(label));
    }

    private void event(Builder builder) {
        events.add(builder.build(prefix));
    }

    private List<SigEvent> byDate() {
        List<SigEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(SigEvent::date)); // stable: a fund call stays before the claim it covers
        return sorted;
    }

    /** Whole francs, half-even: XOF has no minor unit. */
    static long percent(long base, BigDecimal rate) {
        return BigDecimal.valueOf(base).multiply(rate).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }

    private static long roundTo(long amount, long step) {
        return amount / step * step;
    }
}
