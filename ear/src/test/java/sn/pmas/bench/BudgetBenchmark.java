package sn.pmas.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Issue 11's targets on a year loaded by {@code ./pmas bench} (1 000 000 entries on 5 000 accounts of
 * classes 6 and 7): prepares the next year's budget from it (60 000 cells), fills the loaded year's
 * budget with that workbook, then times budget against actual of its December (JSON, PDF, XLSX) and
 * the dashboard on its 31 December (JSON, PDF), cold then warm, against a trivial authenticated GET
 * of the same run.
 *
 * <p>Run: {@code ./pmas bench-budget YEAR [base-url]} (the year {@code ./pmas bench} printed). JDK
 * only: {@code java File.java} runs it, with {@link BenchClient} beside it.
 */
public final class BudgetBenchmark {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private BudgetBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int year = Integer.parseInt(args[0]);
        BenchClient client = new BenchClient(URI.create(args.length > 1 ? args[1] : "http://localhost:8080/pmas/"), "accountant:compta2025");
        client.post("api/fiscal-years", "{\"year\":" + (year + 1) + "}");

        long start = System.nanoTime();
        BenchClient.expect(200, client.post("api/budget/" + (year + 1) + "/preparation", "{\"growthPercent\":5,\"spread\":\"PROFILE\"}"));
        System.out.printf("budget %d prepared from %d's actuals                  %7.1f s%n", year + 1, year, BenchClient.seconds(start));
        HttpResponse<byte[]> workbook = client.http().send(client.request("api/budget/" + (year + 1) + "/workbook").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        start = System.nanoTime();
        HttpResponse<String> imported = client.http().send(client.request("api/budget/" + year + "/workbook").header("Content-Type", XLSX)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(workbook.body())).build(), HttpResponse.BodyHandlers.ofString());
        BenchClient.expect(200, imported);
        System.out.printf("workbook of %,d bytes imported as budget %d           %7.1f s%n", workbook.body().length, year,
                BenchClient.seconds(start));

        double baseline = client.medianMillis("api/accounts/5211");
        System.out.printf("baseline GET /api/accounts/5211, warm median %.1f ms%n", baseline);
        String month = year + "-12";
        client.report("budget against actual " + month + " (JSON)", "api/budget/against-actual?month=" + month, baseline);
        client.report("budget against actual " + month + " (PDF)", "api/budget/against-actual?month=" + month + "&format=pdf", baseline);
        client.report("budget against actual " + month + " (XLSX)", "api/budget/against-actual?month=" + month + "&format=xlsx", baseline);
        client.report("dashboard " + year + "-12-31 (JSON)", "api/dashboard?asOf=" + year + "-12-31", baseline);
        client.report("dashboard " + year + "-12-31 (PDF)", "api/dashboard?asOf=" + year + "-12-31&format=pdf", baseline);
    }
}
