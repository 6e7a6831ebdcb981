package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sn.pmas.it.Entries.entry;
import static sn.pmas.it.Entries.line;
import static sn.pmas.it.Events.batch;
import static sn.pmas.it.Events.event;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The monthly bordereaux of a fresh insurer and the treasury tracking table, May 2040, from SIG
 * events booked through the API, checked by what the CSV and PDF documents say and against the
 * ledger. April gives the opening: 5 000 000 received, a claim of 300 000.
 */
class BordereauIT extends DeployedLedger {

    private static final String INSURER = "BD-ASSUR";
    private static final String SCHEME = "BD-MUTUELLE";
    private static final String PROVIDER = "BD-CLINIQUE";

    @BeforeEach
    void books() {
        Api accountant = Api.as(base, Api.ACCOUNTANT);
        Events.principal(accountant, 2040, INSURER, "INSURER", """
                {"validFrom":"2040-01-01","targetLevel":10000000,"floorAmount":500000,"singleClaimLimit":5000000,
                 "feeRate":0.14,"feeBase":"COLLECTED_PREMIUMS"}""");
        Events.principal(accountant, 2040, SCHEME, "DELEGATING_SCHEME", """
                {"validFrom":"2040-01-01","targetLevel":5000000,"floorAmount":100000,"singleClaimLimit":5000000,
                 "feeRate":0.14,"feeBase":"FUNDS_RECEIVED"}""");
        Events.provider(accountant, PROVIDER);
        accountant.post("api/parties", "{\"code\":\"BD-GO\",\"type\":\"SUBSCRIBER_GROUP\",\"name\":\"Groupe des bordereaux\"}");
        Api.Reply booked = accountant.post("api/sig/events/batch", batch(
                event("FUNDS_RECEIVED", "BD-F0", "2040-04-10", "principal", INSURER, "amount", 5_000_000),
                claim("BD-S0", "2040-04-20", INSURER, "provider", PROVIDER, "FAC-BD-0", "2040-03", "2040-04-02", 300_000),
                event("PREMIUM_ISSUED", "BD-Q1", "2040-05-03", "principal", INSURER, "contract", "CT-BD-1", "subscriberGroup", "BD-GO",
                        "product", "SANTE-PLUS", "periodFrom", "2040-05-01", "periodTo", "2040-07-31", "amount", 900_000,
                        "policyCosts", 45_000, "taxes", 27_000),
                event("FUNDS_RECEIVED", "BD-F1", "2040-05-05", "principal", INSURER, "amount", 2_000_000),
                event("FUNDS_RECEIVED", "BD-F2", "2040-05-06", "principal", SCHEME, "amount", 1_000_000),
                event("PREMIUM_ISSUED", "BD-Q2", "2040-05-12", "principal", INSURER, "contract", "CT-BD-2", "product", "SANTE-BASE",
                        "periodFrom", "2040-05-01", "periodTo", "2040-05-31", "amount", 100_000),
                claim("BD-S1", "2040-05-15", INSURER, "provider", PROVIDER, "FAC-BD-1", "2040-04", "2040-05-02", 1_234_567),
                claim("BD-S2", "2040-05-18", INSURER, "member", "Awa Diop", "DOS-BD-2", "2040-05", "2040-05-16", 85_000),
                event("PREMIUM_COLLECTED", "BD-K1", "2040-05-20", "premium", "BD-Q1", "amount", 486_000),
                event("PREMIUM_COLLECTED", "BD-K2", "2040-05-21", "premium", "BD-Q2", "amount", 100_000),
                claim("BD-S3", "2040-05-22", SCHEME, "provider", PROVIDER, "FAC-BD-3", "2040-05", "2040-05-20", 200_000),
                event("CLAIM_PAID", "BD-P1", "2040-05-25", "claim", "BD-S1"),
                event("PREMIUM_REFUNDED", "BD-R1", "2040-05-28", "premium", "BD-Q2", "amount", 25_000)));
        assertEquals(200, booked.status(), booked::toString);
        // A manual entry on the current account: an "other movement" of the tracking table.
        Api.Reply manual = accountant.post("api/entries", entry("OD", "2040-05-30", "BD-MAN-1", "Frais bancaires refacturés",
                line("4581." + INSURER, "12345", null), line("5211", null, "12345")));
        assertTrue(manual.status() == 201 || manual.status() == 200, manual::toString);
    }

