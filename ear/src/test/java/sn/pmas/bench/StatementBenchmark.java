package sn.pmas.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.StringJoiner;

/**
 * Times the import and automatic matching of a bank statement on a running server ({@code ./pmas run}),
 * JDK only: {@code ./pmas bench-statements [N] [URL]}. A fresh fiscal year and bank account (its own
 * ledger accounts and identifier), N/2 receipts booked on it (batches of 1 000), then one CAMT.053
 * statement of N lines: the N/2 receipts (matched by amount and date), 1 % bank charges (booked by
 * the charges rule: N/100 entries posted), the rest transfers the books do not know (left
 * unmatched). Then the reconciliation statement of the account. Ratios of a trivial GET.
 */
public final class StatementBenchmark {

    private static final int BATCH = 1_000;

    private final BenchClient client;
    private final String run = String.format("%06d", System.currentTimeMillis() % 1_000_000L);

    private StatementBenchmark(URI base, String credentials) {
        this.client = new BenchClient(base, credentials);
    }

    public static void main(String[] args) throws Exception {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        URI base = URI.create(args.length > 1 ? args[1] : "http://localhost:8080/pmas/");
        new StatementBenchmark(base, "accountant:compta2025").run(lines);
    }

    private void run(int count) throws Exception {
        int year = openFreshYear();
        String bank = "RLV-" + run;
        String ledger = "5233" + run;
        String identifier = "SN999" + run + "0000000000000";
        BenchClient.expect(201, client.post("api/accounts", "{\"code\":\"" + ledger + "\",\"name\":\"Banque banc relevés " + run + "\"}"));
        BenchClient.expect(201, client.post("api/accounts", "{\"code\":\"5243" + run + "\",\"name\":\"Chèques émis banc " + run + "\"}"));
        BenchClient.expect(201, client.post("api/bank-accounts", "{\"code\":\"" + bank + "\",\"bankName\":\"Banque du banc\",\"accountNumber\":\"B-"
                + run + "\",\"ledgerAccount\":\"" + ledger + "\",\"issuedAccount\":\"5243" + run + "\",\"principalsMoney\":false}"));
        BenchClient.expect(200, put("api/bank-statements/identifiers/" + bank, "{\"identifier\":\"" + identifier + "\"}"));
        int receipts = count / 2;
        long start = System.nanoTime();
        for (int from = 0; from < receipts; from += BATCH) {
            StringJoiner batch = new StringJoiner(",", "[", "]");
            for (int i = from; i < Math.min(receipts, from + BATCH); i++) {
                batch.add("{\"journalCode\":\"BQ\",\"entryDate\":\"" + day(year, i) + "\",\"source\":\"BENCH\",\"sourceReference\":\"RLV-" + run
                        + "-" + i + "\",\"description\":\"Recette " + i + "\",\"lines\":[{\"accountCode\":\"" + ledger + "\",\"debit\":" + receipt(i)
                        + "},{\"accountCode\":\"103\",\"credit\":" + receipt(i) + "}]}");
            }
            BenchClient.expect(201, client.post("api/entries/batch", batch.toString()));
        }
        double booked = BenchClient.seconds(start);
        StringBuilder entries = new StringBuilder();
        long total = 0;
        for (int i = 0; i < count; i++) {
            long amount;
            String label;
            LocalDate on;
            if (i < receipts) {
                amount = receipt(i);
                label = "VIR RECU " + i;
                on = day(year, i);
            } else if (i % 100 == 0) {
                amount = -2_500;
                label = "FRAIS TENUE DE COMPTE " + i;
                on = LocalDate.of(year, 12, 31);
            } else {
                amount = 9_000_000L + i;
                label = "VIREMENT INCONNU " + i;
                on = LocalDate.of(year, 12, 31);
            }
            total += amount;
            entries.append("<Ntry><Amt Ccy=\"XOF\">").append(Math.abs(amount)).append("</Amt><CdtDbtInd>").append(amount < 0 ? "DBIT" : "CRDT")
                    .append("</CdtDbtInd><BookgDt><Dt>").append(on).append("</Dt></BookgDt><AcctSvcrRef>B").append(run).append('-').append(i)
                    .append("</AcctSvcrRef><AddtlNtryInf>").append(label).append("</AddtlNtryInf></Ntry>\n");
        }
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt>"
                + "<Stmt><Id>BENCH-" + run + "</Id><FrToDt><FrDtTm>" + year + "-01-01T00:00:00</FrDtTm><ToDtTm>" + year + "-12-31T23:59:59</ToDtTm></FrToDt>"
                + "<Acct><Id><Othr><Id>" + identifier + "</Id></Othr></Id></Acct>"
                + "<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"XOF\">0</Amt><CdtDbtInd>CRDT</CdtDbtInd></Bal>"
                + "<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"XOF\">" + total + "</Amt><CdtDbtInd>CRDT</CdtDbtInd></Bal>\n"
                + entries + "</Stmt></BkToCstmrStmt></Document>";
        byte[] body = xml.getBytes(StandardCharsets.UTF_8);
        System.out.printf("PMAS Ledger bank statement benchmark: %,d lines (%,d KB) on %s, fiscal year %d, server %s%n", count, body.length / 1024,
                bank, year, client.base());
        System.out.printf("%,d receipts booked beforehand (batches of %,d): %.1f s%n", receipts, BATCH, booked);
        double baseline = client.medianMillis("api/accounts/103");
        System.out.printf("trivial authenticated GET (baseline):  %.1f ms%n", baseline);
        start = System.nanoTime();
        HttpResponse<String> imported = client.http().send(client.request("api/bank-statements?format=camt053")
                .header("Content-Type", "application/xml").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        BenchClient.expect(200, imported);
        double seconds = BenchClient.seconds(start);
        System.out.printf("import + automatic matching of %,d lines: %.2f s (%,.0f lines/s; %.0f x baseline; target <= 10 s)%n", count, seconds,
                count / seconds, seconds * 1000 / baseline);
        System.out.println("outcome: " + imported.body().replaceAll(".*(\"lines\".*\"unmatched\":\\d+).*", "$1"));
        client.report("reconciliation statement of the account", "api/bank-reconciliation?bank=" + bank + "&asOf=" + year + "-12-31", baseline);
    }

    private HttpResponse<String> put(String path, String json) throws Exception {
        return client.http().send(client.request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long receipt(int i) {
        return 100_000L + i;
    }

    private static LocalDate day(int year, int i) {
        return LocalDate.of(year, 1, 1).plusDays(i % 360);
    }

    private int openFreshYear() throws Exception {
        for (int year = 2070; year < 2100; year++) {
            HttpResponse<String> reply = client.post("api/fiscal-years", "{\"year\":" + year + "}");
            if (reply.statusCode() == 201) {
                return year;
            }
            BenchClient.expect(409, reply);
        }
        throw new IllegalStateException("no free fiscal year between 2070 and 2099");
    }
}
