package sn.pmas.premium;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The three monthly bordereaux sent to an insurer, each with its French title and columns (the
 * CSV headers; the PDF design {@code bordereau.rptdesign} shows the same columns).
 */
public enum BordereauKind {

    /** Quittances issued in the month. */
    PRODUCTION("production", "Bordereau de production",
            List.of("N° quittance", "Contrat", "Groupe souscripteur", "Produit", "Émise le", "Période du", "Période au",
                    "Prime", "Accessoires", "Taxes", "Prime totale"),
            "SELECT premium_reference, contract_ref, group_name, product, issued_on, period_from, period_to, "
                    + "premium_amount, policy_costs, taxes, total_amount FROM rpt_premium_quittance "
                    + "WHERE insurer_code = ?1 AND issued_month = ?2 ORDER BY issued_on, premium_reference"),
    /** Collections in the month; refunds as negative lines. */
    COLLECTIONS("collections", "Bordereau des encaissements",
            List.of("N° quittance", "Contrat", "Nature", "Date", "Montant encaissé", "Part prime", "Commission"),
            "SELECT premium_reference, contract_ref, nature, movement_date, amount, net_premium, commission "
                    + "FROM rpt_bordereau_collection WHERE insurer_code = ?1 AND movement_month = ?2 "
                    + "ORDER BY movement_date, premium_reference, movement_id"),
    /** Claims validated in the month and charged to the insurer. */
    CLAIMS("claims", "Bordereau des sinistres",
            List.of("Référence", "Bénéficiaire", "Facture ou dossier", "Mois de soins", "Validé le", "Montant",
                    "Visa du médecin conseil", "Payé le"),
            "SELECT claim_reference, payee_name, invoice_ref, care_month, validated_on, amount, medical_validation, paid_on "
                    + "FROM rpt_claim WHERE principal_code = ?1 AND principal_type = 'INSURER' AND validated_month = ?2 "
                    + "ORDER BY validated_on, claim_reference");

    private final String code;
    private final String title;
    private final List<String> headers;
    private final String query;

    BordereauKind(String code, String title, List<String> headers, String query) {
        this.code = code;
        this.title = title;
        this.headers = headers;
        this.query = query;
    }

    /** As in URLs and in the report parameter {@code kind}. */
    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public List<String> headers() {
        return headers;
    }

    /** ?1 the insurer's code, ?2 the month (yyyy-MM); one column per header, in order. */
    String query() {
        return query;
    }

    public static Optional<BordereauKind> fromCode(String code) {
        for (BordereauKind kind : values()) {
            if (kind.code.equals(code == null ? null : code.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
