package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sn.pmas.it.Events.batch;
import static sn.pmas.it.Events.event;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The premium registers and arrears of a fresh insurer, year 2040, from SIG events booked through
 * the API. Three quittances: RG-Q1 (January, 1 080 000, due 1 January), RG-Q2 (February, 520 000,
 * due 1 April), RG-Q3 (February, no group, 216 000, due 1 February); half of Q1 collected in
 * February and a tenth cancelled in March; Q3 collected in March, a quarter refunded.
 */
class PremiumRegisterIT extends DeployedLedger {

    private static final String INSURER = "RG-ASSUR";
    private static final String GROUP = "RG-GO";

    private static final String AGREEMENT = """
            {"validFrom":"2040-01-01","targetLevel":10000000,"floorAmount":500000,"singleClaimLimit":5000000,
             "feeRate":0.14,"feeBase":"COLLECTED_PREMIUMS"}""";

    @BeforeEach
    void books() {
        Api accountant = Api.as(base, Api.ACCOUNTANT);
        Events.principal(accountant, 2040, INSURER, "INSURER", AGREEMENT);
        accountant.post("api/parties", "{\"code\":\"" + GROUP + "\",\"type\":\"SUBSCRIBER_GROUP\",\"name\":\"Groupe des registres\"}");
        Api.Reply booked = accountant.post("api/sig/events/batch", batch(
                issue("RG-Q1", "2040-01-10", GROUP, "SANTE-FAMILLE", "2040-01-01", "2040-03-31", 1_000_000, 50_000, 30_000),
                issue("RG-Q2", "2040-02-05", GROUP, "SANTE-FAMILLE", "2040-04-01", "2040-06-30", 500_000, 20_000, 0),
                event("PREMIUM_ISSUED", "RG-Q3", "2040-02-10", "principal", INSURER, "contract", "CT-RG-2", "product", "SANTE-INDIV",
                        "periodFrom", "2040-02-01", "periodTo", "2040-02-29", "amount", 200_000, "policyCosts", 10_000, "taxes", 6_000),
                event("PREMIUM_COLLECTED", "RG-C1", "2040-02-15", "premium", "RG-Q1", "amount", 540_000),
                event("PREMIUM_COLLECTED", "RG-C2", "2040-03-05", "premium", "RG-Q3", "amount", 216_000),
                event("PREMIUM_CANCELLED", "RG-X1", "2040-03-10", "premium", "RG-Q1", "amount", 108_000),
                event("PREMIUM_REFUNDED", "RG-R1", "2040-03-20", "premium", "RG-Q3", "amount", 54_000)));
        assertEquals(200, booked.status(), booked::toString);
    }

    private static String issue(String reference, String date, String group, String product, String periodFrom, String periodTo,
                                long premium, long policyCosts, long taxes) {
        return event("PREMIUM_ISSUED", reference, date, "principal", INSURER, "contract", "CT-RG-1", "subscriberGroup", group,
                "product", product, "periodFrom", periodFrom, "periodTo", periodTo, "amount", premium, "policyCosts", policyCosts,
                "taxes", taxes);
    }

    @AfterEach
    void ledgerStaysConsistent() {
        LedgerAssertions.assertLedgerConsistent(Api.as(base, Api.ACCOUNTANT), 2040);
    }

