package sn.pmas.ledger;

/** A book of original entry as shown to users: BQ "Banque". */
public record JournalView(String code, String name) {
}
