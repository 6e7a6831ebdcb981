package sn.pmas.yearend;

/**
 * The SYCEBNL accounts the year-end posts to (V2 chart; docs/posting-rules.md, "Year end"), in
 * one place.
 */
final class YearEndAccounts {

    /** 131 Excédent de l'exercice: an excess until the general assembly allocates it. */
    static final String EXCESS = "131";
    /** 139 Déficit de l'exercice. */
    static final String DEFICIT = "139";
    /** 128 Résultat net en instance d'affectation: earlier years' results never closed, brought into the AN entries. */
    static final String UNALLOCATED = "128";
    /** 112 Réserves statutaires ou contractuelles: the statutes' share of an excess. */
    static final String STATUTORY_RESERVES = "112";
    /** 121 Report à nouveau des excédents: what the assembly does not otherwise allocate. */
    static final String EXCESS_CARRIED = "121";
    /** 129 Report à nouveau des déficits: a deficit carried forward. */
    static final String DEFICIT_CARRIED = "129";
    /** 588 Autres virements internes: balances an AN entry cut in several (it nets to zero over them). */
    static final String OPENING_TRANSIT = "588";

    /** Classes 6-8 (charges, produits, HAO) start each year at zero: the closing entries move them to the result. */
    static boolean incomeStatement(int accountClass) {
        return accountClass >= 6;
    }

    private YearEndAccounts() {
    }
}
