package sn.pmas.commission;

import sn.pmas.party.PartyType;

/** The two quarterly commissions the pool pays (manual §7.6.1): who earns them and on which collections. */
public enum CommissionKind {
    /** Subscriber groups doing front-office work, on the collections of their own contracts. */
    FRONT_OFFICE(PartyType.SUBSCRIBER_GROUP, "group_party_id", "FO", "Commissions front-office"),
    /** Brokers, on the collections of the contracts they brought. */
    BUSINESS_INTRODUCTION(PartyType.BROKER, "broker_party_id", "AA", "Commissions d'apport d'affaires");

    private final PartyType earner;
    private final String premiumColumn;
    private final String referenceCode;
    private final String label;

    CommissionKind(PartyType earner, String premiumColumn, String referenceCode, String label) {
        this.earner = earner;
        this.premiumColumn = premiumColumn;
        this.referenceCode = referenceCode;
        this.label = label;
    }

    public static CommissionKind earnedBy(PartyType type) {
        for (CommissionKind kind : values()) {
            if (kind.earner == type) {
                return kind;
            }
        }
        return null;
    }

    public PartyType earner() {
        return earner;
    }

    /** The premium register's column naming the party a quittance's collections earn for. */
    String premiumColumn() {
        return premiumColumn;
    }

    /** The run's source reference in the ledger: {@code COM-FO-2025-Q1}. */
    String sourceReference(String quarter) {
        return "COM-" + referenceCode + "-" + quarter;
    }

    public String label() {
        return label;
    }
}
