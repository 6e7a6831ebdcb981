package sn.pmas.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.RequestParameterMap;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import sn.pmas.ledger.AccountService;
import sn.pmas.ledger.AccountView;
import sn.pmas.ledger.EntryView;
import sn.pmas.ledger.FiscalCalendarService;
import sn.pmas.ledger.FundsOverride;
import sn.pmas.ledger.JournalQuery;
import sn.pmas.ledger.JournalView;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.PostingLine;
import sn.pmas.ledger.PostingRequest;
import sn.pmas.ledger.PostingResult;
import sn.pmas.ledger.PostingService;
import sn.pmas.platform.Roles;
import sn.pmas.web.api.RetryLostRace;

/**
 * Backs ui/journal.xhtml: a journal's entries of one month ({@code ?period=2025-03&journal=BQ&page=0},
 * by default the latest month with entries and the journal of its latest entry), the accountant's
 * entry form and the reversal of an entry. The form carries a token drawn when it was shown: its
 * reference, so that a form sent twice books one entry.
 */
@Named
@RequestScoped
@RetryLostRace
public class JournalPage {

    static final int PAGE_SIZE = 50;
    static final String SOURCE = "MANUAL";
    private static final int MIN_LINES = 4;
    private static final int MAX_LINES = 20;

    @EJB
    private FiscalCalendarService calendar;
    @EJB
    private JournalQuery journal;
    @EJB
    private PostingService posting;
    @EJB
    private AccountService accounts;
    @Inject
    @RequestParameterMap
    private Map<String, String> parameters;
    @Inject
    private FacesContext faces;

    private PeriodChoices choices;
    private List<JournalView> journals;
    private String journalCode;
    private int page;
    private List<EntryView> entries = List.of();
    private boolean more;
    private int lineCount;
    private String token;

