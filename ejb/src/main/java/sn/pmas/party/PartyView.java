package sn.pmas.party;

/** A party as listed to users and clients, with the code of its auxiliary account. */
public record PartyView(String code, PartyType type, String name, boolean active, SchemeKind schemeKind,
                        ConventionType conventionType, Integer paymentTermDays, String accountCode) {

    static PartyView of(Party party) {
        return new PartyView(party.code(), party.type(), party.name(), party.active(), party.schemeKind(),
                party.conventionType(), party.paymentTermDays(), party.type().controlAccountCode() + "." + party.code());
    }
}
