package sn.pmas.audittrail;

import java.util.List;

/** An entry with its seal: its place in its chain, the hash before it, its own, and its lines in order. */
public record SealedEntry(int fiscalYear, String journal, long number, String previousHash, String hash, List<JournalRow> lines) {

    public long entryId() {
        return lines.getFirst().entryId();
    }
}
