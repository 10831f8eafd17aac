package org.complaintsuite.benchmark.workflow;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Times {@code GET /api/v1/metrics/sla} over HTTP against the service started on the loaded database: a day, a week,
 * a month, a quarter and a year, each in total and by channel, group and day, half of them ending on the history's
 * last day (where the open cases are) and half anywhere in the history. Warm-up requests first, then the samples of
 * all kinds shuffled together, one at a time.
 */
final class LatencyMeasurement {

    /** A kind of request: a period of {@code days} and a breakdown ("" for the total). */
    record Kind(String period, int days, String groupBy) {

        String name() {
            return period + (groupBy.isEmpty() ? "" : " by " + groupBy);
        }
    }

    /** The times of each kind, the mean response size of each, and every time in the order measured. */
    record Measured(List<Kind> kinds, Map<Kind, long[]> nanos, Map<Kind, Long> bytes, long[] all) {
    }

    private static final String[][] PERIODS = {{"a day", "1"}, {"a week", "7"}, {"a month", "30"},
            {"a quarter", "91"}, {"a year", "365"}};
    private static final String[] BREAKDOWNS = {"", "channel", "group", "day"};

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;
    private final String authorization;
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final Random random;

    LatencyMeasurement(ServiceUnderTest service, LoadedData data, long seed) {
        this.port = service.port();
        this.authorization = service.authorization();
        this.firstDay = data.firstDay();
        this.lastDay = data.lastDay();
        this.random = new Random(seed);
    }

    static List<Kind> kinds() {
        List<Kind> kinds = new ArrayList<>();
        for (String[] period : PERIODS) {
            for (String groupBy : BREAKDOWNS) {
                kinds.add(new Kind(period[0], Integer.parseInt(period[1]), groupBy));
            }
        }
        return kinds;
    }

    Measured measure(int warmup, int samples) throws IOException, InterruptedException {
        List<Kind> kinds = kinds();
        SlaMetricsBenchmark.log("warm-up: %d requests of each of %d kinds".formatted(warmup, kinds.size()));
        for (Kind kind : kinds) {
            for (int i = 0; i < warmup; i++) {
                request(kind, i);
            }
        }
        List<Kind> order = new ArrayList<>();
        kinds.forEach(kind -> order.addAll(Collections.nCopies(samples, kind)));
        Collections.shuffle(order, random);
        SlaMetricsBenchmark.log("measuring %,d requests".formatted(order.size()));
        Map<Kind, long[]> nanos = new LinkedHashMap<>();
        Map<Kind, Integer> counts = new LinkedHashMap<>();
        Map<Kind, Long> bytes = new LinkedHashMap<>();
        kinds.forEach(kind -> {
            nanos.put(kind, new long[samples]);
            counts.put(kind, 0);
            bytes.put(kind, 0L);
        });
        long[] all = new long[order.size()];
        for (int n = 0; n < order.size(); n++) {
            Kind kind = order.get(n);
            int i = counts.get(kind);
            long t = System.nanoTime();
            int size = request(kind, i);
            long elapsed = System.nanoTime() - t;
            nanos.get(kind)[i] = elapsed;
            all[n] = elapsed;
            counts.put(kind, i + 1);
            bytes.put(kind, bytes.get(kind) + size);
        }
        kinds.forEach(kind -> bytes.put(kind, bytes.get(kind) / samples));
        return new Measured(kinds, nanos, bytes, all);
    }

    /** One request; even-numbered ones end on the last day, odd ones anywhere in the history. Returns its size. */
    private int request(Kind kind, int i) throws IOException, InterruptedException {
        long room = ChronoUnit.DAYS.between(firstDay, lastDay) + 1 - kind.days();
        LocalDate from = i % 2 == 0 ? lastDay.minusDays(kind.days() - 1)
                : firstDay.plusDays((long) (random.nextDouble() * (room + 1)));
        String uri = "http://127.0.0.1:%d/api/v1/metrics/sla?from=%s&to=%s%s".formatted(port, from,
                from.plusDays(kind.days()), kind.groupBy().isEmpty() ? "" : "&groupBy=" + kind.groupBy());
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(uri))
                .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return response.body().length;
    }
}
