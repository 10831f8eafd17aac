package org.complaintsuite.benchmark.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's options ({@code --name=value}) and their defaults, written once in {@link #USAGE}: the value after
 * {@code =} is the default of a full run, the one in brackets the default of {@code --quick}.
 */
final class BenchmarkOptions {

    static final String USAGE = """
            PipelineBenchmark: load against the suite ./run-local.sh runs, each complaint followed to its case and its
            assessment, consumer lag sampled every second, PostgreSQL's and Kafka's own limits for comparison.
            The intake token is read from the environment variable PIPELINE_BENCHMARK_TOKEN.

            Options (--name=value; [quick default]):
              --quick                                      short runs: every default in brackets below
              --scenarios=rest,raw,burst,backlog,reference which scenarios to run (always in this order)
              --warm-up=1000                    [300]      complaints posted at 50/s first, not measured (the JVMs are cold)
              --rates=250,500,1000,1500         [50,100]   open-loop target rates of the REST scenario, per second
              --duration=60                     [10]       seconds at each rate; the ramp stops after a rate not kept up
              --connections=32                  [16]       connections of the closed-loop REST run (0: none)
              --closed-duration=60              [10]       seconds of the closed-loop run
              --keep-up=5                                  kept up = all assessed within this many seconds of the last send
              --raw-count=0                                raw payloads of the raw-topic scenario (0: rate x duration of the first rate)
              --burst-rate=100                  [30]       ordinary complaints per second in the burst scenario
              --burst-window=60                 [20]       seconds of ordinary traffic, alone and with the burst
              --burst-size=1000                 [200]      the agency's complaints mixed into the window
              --backlog=100000                  [2000]     complaints put on the topic at once in the backlog scenario
              --backlog-topic=received                     received (complaints.received) or raw (complaints.raw.phone)
              --reference-seconds=10            [3]        seconds of each reference measurement
              --drain-timeout=1800              [240]      seconds to wait for a scenario's complaints, and for idle
              --max-in-flight=2000                         outstanding requests of an open-loop run at most
              --intake-url=http://localhost:8081           intake-service
              --bootstrap-servers=localhost:9092           Kafka
              --db-url=jdbc:postgresql://127.0.0.1:5432/   PostgreSQL server (databases workflow and risk)
              --db-user=postgres --db-password=            its credentials
              --run-dir=.local-run                         ./run-local.sh's pid files (CPU per process)
              --report-dir=pipeline-benchmark/target/pipeline-report   the report and its CSVs
            """;

    static final List<String> SCENARIOS = List.of("rest", "raw", "burst", "backlog", "reference");

    private static final Pattern OPTION = Pattern.compile("--([a-z-]+)=(\\S*)(?:[ \\t]+\\[(\\S+)])?");

    private final Map<String, String> values;

    private BenchmarkOptions(Map<String, String> values) {
        this.values = values;
    }

    /**
     * The options given over the defaults ({@code --quick}'s when it is among them).
     *
     * @throws IllegalArgumentException naming an unknown option or scenario
     */
    static BenchmarkOptions parse(String... args) {
        boolean quick = Arrays.asList(args).contains("--quick");
        Map<String, String> values = defaults(quick);
        values.put("quick", Boolean.toString(quick));
        for (String arg : args) {
            int eq = arg.indexOf('=');
            String key = arg.startsWith("--") ? (eq < 0 ? arg.substring(2) : arg.substring(2, eq)) : "";
            if (!values.containsKey(key)) {
                throw new IllegalArgumentException("unknown argument " + arg + "\n" + USAGE);
            }
            values.put(key, eq < 0 ? "true" : arg.substring(eq + 1));
        }
        BenchmarkOptions options = new BenchmarkOptions(values);
        for (String scenario : options.list("scenarios")) {
            if (!SCENARIOS.contains(scenario)) {
                throw new IllegalArgumentException("unknown scenario " + scenario + ", choose from " + SCENARIOS);
            }
        }
        return options;
    }

    static boolean asksForHelp(String... args) {
        return Arrays.stream(args).anyMatch(arg -> arg.equals("--help") || arg.equals("-h"));
    }

    private static Map<String, String> defaults(boolean quick) {
        Map<String, String> values = new LinkedHashMap<>();
        Matcher option = OPTION.matcher(USAGE);
        while (option.find()) {
            values.put(option.group(1), quick && option.group(3) != null ? option.group(3) : option.group(2));
        }
        return values;
    }

    String get(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no option --" + name);
        }
        return value;
    }

    int intValue(String name) {
        return Integer.parseInt(get(name).replace("_", ""));
    }

    Duration seconds(String name) {
        return Duration.ofSeconds(intValue(name));
    }

    boolean flag(String name) {
        return Boolean.parseBoolean(get(name));
    }

    List<String> list(String name) {
        return Arrays.stream(get(name).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    List<Double> rates() {
        return list("rates").stream().map(Double::valueOf).toList();
    }

    boolean runs(String scenario) {
        return list("scenarios").contains(scenario);
    }

    Path reportDir() {
        return Path.of(get("report-dir"));
    }

    /** The command as the user gave it, for the report (without the run directory the script adds). */
    String commandLine(String... args) {
        StringBuilder command = new StringBuilder("scripts/benchmark-pipeline.sh");
        Arrays.stream(args).filter(arg -> !arg.startsWith("--run-dir=")).forEach(arg -> command.append(' ').append(arg));
        return command.toString();
    }
}