    /** A claim validated, with the medical adviser's visa above 150 000 F. */
    private static String claim(String reference, String date, String principal, String payeeField, String payee, String invoice,
                                String careMonth, String receivedOn, long amount) {
        return event("CLAIM_VALIDATED", reference, date, "principal", principal, payeeField, payee, "invoice", invoice,
                "careMonth", careMonth, "invoiceReceivedOn", receivedOn, "amount", amount, "medicalValidation", amount > 150_000);
    }

    @AfterEach
    void ledgerStaysConsistent() {
        LedgerAssertions.assertLedgerConsistent(Api.as(base, Api.ACCOUNTANT), 2040);
    }

    @Test
    void productionBordereau() {
        Api director = Api.as(base, Api.DIRECTOR);
        Api.Reply csv = director.get("api/bordereaux/production?insurer=" + INSURER + "&month=2040-05&format=csv");
        assertEquals(200, csv.status(), csv::toString);
        assertTrue(csv.contentType().startsWith("text/csv"), csv::toString);
        assertEquals(List.of(
                "N° quittance;Contrat;Groupe souscripteur;Produit;Émise le;Période du;Période au;Prime;Accessoires;Taxes;Prime totale",
                "BD-Q1;CT-BD-1;Groupe des bordereaux;SANTE-PLUS;03/05/2040;01/05/2040;31/07/2040;900000;45000;27000;972000",
                "BD-Q2;CT-BD-2;;SANTE-BASE;12/05/2040;01/05/2040;31/05/2040;100000;0;0;100000"), csvLines(csv));

        String pdf = pdfText(director.get("api/bordereaux/production?insurer=" + INSURER + "&month=2040-05&format=pdf"));
        assertTrue(pdf.contains("Bordereau de production"), pdf);
        assertTrue(pdf.contains("Compagnie : BD-ASSUR (test) (BD-ASSUR)"), pdf);
        assertTrue(pdf.contains("Mois : mai 2040"), pdf);
        assertTrue(pdf.contains("BD-Q1 CT-BD-1 Groupe des bordereaux SANTE-PLUS 03/05/2040 01/05/2040 31/07/2040 900 000 45 000 27 000 972 000"), pdf);
        assertTrue(pdf.contains("Total (2 quittance(s)) 1 000 000 45 000 27 000 1 072 000"), pdf);
        assertTrue(!pdf.contains("Bordereau des sinistres") && !pdf.contains("Part prime"), "only the production table: " + pdf);
    }

    @Test
    void collectionsBordereauGivesRefundsAsNegativeLines() {
        Api accountant = Api.as(base, Api.ACCOUNTANT);
        Api.Reply csv = accountant.get("api/bordereaux/collections?insurer=" + INSURER + "&month=2040-05&format=csv");
        assertEquals(List.of(
                "N° quittance;Contrat;Nature;Date;Montant encaissé;Part prime;Commission",
                "BD-Q1;CT-BD-1;Encaissement;20/05/2040;486000;450000;63000",
                "BD-Q2;CT-BD-2;Encaissement;21/05/2040;100000;100000;14000",
                "BD-Q2;CT-BD-2;Remboursement;28/05/2040;-25000;-25000;-3500"), csvLines(csv));

        String pdf = pdfText(accountant.get("api/bordereaux/collections?insurer=" + INSURER + "&month=2040-05&format=pdf"));
        assertTrue(pdf.contains("Bordereau des encaissements"), pdf);
        assertTrue(pdf.contains("BD-Q1 CT-BD-1 Encaissement 20/05/2040 486 000 450 000 63 000"), pdf);
        assertTrue(pdf.contains("BD-Q2 CT-BD-2 Remboursement 28/05/2040 -25 000 -25 000 -3 500"), pdf);
        assertTrue(pdf.contains("Total (3 ligne(s)) 561 000 525 000 73 500"), pdf);
    }