    @Test
    void monthlyRegisterOfTheInsurer() {
        JsonObject register = Api.as(base, Api.DIRECTOR)
                .get("api/premiums/register?from=2040-01&to=2040-03&insurer=" + INSURER + "&groupBy=insurer,month").json();

        List<JsonObject> rows = register.getJsonArray("rows").getValuesAs(JsonObject.class);
        assertEquals(List.of("2040-01", "2040-02", "2040-03"), rows.stream().map(row -> row.getString("month")).toList());
        assertEquals(INSURER, rows.get(0).getString("insurerCode"));
        assertEquals("RG-ASSUR (test)", rows.get(0).getString("insurerName"));
        assertTrue(absent(rows.get(0), "groupCode"), "not grouped by group");
        assertAmounts(rows.get(0), 1, 1_080_000, 0, 0, 0, 0, 0, 0, 1_080_000);
        // 14 % of the premium part of each collection: 500 000 of 540 000 collected.
        assertAmounts(rows.get(1), 2, 736_000, 540_000, 500_000, 70_000, 0, 0, 0, 1_276_000);
        assertAmounts(rows.get(2), 0, 0, 216_000, 200_000, 28_000, 108_000, 54_000, 7_000, 952_000);
        assertAmounts(register.getJsonObject("totals"), 3, 1_816_000, 756_000, 700_000, 98_000, 108_000, 54_000, 7_000, 952_000);
    }

    @Test
    void registerByGroupAndProductOverASpan() {
        JsonObject register = Api.as(base, Api.AUDITOR)
                .get("api/premiums/register?from=2040-02&to=2040-03&insurer=" + INSURER + "&groupBy=group,product").json();

        List<JsonObject> rows = register.getJsonArray("rows").getValuesAs(JsonObject.class);
        assertEquals(2, rows.size(), register::toString);
        assertTrue(absent(rows.get(0), "groupCode"), "the quittance without a group comes first");
        assertEquals("SANTE-INDIV", rows.get(0).getString("product"));
        assertTrue(absent(rows.get(0), "month"));
        assertAmounts(rows.get(0), 1, 216_000, 216_000, 200_000, 28_000, 0, 54_000, 7_000, 0);
        assertEquals(GROUP, rows.get(1).getString("groupCode"));
        assertEquals("Groupe des registres", rows.get(1).getString("groupName"));
        assertEquals("SANTE-FAMILLE", rows.get(1).getString("product"));
        assertAmounts(rows.get(1), 1, 520_000, 540_000, 500_000, 70_000, 108_000, 0, 0, 952_000);

        JsonObject product = Api.as(base, Api.ACCOUNTANT).get("api/premiums/register?from=2040-01&to=2040-03&insurer="
                + INSURER + "&group=" + GROUP + "&product=SANTE-FAMILLE&groupBy=").json();
        assertEquals(1, product.getJsonArray("rows").size());
        assertAmounts(product.getJsonObject("totals"), 2, 1_600_000, 540_000, 500_000, 70_000, 108_000, 0, 0, 952_000);
    }

    @Test
    void arrearsWithAgeingBucketsAgreeWithTheRegister() {
        JsonObject march = Api.as(base, Api.ACCOUNTANT).get("api/premiums/arrears?asOf=2040-03-31&insurer=" + INSURER).json();

        List<JsonObject> lines = march.getJsonArray("lines").getValuesAs(JsonObject.class);
        assertEquals(List.of("RG-Q1", "RG-Q2"), lines.stream().map(line -> line.getString("premiumReference")).toList(),
                "RG-Q3 is paid; oldest due date first");
        JsonObject q1 = lines.get(0);
        assertEquals(1_080_000, q1.getJsonNumber("total").longValue());
        assertEquals(108_000, q1.getJsonNumber("cancelled").longValue());
        assertEquals(540_000, q1.getJsonNumber("collected").longValue());
        assertEquals(432_000, q1.getJsonNumber("unpaid").longValue());
        assertEquals("2040-01-01", q1.getString("dueDate"));
        assertEquals(90, q1.getInt("daysPastDue"));
        assertEquals("DAYS_61_90", q1.getString("bucket"));
        assertEquals(-1, lines.get(1).getInt("daysPastDue"));
        assertEquals("NOT_DUE", lines.get(1).getString("bucket"));
        assertEquals(952_000, march.getJsonNumber("unpaid").longValue(), "the register's unpaid at the end of March");
        assertBucket(march, "NOT_DUE", "Non échu", 1, 520_000);
        assertBucket(march, "DAYS_61_90", "61 à 90 jours", 1, 432_000);
        assertBucket(march, "OVER_180", "Plus de 180 jours", 0, 0);

        JsonObject february = Api.as(base, Api.ACCOUNTANT).get("api/premiums/arrears?asOf=2040-02-20&insurer=" + INSURER).json();
        assertBucket(february, "DAYS_0_30", "0 à 30 jours", 1, 216_000);
        assertBucket(february, "DAYS_31_60", "31 à 60 jours", 1, 540_000);
        assertBucket(february, "NOT_DUE", "Non échu", 1, 520_000);
        assertEquals(1_276_000, february.getJsonNumber("unpaid").longValue());
    }

