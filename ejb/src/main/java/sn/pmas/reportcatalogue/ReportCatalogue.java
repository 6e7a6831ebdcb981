package sn.pmas.reportcatalogue;

import static sn.pmas.reportcatalogue.ReportParameter.choice;
import static sn.pmas.reportcatalogue.ReportParameter.optional;
import static sn.pmas.reportcatalogue.ReportParameter.required;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import sn.pmas.platform.Roles;

/**
 * Every report of the application, as data in one place (docs/report-catalogue.md): a new report
 * is one entry here. The catalogue endpoint and page read this list; the report itself stays served
 * by its own endpoint ({@link CatalogueEntry#path()}), which keeps its role checks and its insurer
 * scope.
 */
public final class ReportCatalogue {

    private static final Set<String> STAFF = Set.of(Roles.ACCOUNTANT, Roles.DIRECTOR, Roles.AUDITOR);
    private static final Set<String> STAFF_AND_INSURERS = Set.of(Roles.ACCOUNTANT, Roles.DIRECTOR, Roles.AUDITOR, Roles.INSURER);
    private static final String INSURER_LABEL = "Compagnie (code)";
    private static final String MONTH_LABEL = "Mois";

    private static final List<CatalogueEntry> ENTRIES = List.of(
            new CatalogueEntry("monthly-production", "Tableau de production",
                    "Primes émises du mois, cumul annuel et même mois N-1, par groupe souscripteur et produit (ou par compagnie pour le pool).",
                    Periodicity.MONTHLY, "management/monthly/production", monthlyTableParameters(), List.of("pdf", "xlsx"), true,
                    STAFF_AND_INSURERS, true, true),
            new CatalogueEntry("monthly-collections", "Tableau des encaissements",
                    "Primes encaissées nettes des remboursements et commission de gestion prélevée : mois, cumul, N-1.",
                    Periodicity.MONTHLY, "management/monthly/collections", monthlyTableParameters(), List.of("pdf", "xlsx"), true,
                    STAFF_AND_INSURERS, true, true),
            new CatalogueEntry("monthly-arrears", "Tableau d'évolution des arriérés",
                    "Primes impayées à chaque fin de mois de l'année, par ancienneté.",
                    Periodicity.MONTHLY, "management/monthly/arrears", monthlyTableParameters(), List.of("pdf", "xlsx"), true,
                    STAFF_AND_INSURERS, true, true),
            new CatalogueEntry("quarterly-package", "Dossier trimestriel de consolidation",
                    "Compte courant, primes, sinistres, ratio sinistres / primes acquises et confirmation de solde d'une compagnie au trimestre.",
                    Periodicity.QUARTERLY, "management/quarterly/{insurer}", List.of(required("insurer", INSURER_LABEL, ParameterType.INSURER),
                            required("quarter", "Trimestre", ParameterType.QUARTER)), List.of("pdf", "xlsx"), true, STAFF_AND_INSURERS, true, true),
            new CatalogueEntry("claim-statistics", "Rapport statistique des sinistres",
                    "Sinistres payés aux prestataires d'un mandant au trimestre, par contrat et par dossier.",
                    Periodicity.QUARTERLY, "management/statistics/{principal}", List.of(required("principal", "Mandant (code)", ParameterType.PARTY),
                            required("quarter", "Trimestre", ParameterType.QUARTER)), List.of("pdf", "xlsx"), true, STAFF_AND_INSURERS, true, true),
            new CatalogueEntry("revenue-split", "Répartition des produits par mandant",
                    "Commissions de gestion et frais de chaque mandant sur l'année, part du total.",
                    Periodicity.ANNUAL, "management/annual/revenue", List.of(required("year", "Année", ParameterType.YEAR)),
                    List.of("pdf", "xlsx"), true, STAFF, false, false),
            new CatalogueEntry("scheme-package", "Dossier annuel d'un régime délégant",
                    "Compte courant clôturé et statistiques détaillées envoyés au régime après la clôture.",
                    Periodicity.ANNUAL, "management/annual/schemes/{scheme}", List.of(required("scheme", "Régime (code)", ParameterType.PARTY),
                            required("year", "Année", ParameterType.YEAR)), List.of("pdf", "xlsx"), true, STAFF, false, true),
            new CatalogueEntry("general-ledger", "Grand livre", "Les mouvements de chaque compte de l'année, d'un compte à un autre.",
                    Periodicity.ANNUAL, "audit/general-ledger", List.of(required("year", "Année", ParameterType.YEAR),
                            optional("fromAccount", "Du compte", ParameterType.IDENTIFIER), optional("toAccount", "Au compte", ParameterType.IDENTIFIER)),
                    List.of("pdf", "xlsx"), true, STAFF, false, false),
            new CatalogueEntry("auxiliary-trial-balance", "Balance générale et auxiliaire de l'exercice",
                    "Les soldes de l'année de chaque compte, comptes auxiliaires compris.",
                    Periodicity.ANNUAL, "audit/trial-balance", List.of(required("year", "Année", ParameterType.YEAR)),
                    List.of("pdf", "xlsx"), true, STAFF, false, false),
            new CatalogueEntry("bordereau", "Bordereau mensuel (production, encaissements, sinistres)",
                    "Le détail du mois d'une compagnie : quittances émises, encaissements ou sinistres réglés.",
                    Periodicity.MONTHLY, "bordereaux/{kind}",
                    List.of(choice("kind", "Bordereau", "production", "collections", "claims"), required("insurer", INSURER_LABEL,
                            ParameterType.INSURER), required("month", MONTH_LABEL, ParameterType.MONTH)),
                    List.of("pdf", "csv"), true, STAFF_AND_INSURERS, true, true),
            new CatalogueEntry("principal-statement", "Relevé de compte courant",
                    "Les mouvements du compte courant d'un mandant entre deux dates, soldes d'ouverture et de clôture.",
                    Periodicity.QUARTERLY, "principals/{principal}/statement",
                    List.of(required("principal", "Mandant (code)", ParameterType.PARTY), required("from", "Du", ParameterType.DATE),
                            required("to", "Au", ParameterType.DATE)),
                    List.of("pdf", "csv"), true, STAFF_AND_INSURERS, true, true),
            new CatalogueEntry("balance-confirmation", "Confirmation de solde",
                    "La lettre de confirmation du solde d'un mandant au trimestre et son coupon-réponse.",
                    Periodicity.QUARTERLY, "confirmations/{confirmation}/letter",
                    List.of(required("confirmation", "Confirmation (numéro)", ParameterType.IDENTIFIER)),
                    List.of("pdf"), false, STAFF_AND_INSURERS, true, true),
            new CatalogueEntry("fund-call", "Appel de fonds",
                    "La lettre d'appel de fonds et l'état des fonds encaissés et des dépenses supportées.",
                    Periodicity.ON_DEMAND, "fund-calls/{call}/document",
                    List.of(required("call", "Appel (AF-AAAA-NNNN)", ParameterType.REFERENCE)),
                    List.of("pdf"), false, STAFF_AND_INSURERS, true, true),
            new CatalogueEntry("trial-balance", "Balance générale", "Les soldes de tous les comptes pour un mois.",
                    Periodicity.MONTHLY, "reports/trial-balance", List.of(required("period", MONTH_LABEL, ParameterType.MONTH)),
                    List.of("pdf", "xlsx", "html"), true, STAFF, false, false),
            new CatalogueEntry("treasury-tracking", "Tableau de suivi de trésorerie compagnies et clients",
                    "Fonds, dépenses et jours de couverture de chaque mandant au mois.",
                    Periodicity.MONTHLY, "treasury-tracking", List.of(required("month", MONTH_LABEL, ParameterType.MONTH)),
                    List.of("pdf", "csv"), true, STAFF, false, false),
            new CatalogueEntry("bank-reconciliation", "État de rapprochement bancaire",
                    "Solde comptable, opérations en suspens de part et d'autre, solde du relevé attendu et écart.",
                    Periodicity.MONTHLY, "bank-reconciliation",
                    List.of(required("bank", "Compte bancaire (code)", ParameterType.BANK_ACCOUNT), required("asOf", "Au", ParameterType.DATE)),
                    List.of("pdf", "xlsx"), true, STAFF, false, false),
            new CatalogueEntry("bank-position", "Journal de position bancaire",
                    "Position de chaque jour et projection à 30 jours d'un compte bancaire.",
                    Periodicity.DAILY, "bank-position/{bankAccount}",
                    List.of(required("bankAccount", "Compte bancaire (code)", ParameterType.BANK_ACCOUNT),
                            optional("from", "Du", ParameterType.DATE), optional("to", "Au", ParameterType.DATE)),
                    List.of("pdf", "xlsx"), true, STAFF, false, false),
            new CatalogueEntry("held-cheques", "Tableau des chèques bloqués",
                    "Les chèques en attente de fonds, par priorité, avec la décision du planificateur.",
                    Periodicity.DAILY, "bank-accounts/{bankAccount}/held-cheques",
                    List.of(required("bankAccount", "Compte bancaire (code)", ParameterType.BANK_ACCOUNT), optional("asOf", "Au", ParameterType.DATE)),
                    List.of("pdf", "xlsx"), true, STAFF, false, false),
            new CatalogueEntry("deposit-slip", "Bordereau de remise de chèques", "Les chèques d'une remise en banque et leur total.",
                    Periodicity.ON_DEMAND, "deposit-slips/{slip}/document",
                    List.of(required("slip", "Remise (REM-NNNNNN)", ParameterType.REFERENCE)), List.of("pdf"), false, STAFF, false, false),
            new CatalogueEntry("commission-settlement", "Arrêté de décompte des commissions",
                    "Le décompte d'un arrêté trimestriel de commissions, par tiers et segment de convention.",
                    Periodicity.QUARTERLY, "commissions/runs/{run}/arrete",
                    List.of(required("run", "Arrêté (numéro)", ParameterType.IDENTIFIER)), List.of("pdf"), false, STAFF, false, false),
            new CatalogueEntry("commission-remittance", "Bordereau de reversement des commissions",
                    "Base, commission, retenue, net et chèque de chaque tiers d'un arrêté.",
                    Periodicity.QUARTERLY, "commissions/runs/{run}/bordereau",
                    List.of(required("run", "Arrêté (numéro)", ParameterType.IDENTIFIER)), List.of("pdf"), false, STAFF, false, false),
            new CatalogueEntry("financial-statements", "États financiers SYCEBNL (liasse)",
                    "Bilan, compte de résultat et tableau des flux de trésorerie de l'exercice, avec les notes, tels qu'ils sont à ce jour.",
                    Periodicity.ANNUAL, "financial-statements/{year}/package", List.of(required("year", "Exercice", ParameterType.YEAR)),
                    List.of("xlsx", "pdf"), true, STAFF, false, false),
            new CatalogueEntry("budget-against-actual", "Budget et réalisé",
                    "Budget et réalisé de chaque compte de charges et de produits : le mois et le cumul de l'année, écarts en francs et en %.",
                    Periodicity.MONTHLY, "budget/against-actual", List.of(required("month", MONTH_LABEL, ParameterType.MONTH)),
                    List.of("pdf", "xlsx"), true, STAFF, false, false),
            new CatalogueEntry("dashboard", "Tableau de bord de la direction",
                    "Trésorerie, couverture des mandants, chèques bloqués, arriérés, ratio sinistres / primes, budget, produits et alertes à une date.",
                    Periodicity.ON_DEMAND, "dashboard", List.of(required("asOf", "Date", ParameterType.DATE)),
                    List.of("pdf"), true, STAFF, false, false),
            new CatalogueEntry("fiscal-calendar", "Calendrier fiscal et social",
                    "Les échéances fiscales et sociales d'une année, montants, statuts et pénalités.",
                    Periodicity.ANNUAL, "fiscal-calendar/report", List.of(required("year", "Année", ParameterType.YEAR)),
                    List.of("pdf", "xlsx"), true, STAFF, false, false),
            new CatalogueEntry("incentive-letter", "Lettres d'explication de l'intéressement",
                    "Une page par prestataire classé : indicateurs, score, rang, part.",
                    Periodicity.ANNUAL, "provider-incentive/{year}/letters",
                    List.of(required("year", "Année", ParameterType.YEAR), optional("provider", "Prestataire (code)", ParameterType.PARTY)),
                    List.of("pdf"), false, STAFF, false, false),
            new CatalogueEntry("incentive-slip", "Bordereau de reversement de l'intéressement",
                    "Les établissements payés, leur rang et montant, le total et le chèque.",
                    Periodicity.ANNUAL, "provider-incentive/{year}/slip", List.of(required("year", "Année", ParameterType.YEAR)),
                    List.of("pdf"), false, STAFF, false, false));

    private ReportCatalogue() {
    }

    /** The three monthly insurer tables: an insurer's, or the pool's when staff leave the insurer out. */
    private static List<ReportParameter> monthlyTableParameters() {
        return List.of(required("month", MONTH_LABEL, ParameterType.MONTH),
                optional("insurer", INSURER_LABEL + " — vide : le pool", ParameterType.INSURER));
    }

    public static List<CatalogueEntry> entries() {
        return ENTRIES;
    }

    /** The entries a caller with these roles may produce, in the catalogue's order. */
    public static List<CatalogueEntry> visibleTo(Predicate<String> hasRole) {
        return ENTRIES.stream().filter(entry -> entry.visibleTo(hasRole)).toList();
    }

    /**
     * Whether an accountant sends this report when asked (and the archive keeps it): every report
     * marked {@code sent} but the monthly insurer tables, which go once their month is closed
     * ({@link MonthlyDispatch}).
     */
    public static boolean sentOnDemand(CatalogueEntry entry) {
        return entry.sent() && !entry.code().startsWith(MonthlyDispatch.REPORT_PREFIX);
    }

    public static Optional<CatalogueEntry> find(String code) {
        return ENTRIES.stream().filter(entry -> entry.code().equals(code)).findFirst();
    }
}
