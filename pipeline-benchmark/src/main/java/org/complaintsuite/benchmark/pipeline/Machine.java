package org.complaintsuite.benchmark.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The machine the benchmark ran on, as the report states it: cores, memory, operating system, the JDK, and the load
 * average when the run started (the machine may be shared).
 */
record Machine(int cores, String memory, String os, String jdk, String loadAverage) {

    static Machine describe() {
        Runtime runtime = Runtime.getRuntime();
        String jdk = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " ("
                + System.getProperty("java.vendor") + "), benchmark heap max "
                + runtime.maxMemory() / (1024 * 1024) + " MiB";
        String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch");
        return new Machine(runtime.availableProcessors(), totalMemory(), os, jdk, currentLoadAverage());
    }

    /** The 1, 5 and 15 minute load averages from /proc/loadavg, or "unknown" off Linux. */
    static String currentLoadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + ", " + fields[1] + ", " + fields[2] + " (1, 5, 15 min)";
        }
        catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String totalMemory() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/meminfo"));
            return lines.stream().filter(line -> line.startsWith("MemTotal:")).findFirst()
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / (1024.0 * 1024.0))
                    .map(gib -> String.format(Locale.ROOT, "%.1f GiB", gib))
                    .orElse("unknown");
        }
        catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