    @Test
    void claimsBordereau() {
        Api auditor = Api.as(base, Api.AUDITOR);
        Api.Reply csv = auditor.get("api/bordereaux/claims?insurer=" + INSURER + "&month=2040-05&format=csv");
        assertEquals(List.of(
                "Référence;Bénéficiaire;Facture ou dossier;Mois de soins;Validé le;Montant;Visa du médecin conseil;Payé le",
                "BD-S1;BD-CLINIQUE (test);FAC-BD-1;2040-04;15/05/2040;1234567;Oui;25/05/2040",
                "BD-S2;Awa Diop;DOS-BD-2;2040-05;18/05/2040;85000;Non;"), csvLines(csv), "the scheme's claim is not the insurer's");

        String pdf = pdfText(auditor.get("api/bordereaux/claims?insurer=" + INSURER + "&month=2040-05"));
        assertTrue(pdf.contains("Bordereau des sinistres"), pdf);
        assertTrue(pdf.contains("BD-S1 BD-CLINIQUE (test) FAC-BD-1 2040-04 15/05/2040 1 234 567 Oui 25/05/2040"), pdf);
        assertTrue(pdf.contains("BD-S2 Awa Diop DOS-BD-2 2040-05 18/05/2040 85 000 Non"), pdf);
        assertTrue(pdf.contains("Total (2 sinistre(s)) 1 319 567"), pdf);
    }

    @Test
    void treasuryTrackingRowsReconcileWithTheLedger() {
        Api director = Api.as(base, Api.DIRECTOR);
        JsonObject tracking = director.get("api/treasury-tracking?month=2040-05").json();
        assertEquals("2040-05", tracking.getString("month"));
        JsonObject insurer = row(tracking, INSURER);
        // 4 700 000 + 2 000 000 - 1 319 567 - (63 000 + 14 000 - 3 500) - 12 345
        assertEquals(List.of(4_700_000L, 2_000_000L, 1_319_567L, 1_234_567L, 73_500L, -12_345L, 5_294_588L), amounts(insurer));
        assertIdentity(insurer);
        JsonObject scheme = row(tracking, SCHEME);
        assertEquals(List.of(0L, 1_000_000L, 200_000L, 0L, 140_000L, 0L, 660_000L), amounts(scheme), "14 % fee on funds received");
        assertIdentity(scheme);

        for (JsonObject row : List.of(insurer, scheme)) {
            String account = row.getString("accountCode");
            JsonObject statement = director.get("api/accounts/" + account + "/statement?from=2040-05-01&to=2040-05-31").json();
            assertEquals(-statement.getJsonNumber("opening").longValue(), row.getJsonNumber("opening").longValue(), account);
            assertEquals(-statement.getJsonNumber("closing").longValue(), row.getJsonNumber("closing").longValue(), account);
        }
        // Claims of the last 90 days: 300 000 + 1 319 567, i.e. 17 995 a day; 5 294 588 / 17 995 = 294.
        assertEquals(294, insurer.getInt("daysOfCover"));
        assertEquals(director.get("api/principals/" + INSURER + "?asOf=2040-05-31").json().getInt("daysOfCover"),
                insurer.getInt("daysOfCover"), "the working funds' own figure");
        assertIdentity(tracking.getJsonObject("totals"));

        List<String> csv = csvLines(director.get("api/treasury-tracking?month=2040-05&format=csv"));
        assertEquals("Code;Mandant;Type;Compte courant;Solde d'ouverture;Fonds reçus;Sinistres imputés;dont payés;"
                + "Commissions et honoraires;Autres mouvements;Solde de clôture;Jours de couverture", csv.get(0));
        assertTrue(csv.contains("BD-ASSUR;BD-ASSUR (test);Compagnie;4581.BD-ASSUR;4700000;2000000;1319567;1234567;73500;"
                + "-12345;5294588;294"), csv::toString);
        assertTrue(csv.get(csv.size() - 1).startsWith(";Total;"), csv::toString);

        String pdf = pdfText(director.get("api/treasury-tracking?month=2040-05&format=pdf"));
        assertTrue(pdf.contains("Tableau de suivi de trésorerie compagnies et clients"), pdf);
        assertTrue(pdf.contains("Mois : mai 2040"), pdf);
        assertTrue(pdf.contains("BD-ASSUR BD-ASSUR (test) 4581.BD-ASSUR 4 700 000 2 000 000 1 319 567 1 234 567 73 500 "
                + "-12 345 5 294 588 294"), pdf);
        assertTrue(pdf.contains("BD-MUTUELLE BD-MUTUELLE (test) 47121.BD-MUTUELLE 0 1 000 000 200 000 0 140 000 0 660 000"), pdf);
    }

