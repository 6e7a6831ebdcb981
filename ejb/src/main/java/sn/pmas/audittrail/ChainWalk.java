package sn.pmas.audittrail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Recomputes a year's chains entry by entry, in chain order: each journal's numbers run from 1
 * without a gap, each entry names the hash of the one before it, and its own hash is what its
 * lines give today. Keeps the first break only; counts and totals everything it read.
 */
final class ChainWalk {

    private final List<ChainSummary> journals = new ArrayList<>();
    private final AtomicLongArray progress;
    private ChainBreak firstBreak;
    private String journal;
    private long journalEntries;
    private long expected;
    private String previous;
    private long entries;
    private long lines;
    private long totalDebit;
    private long totalCredit;

    /** @param progress where the count of entries checked goes (index 0), read by another thread */
    ChainWalk(AtomicLongArray progress) {
        this.progress = progress;
    }

    void entry(SealedEntry entry) {
        if (!entry.journal().equals(journal)) {
            endJournal();
            journal = entry.journal();
            expected = 1;
            previous = ChainHash.GENESIS;
        }
        if (firstBreak == null) {
            firstBreak = breakAt(entry);
        }
        previous = entry.hash();
        expected = entry.number() + 1;
        journalEntries++;
        entries++;
        progress.set(0, entries);
        for (JournalRow line : entry.lines()) {
            lines++;
            totalDebit += line.debit();
            totalCredit += line.credit();
        }
    }

    private ChainBreak breakAt(SealedEntry entry) {
        if (entry.number() != expected) {
            return new ChainBreak(journal, expected, null, ChainBreak.NUMBER_MISSING, "L'écriture n° " + expected + " du journal "
                    + journal + " manque : la suivante est le n° " + entry.number() + ".");
        }
        if (!entry.previousHash().equals(previous)) {
            return new ChainBreak(journal, entry.number(), entry.entryId(), ChainBreak.CHAIN_BROKEN, "L'écriture n° "
                    + entry.number() + " du journal " + journal + " ne désigne pas l'empreinte de l'écriture qui la précède.");
        }
        if (!ChainHash.of(entry.previousHash(), entry.lines()).equals(entry.hash())) {
            return new ChainBreak(journal, entry.number(), entry.entryId(), ChainBreak.ALTERED, "L'écriture n° " + entry.number()
                    + " du journal " + journal + " (écriture " + entry.entryId()
                    + ") a été modifiée depuis son scellement : son empreinte recalculée diffère.");
        }
        return null;
    }

    private void endJournal() {
        if (journal != null) {
            journals.add(new ChainSummary(journal, journalEntries, expected - 1, previous));
        }
        journalEntries = 0;
    }

    /** Ends the walk; a break found after it (a chain's missing tail, an unsealed entry) counts when none was found before. */
    ChainReport report(int year, java.time.LocalDateTime verifiedAt, List<ChainSummary> heads, ChainBreak unsealed) {
        endJournal();
        journal = null;
        if (firstBreak == null) {
            firstBreak = missingTail(heads);
        }
        if (firstBreak == null) {
            firstBreak = unsealed;
        }
        return new ChainReport(year, verifiedAt, entries, lines, totalDebit, totalCredit, List.copyOf(journals), firstBreak);
    }

    /** The heads the sealer stored: a chain that now ends before its head lost its last entries. */
    private ChainBreak missingTail(List<ChainSummary> heads) {
        for (ChainSummary head : heads) {
            ChainSummary walked = journals.stream().filter(j -> j.journal().equals(head.journal())).findFirst().orElse(null);
            long lastWalked = walked == null ? 0 : walked.lastNumber();
            if (lastWalked != head.lastNumber() || !head.lastHash().equals(walked == null ? ChainHash.GENESIS : walked.lastHash())) {
                return new ChainBreak(head.journal(), lastWalked + 1, null, ChainBreak.TAIL_MISSING, "La chaîne du journal "
                        + head.journal() + " s'arrête au n° " + lastWalked + " alors que le dernier scellement l'a portée au n° "
                        + head.lastNumber() + " : des écritures ont disparu.");
            }
        }
        return null;
    }
}
