package sn.pmas.ledger;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules every journal entry obeys, checked before anything is written. Pure: it reads the
 * reference data it is given and writes nothing, so each rule is unit-tested without a server.
 */
public final class PostingRules {

    static final int MAX_LINES = 500;
    /** Ten thousand billion francs: far above any real amount, low enough that sums never overflow. */
    static final long MAX_AMOUNT = 10_000_000_000_000L;
    private static final int MAX_TEXT = 250;

    private final PostingReferences references;

    public PostingRules(PostingReferences references) {
        this.references = Objects.requireNonNull(references, "references");
    }

    public ValidatedPosting validate(PostingRequest request) throws LedgerException {
        Objects.requireNonNull(request, "request");
        requireText(request.journalCode(), "journalCode", 10);
        requireText(request.source(), "source", 30);
        requireText(request.sourceReference(), "sourceReference", 100);
        requireText(request.description(), "description", MAX_TEXT);
        LocalDate entryDate = request.entryDate();
        if (entryDate == null) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "entryDate", "La date de l'écriture est obligatoire.");
        }
        List<PostingLine> lines = request.lines();
        if (lines.size() < 2) {
            throw new LedgerException(Rejection.TOO_FEW_LINES, "lines",
                    "L'écriture compte " + lines.size() + " ligne(s) ; il en faut au moins deux.");
        }
        if (lines.size() > MAX_LINES) {
            throw new LedgerException(Rejection.TOO_MANY_LINES, "lines",
                    "L'écriture compte " + lines.size() + " lignes ; au plus " + MAX_LINES + ".");
        }
        if (!references.journalExists(request.journalCode())) {
            throw new LedgerException(Rejection.JOURNAL_UNKNOWN, "journalCode",
                    "Le journal " + request.journalCode() + " n'existe pas.");
        }

        List<long[]> amounts = new ArrayList<>(lines.size());
        Set<String> codes = new TreeSet<>();
        for (int i = 0; i < lines.size(); i++) {
            PostingLine line = lines.get(i);
            String field = "lines[" + i + "]";
            if (line == null) {
                throw new LedgerException(Rejection.FIELD_REQUIRED, field, "La ligne " + (i + 1) + " est vide.");
            }
            requireText(line.accountCode(), field + ".accountCode", 30);
            if (line.label() != null && line.label().length() > MAX_TEXT) {
                throw new LedgerException(Rejection.FIELD_INVALID, field + ".label",
                        "Le libellé de la ligne " + (i + 1) + " dépasse " + MAX_TEXT + " caractères.");
            }
            amounts.add(amountsOf(line, field, i + 1));
            codes.add(line.accountCode());
        }

        long debits = 0;
        long credits = 0;
        for (long[] amount : amounts) {
            debits += amount[0];
            credits += amount[1];
        }
        if (debits != credits) {
            throw new LedgerException(Rejection.UNBALANCED, "lines",
                    "Débits " + debits + " F ≠ crédits " + credits + " F (écart " + (debits - credits) + " F).");
        }

        Map<String, AccountRef> accounts = references.accounts(codes);
        List<ValidatedLine> validated = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String code = lines.get(i).accountCode();
            AccountRef account = postableAccount(accounts.get(code), code, "lines[" + i + "].accountCode");
            validated.add(new ValidatedLine(account.id(), code, amounts.get(i)[0], amounts.get(i)[1], lines.get(i).label()));
        }

        PeriodRef period = references.periodOn(entryDate).orElseThrow(() -> new LedgerException(
                Rejection.PERIOD_MISSING, "entryDate", "Aucune période comptable n'existe pour le " + entryDate + "."));
        if (!period.open()) {
            throw new LedgerException(Rejection.PERIOD_CLOSED, "entryDate",
                    "La période " + periodLabel(period.id()) + " est clôturée.");
        }
        if (period.beforeClosedYear()) {
            throw new LedgerException(Rejection.BEFORE_CLOSED_YEAR, "entryDate", "L'exercice " + period.id() / 100
                    + " précède un exercice clôturé, dont les à-nouveaux reprennent ses soldes : aucune écriture n'y est plus admise.");
        }
        return new ValidatedPosting(request, period.id(), List.copyOf(validated), debits, contentHash(request));
    }

    private static long[] amountsOf(PostingLine line, String field, int lineNumber) throws LedgerException {
        boolean hasDebit = line.debit() != null && line.debit().signum() != 0;
        boolean hasCredit = line.credit() != null && line.credit().signum() != 0;
        if (hasDebit && hasCredit) {
            throw new LedgerException(Rejection.DEBIT_AND_CREDIT, field,
                    "La ligne " + lineNumber + " porte à la fois un débit et un crédit.");
        }
        if (!hasDebit && !hasCredit) {
            boolean zeroGiven = line.debit() != null || line.credit() != null;
            throw new LedgerException(zeroGiven ? Rejection.AMOUNT_NOT_POSITIVE : Rejection.NO_AMOUNT,
                    field + (line.debit() != null ? ".debit" : ".credit"),
                    "La ligne " + lineNumber + " n'a pas de montant.");
        }
        String side = hasDebit ? "debit" : "credit";
        long amount = wholePositiveFrancs(hasDebit ? line.debit() : line.credit(), field + "." + side, lineNumber);
        return hasDebit ? new long[] {amount, 0} : new long[] {0, amount};
    }

    private static long wholePositiveFrancs(BigDecimal amount, String field, int lineNumber) throws LedgerException {
        if (amount.signum() < 0) {
            throw new LedgerException(Rejection.AMOUNT_NOT_POSITIVE, field,
                    "Montant négatif à la ligne " + lineNumber + " (" + amount.toPlainString() + ") : inverser le sens.");
        }
        BigDecimal whole = amount.stripTrailingZeros();
        if (whole.scale() > 0) {
            throw new LedgerException(Rejection.AMOUNT_NOT_WHOLE, field,
                    "Montant " + amount.toPlainString() + " à la ligne " + lineNumber + " : le franc CFA n'a pas de centimes.");
        }
        if (whole.compareTo(BigDecimal.valueOf(MAX_AMOUNT)) > 0) {
            throw new LedgerException(Rejection.AMOUNT_TOO_LARGE, field,
                    "Montant " + amount.toPlainString() + " à la ligne " + lineNumber + " au-delà de " + MAX_AMOUNT + " F.");
        }
        return whole.longValueExact();
    }

    private static AccountRef postableAccount(AccountRef account, String code, String field) throws LedgerException {
        if (account == null) {
            throw new LedgerException(Rejection.ACCOUNT_UNKNOWN, field, "Le compte " + code + " n'existe pas.");
        }
        if (!account.active()) {
            throw new LedgerException(Rejection.ACCOUNT_INACTIVE, field, "Le compte " + code + " est inactif.");
        }
        if (!account.postable()) {
            throw new LedgerException(Rejection.ACCOUNT_NOT_POSTABLE, field,
                    "Le compte " + code + " regroupe d'autres comptes : imputer un sous-compte.");
        }
        return account;
    }

    private static void requireText(String value, String field, int maxLength) throws LedgerException {
        if (value == null || value.isBlank()) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, field, "Le champ " + field + " est obligatoire.");
        }
        if (value.length() > maxLength) {
            throw new LedgerException(Rejection.FIELD_INVALID, field,
                    "Le champ " + field + " dépasse " + maxLength + " caractères.");
        }
    }

    static String periodLabel(int periodId) {
        return String.format("%d-%02d", periodId / 100, periodId % 100);
    }

    /** Fingerprint of what the request asks to post: equal fingerprints make a replay, not a conflict. */
    static String contentHash(PostingRequest request) {
        StringBuilder canonical = new StringBuilder()
                .append(request.journalCode()).append('|').append(request.entryDate()).append('|')
                .append(request.description());
        for (PostingLine line : request.lines()) {
            if (line == null) {
                canonical.append("|-");
                continue;
            }
            canonical.append('|').append(line.accountCode())
                    .append(';').append(plain(line.debit())).append(';').append(plain(line.credit()))
                    .append(';').append(line.label() == null ? "" : line.label());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private static String plain(BigDecimal amount) {
        return amount == null || amount.signum() == 0 ? "0" : amount.stripTrailingZeros().toPlainString();
    }
}
