package sn.pmas.party;

/** The kinds of third party, each with the control account its auxiliary accounts sit under. */
public enum PartyType {
    /** Member insurer: current account (compte courant des compagnies membres). */
    INSURER("4581"),
    /** Mutuelle, IPM, purchasing fund or self-insurance scheme delegating its management. */
    DELEGATING_SCHEME("47121"),
    /** Organised group subscribing a group contract; owed front-office commissions. */
    SUBSCRIBER_GROUP("4191"),
    /** Conventioned care provider paid under third-party payment. */
    PROVIDER("4011"),
    /** Business introducer; owed business-introduction commissions. */
    BROKER("4012");

    private final String controlAccountCode;

    PartyType(String controlAccountCode) {
        this.controlAccountCode = controlAccountCode;
    }

    public String controlAccountCode() {
        return controlAccountCode;
    }
}
