package sn.pmas.cheque;

import java.util.List;

/**
 * What a cheque pays, which fixes its release rank (DOMAIN §4, manual §7.7): fiscal and social
 * payments first, on their due date; then providers by their convention's deadline; then the
 * weekly member reimbursements; then the rest.
 */
public enum ChequeKind {
    TAX(1, "Impôts et taxes", "44"),
    SOCIAL(1, "Cotisations sociales", "43"),
    PROVIDER(2, "Prestataire de santé", "4011."),
    MEMBER(3, "Remboursement adhérent", "47122"),
    COMMISSION(4, "Commission", "4191.", "4012."),
    SUPPLIER(4, "Fournisseur", "401", "422");

    private final int releaseRank;
    private final String label;
    private final List<String> payablePrefixes;

    ChequeKind(int releaseRank, String label, String... payablePrefixes) {
        this.releaseRank = releaseRank;
        this.label = label;
        this.payablePrefixes = List.of(payablePrefixes);
    }

    /**
     * Whether a cheque of this kind may settle the account: taxes 44x, social 43x, commissions
     * 4191.x / 4012.x, suppliers 401x (providers' 4011.x excepted: claims are paid from claims) and staff 422.
     */
    public boolean settles(String payableAccountCode) {
        boolean claimsPayable = payableAccountCode.startsWith("4011") || payableAccountCode.startsWith("4012");
        return payablePrefixes.stream().anyMatch(payableAccountCode::startsWith) && (this != SUPPLIER || !claimsPayable);
    }

    public List<String> payablePrefixes() {
        return payablePrefixes;
    }

    /** 1 is released first. */
    public int releaseRank() {
        return releaseRank;
    }

    public String label() {
        return label;
    }

    /** Pays claims: drawn on the principals' money, released only if the principal's funds cover it. */
    public boolean paysClaims() {
        return this == PROVIDER || this == MEMBER;
    }
}
