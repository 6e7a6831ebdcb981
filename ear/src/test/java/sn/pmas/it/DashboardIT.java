package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sn.pmas.it.PostingIT.assertProblem;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The directors' dashboard (docs/dashboard.md) on the demo year's last day: every figure equals the
 * one its {@code api} (the request behind the page it links to) answers.
 */
class DashboardIT extends DeployedLedger {

    private static final String AS_OF = "2025-12-31";

    @Test
    void everyFigureEqualsItsSource() {
        Api director = Api.as(base, Api.DIRECTOR);
        JsonObject board = ok(director.get("api/dashboard?asOf=" + AS_OF)).json();
        assertEquals(AS_OF, board.getString("asOf"));

        JsonArray treasury = board.getJsonArray("treasury");
        assertFalse(treasury.isEmpty(), "the demo's bank accounts");
        for (JsonObject t : treasury.getValuesAs(JsonObject.class)) {
            assertTrue(t.getString("link").startsWith("ui/bank-position.xhtml?bankAccount=" + t.getString("bankAccount")));
            JsonObject journal = ok(director.get(t.getString("api"))).json();
            JsonObject day = last(journal.getJsonArray("days"));
            assertEquals(day.getJsonNumber("bookBalance").longValue(), t.getJsonNumber("bookBalance").longValue(), t::toString);
            assertEquals(day.getJsonNumber("available").longValue(), t.getJsonNumber("available").longValue(), t::toString);
            assertEquals(day.getJsonNumber("net").longValue(), t.getJsonNumber("net").longValue(), t::toString);
            assertEquals(last(journal.getJsonArray("projection")).getJsonNumber("position").longValue(), t.getJsonNumber("projected").longValue());
        }

        List<JsonObject> positions = ok(director.get("api/principals?asOf=" + AS_OF)).jsonArray().getValuesAs(JsonObject.class);
        JsonArray cover = board.getJsonArray("cover");
        assertEquals(positions.size(), cover.size());
        for (JsonObject c : cover.getValuesAs(JsonObject.class)) {
            JsonObject position = positions.stream().filter(p -> p.getString("principalCode").equals(c.getString("principalCode"))).findFirst()
                    .orElseThrow();
            assertEquals(position.getJsonNumber("available").longValue(), c.getJsonNumber("available").longValue());
            assertEquals(position.get("daysOfCover"), c.get("daysOfCover"), c::toString);
            assertEquals(position.get("floorDays"), c.get("floorDays"), c::toString);
            assertEquals(position.getBoolean("belowFloor"), c.getBoolean("belowFloor"));
        }

        long heldInDemo = 0;
        for (JsonObject h : board.getJsonArray("heldCheques").getValuesAs(JsonObject.class)) {
            List<JsonObject> rows = ok(director.get(h.getString("api"))).jsonArray().getValuesAs(JsonObject.class);
            assertEquals(rows.size(), h.getInt("count"), h::toString);
            assertEquals(rows.stream().mapToLong(r -> r.getJsonNumber("amount").longValue()).sum(), h.getJsonNumber("amount").longValue());
            assertEquals(rows.stream().mapToLong(r -> r.getJsonNumber("ageDays").longValue()).max().orElse(0), h.getJsonNumber("oldestDays").longValue());
            heldInDemo += rows.size();
        }
        assertTrue(heldInDemo > 0, "the demo holds Q3's and Q4's commission cheques at year end");

        JsonObject arrears = board.getJsonObject("arrears");
        JsonObject register = ok(director.get(arrears.getString("api"))).json();
        assertEquals(register.getJsonNumber("unpaid").longValue(), arrears.getJsonNumber("unpaid").longValue());
        assertTrue(arrears.getJsonNumber("unpaid").longValue() > 0, "the demo's unpaid 40 %");
        assertEquals(register.getJsonArray("buckets").getValuesAs(JsonObject.class).stream().map(b -> b.getJsonNumber("unpaid").longValue()).toList(),
                arrears.getJsonArray("buckets").getValuesAs(JsonObject.class).stream().map(b -> b.getJsonNumber("unpaid").longValue()).toList());

        JsonObject lossRatios = board.getJsonObject("lossRatios");
        assertEquals("2025-Q4", lossRatios.getString("quarter"), "the latest quarter ended on the 31st of December");
        assertEquals("2025-01-01", lossRatios.getString("from"));
        JsonObject askia = lossRatios.getJsonArray("insurers").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("insurerCode").equals("ASKIA")).findFirst().orElseThrow();
        assertEquals("ui/quarterly-reports.xhtml?insurer=ASKIA&quarter=2025-Q4", askia.getString("link"));
        JsonObject cumulative = ok(director.get(askia.getString("api"))).json().getJsonObject("cumulative");
        assertEquals("2025-01-01/2025-12-31", cumulative.getString("span"));
        assertEquals(cumulative.getJsonNumber("earnedPremiums").longValue(), askia.getJsonNumber("earnedPremiums").longValue());
        assertEquals(cumulative.getJsonNumber("claims").longValue(), askia.getJsonNumber("claims").longValue());
        assertEquals(cumulative.getJsonNumber("percent").bigDecimalValue(), askia.getJsonNumber("percent").bigDecimalValue());
        assertEquals(35_269_470, askia.getJsonNumber("claims").longValue(), "the demo's four quarters of ASKIA: 9 590 630 + 7 705 100 + 8 777 080 + 9 196 660");