    @Test
    void anInsurerUserSeesItsOwnInsurerOnly() {
        Api askia = Api.as(base, Api.INSURER_ASKIA);
        PostingIT.assertProblem(askia.get("api/premiums/register?from=2040-01&to=2040-03&insurer=NSIA"), 403, "auth.forbidden", null);
        PostingIT.assertProblem(askia.get("api/premiums/arrears?asOf=2040-03-31&insurer=" + INSURER), 403, "auth.forbidden", null);

        Api.Reply own = askia.get("api/premiums/register?from=2040-01&to=2040-03&groupBy=insurer");
        assertEquals(200, own.status(), own::toString);
        assertEquals("ASKIA", own.json().getJsonObject("criteria").getString("insurer"), "no insurer asked: its own");
        assertEquals("ASKIA", askia.get("api/premiums/arrears?asOf=2040-03-31").json().getString("insurer"));
        Api.Reply everyone = Api.as(base, Api.DIRECTOR).get("api/premiums/arrears?asOf=2040-03-31");
        assertTrue(absent(everyone.json(), "insurer"), "staff without an insurer: all insurers");
    }

    @Test
    void badRequestsAreNamed() {
        Api accountant = Api.as(base, Api.ACCOUNTANT);
        PostingIT.assertProblem(accountant.get("api/premiums/register?from=2040-03&to=2040-01"), 400, "field.invalid", "to");
        PostingIT.assertProblem(accountant.get("api/premiums/register?from=2040-01&to=2040-03&groupBy=insurer,quarter"),
                400, "field.invalid", "groupBy");
        PostingIT.assertProblem(accountant.get("api/premiums/register?to=2040-03"), 400, "field.required", "from");
        PostingIT.assertProblem(accountant.get("api/premiums/register?from=2040-01&to=2040-03&insurer=" + GROUP),
                404, "party.unknown", "insurer");
        PostingIT.assertProblem(accountant.get("api/premiums/arrears?asOf=31/03/2040"), 400, "field.invalid", "asOf");
    }

    /** JSON-B leaves null components out. */
    static boolean absent(JsonObject object, String name) {
        return !object.containsKey(name) || object.isNull(name);
    }

    private static void assertAmounts(JsonObject row, long issuedCount, long issued, long collected, long collectedPremium,
                                      long collectedCommission, long cancelled, long refunded, long refundedCommission,
                                      long unpaid) {
        JsonObject amounts = row.containsKey("amounts") ? row.getJsonObject("amounts") : row;
        assertEquals(List.of(issuedCount, issued, collected, collectedPremium, collectedCommission, cancelled, refunded,
                        refundedCommission, unpaid),
                List.of("issuedCount", "issued", "collected", "collectedPremium", "collectedCommission", "cancelled",
                        "refunded", "refundedCommission", "unpaid").stream()
                        .map(name -> amounts.getJsonNumber(name).longValue()).toList(), row::toString);
    }

    private static void assertBucket(JsonObject arrears, String bucket, String label, long count, long unpaid) {
        JsonObject total = arrears.getJsonArray("buckets").getValuesAs(JsonObject.class).stream()
                .filter(candidate -> bucket.equals(candidate.getString("bucket"))).findFirst().orElseThrow();
        assertEquals(label, total.getString("label"));
        assertEquals(count, total.getJsonNumber("count").longValue(), total::toString);
        assertEquals(unpaid, total.getJsonNumber("unpaid").longValue(), total::toString);
    }
}
