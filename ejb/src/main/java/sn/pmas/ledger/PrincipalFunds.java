package sn.pmas.ledger;

/** The funds available to a principal: the credit balance of its current account (positive in its favour). */
public record PrincipalFunds(long principalPartyId, String principalCode, long available) {
}
