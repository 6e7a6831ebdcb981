package sn.pmas.reconciliation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.StreamSupport;

/** Every register of every sub-ledger against its control accounts at a date, in chart order. */
@Stateless
@RolesAllowed({"accountant", "director", "auditor"})
public class Reconciliations {

    @PersistenceContext
    private EntityManager em;
    @Inject
    @Any
    private Instance<ReconciledRegister> registers;

    public List<Reconciliation> asOf(LocalDate asOf) {
        LedgerReads ledger = new LedgerReads(em);
        LocalDate inception = ledger.inception().filter(first -> !first.isAfter(asOf)).orElse(asOf);
        LocalDate yearStart = ledger.fiscalYearStart(asOf);
        return StreamSupport.stream(registers.spliterator(), false)
                .sorted(Comparator.comparing((ReconciledRegister register) -> register.ledgerSide().accountCodes().get(0))
                        .thenComparing(ReconciledRegister::code))
                .map(register -> reconcile(register, ledger, register.ledgerSide().span() == Span.FISCAL_YEAR ? yearStart : inception, asOf))
                .toList();
    }

    /**
     * Every register against its control accounts over one span, whatever the register's own span:
     * the year-end checks a year's movements (docs/year-end.md).
     */
    public List<Reconciliation> between(LocalDate from, LocalDate asOf) {
        LedgerReads ledger = new LedgerReads(em);
        return StreamSupport.stream(registers.spliterator(), false)
                .sorted(Comparator.comparing((ReconciledRegister register) -> register.ledgerSide().accountCodes().get(0))
                        .thenComparing(ReconciledRegister::code))
                .map(register -> reconcile(register, ledger, from, asOf))
                .toList();
    }

    /** Where the reconciliation page opens: the latest date with postings, today on an empty ledger. */
    public LocalDate latestPostingDate() {
        return new LedgerReads(em).latestPostingDate().orElse(LocalDate.now());
    }

    private static Reconciliation reconcile(ReconciledRegister register, LedgerReads ledger, LocalDate from, LocalDate asOf) {
        LedgerSide side = register.ledgerSide();
        Map<String, Long> registerAmounts = register.totals(from, asOf);
        Map<String, Long> ledgerAmounts = ledger.balances(side, from, asOf);
        long registerTotal = registerAmounts.values().stream().mapToLong(Long::longValue).sum();
        long ledgerTotal = ledgerAmounts.values().stream().mapToLong(Long::longValue).sum();
        TreeSet<String> accounts = new TreeSet<>(registerAmounts.keySet());
        accounts.addAll(ledgerAmounts.keySet());
        Optional<FirstDifference> first = accounts.stream()
                .filter(account -> !registerAmounts.getOrDefault(account, 0L).equals(ledgerAmounts.getOrDefault(account, 0L)))
                .findFirst()
                .map(account -> ItemMatching.firstDifference(account, registerAmounts.getOrDefault(account, 0L),
                        ledgerAmounts.getOrDefault(account, 0L), register.items(account, from, asOf),
                        ledger.movements(side, account, from, asOf)));
        return new Reconciliation(register.code(), register.title(), side.accountCodes(), from, asOf, registerTotal, ledgerTotal,
                registerTotal - ledgerTotal, first.isEmpty(), first.orElse(null));
    }
}