    @Test
    void anInsurerUserGetsItsOwnBordereauxOnly() {
        Api askia = Api.as(base, Api.INSURER_ASKIA);
        PostingIT.assertProblem(askia.get("api/bordereaux/production?insurer=NSIA&month=2040-05&format=csv"), 403,
                "auth.forbidden", null);
        PostingIT.assertProblem(askia.get("api/bordereaux/claims?insurer=" + INSURER + "&month=2040-05"), 403, "auth.forbidden", null);
        Api.Reply own = askia.get("api/bordereaux/production?month=2040-05&format=csv");
        assertEquals(200, own.status(), own::toString);
        assertTrue(own.text().contains("N° quittance"), own::toString);
        PostingIT.assertProblem(askia.get("api/treasury-tracking?month=2040-05"), 403, "auth.forbidden", null);

        Api accountant = Api.as(base, Api.ACCOUNTANT);
        PostingIT.assertProblem(accountant.get("api/bordereaux/production?month=2040-05"), 400, "field.required", "insurer");
        PostingIT.assertProblem(accountant.get("api/bordereaux/premiums?insurer=" + INSURER + "&month=2040-05"), 404,
                "resource.not-found", "kind");
        PostingIT.assertProblem(accountant.get("api/bordereaux/production?insurer=" + SCHEME + "&month=2040-05&format=pdf"), 404,
                "party.unknown", "insurer");
        PostingIT.assertProblem(accountant.get("api/bordereaux/production?insurer=" + INSURER + "&month=2040-5"), 400,
                "field.invalid", "month");
        PostingIT.assertProblem(accountant.get("api/treasury-tracking?month=2040-05&format=xlsx"), 400, "field.invalid", "format");
        PostingIT.assertProblem(accountant.get("api/reports/treasury-tracking?month=2040-05"), 404, "resource.not-found", "report");
    }

    private static JsonObject row(JsonObject tracking, String code) {
        return tracking.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(row -> code.equals(row.getString("principalCode", null))).findFirst().orElseThrow();
    }

    private static List<Long> amounts(JsonObject row) {
        return List.of("opening", "fundsReceived", "claimsCharged", "claimsPaid", "commissions", "otherMovements", "closing")
                .stream().map(name -> row.getJsonNumber(name).longValue()).toList();
    }

    private static void assertIdentity(JsonObject row) {
        List<Long> a = amounts(row);
        assertEquals(a.get(6), a.get(0) + a.get(1) - a.get(2) - a.get(4) + a.get(5),
                "opening + received - claims - commissions + other = closing: " + row);
    }

    private static String pdfText(Api.Reply pdf) {
        assertEquals(200, pdf.status(), pdf::toString);
        assertEquals("application/pdf", pdf.contentType());
        return PdfText.of(pdf.bytes());
    }

    /** The lines of a CSV document, once its UTF-8 byte-order mark is checked and removed. */
    private static List<String> csvLines(Api.Reply csv) {
        assertEquals(200, csv.status(), csv::toString);
        byte[] bytes = csv.bytes();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]), "UTF-8 byte-order mark");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n"), "CRLF line ends");
        return Arrays.asList(text.split("\r\n"));
    }
}
