package sn.pmas.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;

/**
 * The HTTP side of the benchmarks: one user's requests to a running server, and the timings
 * quoted against a baseline of the same run (cold first call, then the median of 7 warm ones).
 * JDK only, so that {@code java File.java} runs a benchmark with this file beside it.
 */
final class BenchClient {

    private static final int REPEAT = 7;
    private static final int WARM_UP = 3;

    /** HTTP/1.1: one connection per concurrent client, as browsers and programs use the API (no h2c upgrade). */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String authorization;

    BenchClient(URI base, String credentials) {
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    URI base() {
        return base;
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String json) throws Exception {
        return http.send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Prints the first (cold) and median warm time of a GET, and its ratio to {@code baseline}. */
    void report(String what, String path, double baseline) throws Exception {
        long start = System.nanoTime();
        expect(200, get(path));
        double first = (System.nanoTime() - start) / 1e6;
        double median = medianMillis(path);
        System.out.printf("%-52s first %7.1f ms, warm median %7.1f ms (%.1f x baseline)%n", what, first, median, median / baseline);
    }

    /** The median of {@value #REPEAT} timed GETs, after {@value #WARM_UP} untimed ones that warm this client as much as the server. */
    double medianMillis(String path) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            timedGet(path);
        }
        double[] times = new double[REPEAT];
        for (int i = 0; i < REPEAT; i++) {
            times[i] = timedGet(path);
        }
        Arrays.sort(times);
        return times[REPEAT / 2];
    }

    /**
     * One GET timed as the server answers it, as {@code curl -o /dev/null} does: the body read to its
     * end and dropped. Decoding half a megabyte of JSON into a string is this client's time, not the server's.
     */
    private double timedGet(String path) throws Exception {
        long start = System.nanoTime();
        HttpResponse<Void> reply = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.discarding());
        double millis = (System.nanoTime() - start) / 1e6;
        if (reply.statusCode() != 200) {
            expect(200, get(path));
        }
        return millis;
    }

    static void expect(int status, HttpResponse<String> reply) {
        if (reply.statusCode() != status) {
            throw new IllegalStateException(reply.request().uri() + " answered " + reply.statusCode() + ": "
                    + reply.body().substring(0, Math.min(500, reply.body().length())));
        }
    }

    static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    HttpClient http() {
        return http;
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(5)).header("Authorization", authorization);
    }
}
