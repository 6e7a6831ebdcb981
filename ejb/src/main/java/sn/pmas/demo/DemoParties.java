package sn.pmas.demo;

import java.util.List;
import sn.pmas.party.ConventionType;
import sn.pmas.party.PartyDetails;
import sn.pmas.party.PartyType;
import sn.pmas.party.SchemeKind;

/** The pool's demo third parties. Insurers are the real six members; the others are invented. */
final class DemoParties {

    record DemoParty(String code, PartyType type, PartyDetails details) {
    }

    static final List<String> INSURERS = List.of("ASKIA", "ASS", "CGA", "CNART", "NSIA", "SALAMA");
    static final List<String> SCHEMES = List.of("MUT-THIES", "IPM-BTP", "FAP-CMU");
    /** The broker, and the insurer whose demo contracts it brought. */
    static final String BROKER = "CRT-SAHEL";
    static final String BROKER_INSURER = "CNART";
    static final List<String> GROUPS = List.of("GO-ENSEIGNANTS", "GO-TRANSPORTEURS", "GO-ARTISANS");
    static final List<String> PROVIDERS = List.of("HR-THIES", "CS-MBOUR", "PS-KMASSAR", "CL-FILAOS", "PH-MARCHE");
    /** Under the framework convention with the Ministry of Health: ranked for the providers' incentive. */
    static final List<String> PUBLIC_PROVIDERS = List.of("HR-THIES", "CS-MBOUR", "PS-KMASSAR");

    private DemoParties() {
    }

    static List<DemoParty> all() {
        return List.of(
                insurer("ASKIA", "ASKIA Assurances"),
                insurer("ASS", "ASS Assurances"),
                insurer("CGA", "CGA Assurances"),
                insurer("CNART", "CNART Assurances"),
                insurer("NSIA", "NSIA Assurances Sénégal"),
                insurer("SALAMA", "SALAMA Assurances Sénégal"),
                scheme("MUT-THIES", "Mutuelle de santé de Thiès", SchemeKind.MUTUELLE),
                scheme("IPM-BTP", "IPM des entreprises du BTP", SchemeKind.IPM),
                scheme("FAP-CMU", "Fonds d'achat public - couverture maladie", SchemeKind.PUBLIC_PURCHASING_FUND),
                plain("GO-ENSEIGNANTS", PartyType.SUBSCRIBER_GROUP, "Coopérative des enseignants de Kaolack"),
                plain("GO-TRANSPORTEURS", PartyType.SUBSCRIBER_GROUP, "Union des transporteurs routiers de Dakar"),
                plain("GO-ARTISANS", PartyType.SUBSCRIBER_GROUP, "Chambre des métiers de Ziguinchor - artisans"),
                provider("HR-THIES", "Hôpital régional de Thiès", ConventionType.HOSPITAL, 60),
                provider("CS-MBOUR", "Centre de santé de Mbour", ConventionType.PUBLIC_FACILITY, 45),
                provider("PS-KMASSAR", "Poste de santé de Keur Massar", ConventionType.PUBLIC_FACILITY, 45),
                provider("CL-FILAOS", "Clinique Les Filaos", ConventionType.PRIVATE_FACILITY, 30),
                provider("PH-MARCHE", "Pharmacie du Marché", ConventionType.PHARMACY, 30),
                plain("CRT-SAHEL", PartyType.BROKER, "Sahel Courtage"));
    }

    private static DemoParty insurer(String code, String name) {
        return plain(code, PartyType.INSURER, name);
    }

    private static DemoParty plain(String code, PartyType type, String name) {
        return new DemoParty(code, type, new PartyDetails(name, true, null, null, null));
    }

    private static DemoParty scheme(String code, String name, SchemeKind kind) {
        return new DemoParty(code, PartyType.DELEGATING_SCHEME, new PartyDetails(name, true, kind, null, null));
    }

    private static DemoParty provider(String code, String name, ConventionType type, int paymentTermDays) {
        return new DemoParty(code, PartyType.PROVIDER, new PartyDetails(name, true, null, type, paymentTermDays));
    }

    /**
     * Whether the provider sent the invoice of claim {@code i} a month late (care two months before
     * its receipt): Keur Massar's post one claim in two, Mbour's centre one in five, Thiès's hospital one in eight.
     */
    static boolean sendsLate(String provider, int i) {
        return switch (provider) {
            case "PS-KMASSAR" -> i % 2 == 0;
            case "CS-MBOUR" -> i % 5 == 0;
            case "HR-THIES" -> i % 8 == 0;
            default -> false;
        };
    }

    /** One provider claim in so many comes with a rejected invoice beside it. */
    static int rejectionEvery(String provider) {
        return switch (provider) {
            case "HR-THIES" -> 6;
            case "CS-MBOUR" -> 4;
            default -> 9;
        };
    }
}
