package org.complaintsuite.benchmark.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads Linux's {@code /proc} once a second: the CPU time of the suite's processes (found by the pid files
 * {@code ./run-local.sh} writes), of PostgreSQL's processes and of the benchmark, and of the whole machine, so that the
 * report shows where the cores went and how much of the machine other work took. Does nothing off Linux.
 */
final class CpuSampler implements Sampler {

    static final String MACHINE = "machine";
    static final String OTHER = "other";

    /** Linux's USER_HZ: /proc reports CPU times in 1/100 s on every common architecture. */
    private static final double TICKS_PER_SECOND = 100.0;

    private final Path runDir;
    private final List<CpuSample> samples = new ArrayList<>();
    private Map<String, Long> previous = Map.of();
    private long previousNanos;

    CpuSampler(Path runDir) {
        this.runDir = runDir;
    }

    @Override
    public void sample(Instant at, String phase) throws IOException {
        if (!Files.isReadable(Path.of("/proc/stat"))) {
            return;
        }
        long now = System.nanoTime();
        Map<String, Long> ticks = readTicks();
        if (!previous.isEmpty()) {
            double seconds = (now - previousNanos) / 1e9;
            double parts = 0;
            List<CpuSample> taken = new ArrayList<>();
            for (var part : ticks.entrySet()) {
                Long before = previous.get(part.getKey());
                if (before == null || part.getKey().equals(MACHINE)) {
                    continue;
                }
                double cores = Math.max(0, part.getValue() - before) / TICKS_PER_SECOND / seconds;
                parts += cores;
                taken.add(new CpuSample(at, phase, part.getKey(), cores));
            }
            double machine = Math.max(0, ticks.get(MACHINE) - previous.get(MACHINE)) / TICKS_PER_SECOND / seconds;
            taken.add(new CpuSample(at, phase, MACHINE, machine));
            taken.add(new CpuSample(at, phase, OTHER, Math.max(0, machine - parts)));
            synchronized (samples) {
                samples.addAll(taken);
            }
        }
        previous = ticks;
        previousNanos = now;
    }

    List<CpuSample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    private Map<String, Long> readTicks() throws IOException {
        Map<String, Long> ticks = new LinkedHashMap<>();
        for (String part : List.of("kafka", "intake-service", "risk-scoring-service", "workflow-service", "console")) {
            Path pidFile = runDir.resolve(part + ".pid");
            if (Files.isReadable(pidFile)) {
                readProcessTicks(Files.readString(pidFile).strip()).ifPresent(value -> ticks.put(part, value));
            }
        }
        ticks.put("postgresql", postgresTicks());
        readProcessTicks(Long.toString(ProcessHandle.current().pid())).ifPresent(value -> ticks.put("benchmark", value));
        ticks.put(MACHINE, machineTicks());
        return ticks;
    }

    /** Busy time of all cores: everything in the "cpu" line but idle and iowait. */
    static long machineTicks(String statLine) {
        String[] fields = statLine.trim().split("\\s+");
        long busy = 0;
        for (int i = 1; i < fields.length && i <= 8; i++) {
            if (i != 4 && i != 5) {
                busy += Long.parseLong(fields[i]);
            }
        }
        return busy;
    }

    /** utime + stime of a /proc/[pid]/stat line (fields 14 and 15, counted after the command's parentheses). */
    static long processTicks(String statLine) {
        String[] fields = statLine.substring(statLine.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private static long machineTicks() throws IOException {
        try (Stream<String> lines = Files.lines(Path.of("/proc/stat"))) {
            return lines.filter(line -> line.startsWith("cpu ")).findFirst().map(CpuSampler::machineTicks).orElse(0L);
        }
    }

    private static Optional<Long> readProcessTicks(String pid) {
        try {
            return Optional.of(processTicks(Files.readString(Path.of("/proc", pid, "stat"))));
        }
        catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static long postgresTicks() throws IOException {
        long total = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    if (Files.readString(process.resolve("comm")).strip().equals("postgres")) {
                        total += processTicks(Files.readString(process.resolve("stat")));
                    }
                }
                catch (IOException | RuntimeException e) {
                    // the process ended between the listing and the read
                }
            }
        }
        return total;
    }
}
