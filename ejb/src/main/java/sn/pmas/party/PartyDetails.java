package sn.pmas.party;

/**
 * What a user sets on a party. {@code schemeKind} only for delegating schemes; the convention
 * (type and payment term in days) only, and always, for providers.
 */
public record PartyDetails(String name, Boolean active, SchemeKind schemeKind, ConventionType conventionType,
                           Integer paymentTermDays) {
}