        JsonObject budget = board.getJsonObject("budget");
        JsonObject comparison = ok(director.get(budget.getString("api"))).json();
        assertEquals(comparison.getJsonObject("result").getJsonObject("yearToDate"), budget.getJsonObject("result"));
        assertEquals(comparison.getJsonObject("charges").getJsonObject("yearToDate"), budget.getJsonObject("charges"));

        JsonObject income = board.getJsonObject("income");
        long total = 0;
        for (JsonObject earned : income.getJsonArray("accounts").getValuesAs(JsonObject.class)) {
            JsonObject statement = ok(director.get(earned.getString("api"))).json();
            long credit = statement.getJsonNumber("totalCredit").longValue() - statement.getJsonNumber("totalDebit").longValue();
            // the closed 2025's closing entry moved the year's income to the result: the year earned what came before it
            for (JsonObject line : statement.getJsonArray("lines").getValuesAs(JsonObject.class)) {
                if (line.getString("entryDate").equals(AS_OF)
                        && ok(director.get("api/entries/" + line.getJsonNumber("entryId"))).json().getString("source").equals("YEAR_END")) {
                    credit += line.getJsonNumber("debit").longValue() - line.getJsonNumber("credit").longValue();
                }
            }
            assertEquals(credit, earned.getJsonNumber("earned").longValue(), earned::toString);
            total += credit;
        }
        assertEquals(total, income.getJsonNumber("total").longValue());
        assertTrue(total > 0, "the demo's management commissions");

        JsonObject alerts = board.getJsonObject("alerts");
        long open = ok(director.get(alerts.getString("api"))).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("raisedOn").compareTo(AS_OF) <= 0).count();
        assertEquals(open, alerts.getJsonNumber("count").longValue());

        String pdf = PdfText.of(ok(director.get("api/dashboard?asOf=" + AS_OF + "&format=pdf")).bytes());
        JsonObject firstBank = treasury.getJsonObject(0);
        for (String expected : List.of("Tableau de bord de la direction au " + AS_OF, "Trésorerie par compte bancaire", "Chèques bloqués",
                "Arriérés de primes par ancienneté", "Alertes ouvertes : " + open, firstBank.getString("bankAccount") + " — ",
                "Ratio sinistres / primes acquises par compagnie, cumul du 01/01/2025 au 31/12/2025 (2025-Q4)",
                "ASKIA — " + askia.getString("insurerName") + " " + francs(askia.getJsonNumber("earnedPremiums").longValue()) + " 35 269 470 "
                        + askia.getJsonNumber("percent").bigDecimalValue().toPlainString().replace('.', ',') + " %")) {
            assertTrue(pdf.contains(expected), expected + " in " + pdf);
        }
    }

    @Test
    void badRequestsAreRefused() {
        Api director = Api.as(base, Api.DIRECTOR);
        assertProblem(director.get("api/dashboard?asOf=2025-13-01"), 400, "field.invalid", "asOf");
        assertProblem(director.get("api/dashboard?asOf=1990-06-30"), 422, "period.missing", "asOf");
        assertProblem(director.get("api/dashboard?asOf=" + AS_OF + "&format=doc"), 400, "field.invalid", "format");
        assertEquals(403, Api.as(base, Api.INSURER_ASKIA).get("api/dashboard?asOf=" + AS_OF).status());
    }

    private static String francs(long amount) {
        return String.format(java.util.Locale.FRENCH, "%,d", amount).replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    private static JsonObject last(JsonArray array) {
        return array.getJsonObject(array.size() - 1);
    }

    private static Api.Reply ok(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply;
    }
}
