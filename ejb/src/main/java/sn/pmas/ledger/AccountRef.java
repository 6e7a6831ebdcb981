package sn.pmas.ledger;

/** What the posting rules need to know of an account. */
public record AccountRef(long id, String code, boolean active, boolean postable) {
}