    @PostConstruct
    void load() {
        choices = PeriodChoices.of(calendar, parameters.get("period"));
        journals = journal.journals();
        PeriodChoice period = choices.shown();
        String requested = parameters.get("journal");
        journalCode = journals.stream().map(JournalView::code).filter(code -> code.equals(requested)).findFirst()
                .or(() -> period == null ? Optional.empty() : journal.latestJournal(period.month()))
                .orElse(journals.isEmpty() ? null : journals.getFirst().code());
        page = Math.max(0, number(parameters.get("page"), 0));
        if (period != null && journalCode != null) {
            try {
                List<EntryView> found = journal.listing(journalCode, period.month().atDay(1), period.month().atEndOfMonth(), page, PAGE_SIZE + 1);
                more = found.size() > PAGE_SIZE;
                entries = more ? found.subList(0, PAGE_SIZE) : found;
            } catch (LedgerException e) {
                throw new IllegalStateException("The listing of an existing journal and period was refused", e);
            }
        }
        int asked = number(parameters.get("lines"), MIN_LINES) + (parameters.containsKey("addLine") ? 1 : 0);
        lineCount = Math.clamp(asked, MIN_LINES, MAX_LINES);
        String sent = parameters.get("token");
        // 64 random bits: a reference short enough to read, and no two forms of a ledger's life share one
        token = sent != null && sent.matches("[0-9a-f]{16}") ? sent : UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    public List<FiscalYearChoice> getYears() {
        return choices.years();
    }

    public PeriodChoice getPeriod() {
        return choices.shown();
    }

    public String getUnknownPeriod() {
        return choices.unknown();
    }

    public List<JournalView> getJournals() {
        return journals;
    }

    public String getJournalCode() {
        return journalCode;
    }

    public List<EntryView> getEntries() {
        return entries;
    }

    public int getPage() {
        return page;
    }

    /** Whether a later page exists. */
    public boolean isMore() {
        return more;
    }

    public List<Integer> getLineNumbers() {
        return IntStream.rangeClosed(1, lineCount).boxed().toList();
    }

    /** The accounts an entry may use, offered as the account field is typed. */
    public List<AccountView> getPostableAccounts() {
        return accounts.list(null, null).stream().filter(account -> account.postable() && account.active()).toList();
    }

    public int getLineCount() {
        return lineCount;
    }

    public String getToken() {
        return token;
    }

    /** What the form sent for a field ({@code account} of line 2: {@code account-2}), to show it again after a refusal. */
    public String sent(String field, Object line) {
        return parameters.getOrDefault(line == null ? field : field + "-" + line, "");
    }

    /** The date the form proposes: what it sent, else the last day of the month shown (or today, on empty books). */
    public String getEntryDate() {
        String sentDate = parameters.get("entryDate");
        if (sentDate != null && !sentDate.isBlank()) {
            return sentDate;
        }
        PeriodChoice period = choices.shown();
        return (period == null ? LocalDate.now() : period.month().atEndOfMonth()).toString();
    }

    public String post() {
        List<Integer> formLines = new ArrayList<>();
        List<PostingLine> lines = new ArrayList<>();
        try {
            for (int i = 1; i <= lineCount; i++) {
                String account = sent("account", i).strip();
                String debit = sent("debit", i);
                String credit = sent("credit", i);
                String label = sent("label", i).strip();
                if (account.isEmpty() && debit.isBlank() && credit.isBlank() && label.isEmpty()) {
                    continue;
                }
                formLines.add(i);
                lines.add(new PostingLine(account, amount(debit, i, "débit"), amount(credit, i, "crédit"), label.isEmpty() ? null : label));
            }
            PostingRequest request = new PostingRequest(sent("entryJournal", null), date(sent("entryDate", null)), SOURCE,
                    "SAISIE-" + token, sent("description", null).strip(), lines);
            PostingResult result = posting.post(request, override());
            YearMonth month = YearMonth.from(request.entryDate());
            String message = result.replayed()
                    ? "Cette écriture était déjà enregistrée : n° " + result.entryId() + "."
                    : "Écriture n° " + result.entryId() + " enregistrée" + (result.forced() ? " (forcée au-delà des fonds du mandant)." : ".");
            return ActionMessages.done(faces, message, "/ui/journal.xhtml?period=" + month + "&journal=" + request.journalCode());
        } catch (LedgerException e) {
            return ActionMessages.refused(faces, "Écriture refusée : " + onFormLine(e, formLines));
        } catch (IllegalArgumentException e) {
            return ActionMessages.refused(faces, "Écriture refusée : " + e.getMessage());
        }
    }

    public String reverse() {
        long entryId;
        try {
            entryId = Long.parseLong(parameters.getOrDefault("entryId", "").strip());
        } catch (NumberFormatException e) {
            return ActionMessages.refused(faces, "Écriture à extourner non précisée.");
        }
        try {
            String reversalDate = parameters.getOrDefault("reversalDate", "");
            PostingResult result = posting.reverse(entryId, reversalDate.isBlank() ? null : date(reversalDate),
                    parameters.getOrDefault("reason", "").strip(), override());
            EntryView reversal = journal.entry(result.entryId()).orElseThrow();
            return ActionMessages.done(faces, "Écriture n° " + entryId + " extournée par l'écriture n° " + result.entryId() + ".",
                    "/ui/journal.xhtml?period=" + reversal.period() + "&journal=" + reversal.journalCode());
        } catch (LedgerException e) {
            return ActionMessages.refused(faces, "Extourne refusée : " + e.getMessage());
        } catch (IllegalArgumentException e) {
            return ActionMessages.refused(faces, "Extourne refusée : " + e.getMessage());
        }
    }

    public boolean isAdmin() {
        return faces.getExternalContext().isUserInRole(Roles.ADMIN);
    }

    private FundsOverride override() throws LedgerException {
        return FundsOverride.requested("on".equals(parameters.get("force")), parameters.get("forceReason"), isAdmin());
    }

    /** The ledger names a line by its place among the lines sent ({@code lines[1]}); the form's reader counts its own rows. */
    private static String onFormLine(LedgerException e, List<Integer> formLines) {
        String field = e.field();
        if (field != null && field.startsWith("lines[")) {
            int index = number(field.substring("lines[".length(), field.indexOf(']')), -1);
            if (index >= 0 && index < formLines.size()) {
                return "ligne " + formLines.get(index) + " — " + e.getMessage();
            }
        }
        return e.getMessage();
    }

    /** Francs as people type them (1 500 000), left to the ledger to judge once read; blank is none. */
    private static BigDecimal amount(String text, int line, String side) {
        String digits = text.replaceAll("[\\s\\u00A0\\u202F]", "");
        if (digits.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(digits.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("ligne " + line + " — montant au " + side + " illisible : « " + text.strip() + " ».");
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date illisible : « " + text.strip() + " » (attendu : aaaa-mm-jj).");
        }
    }

    private static int number(String text, int fallback) {
        try {
            return text == null ? fallback : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
