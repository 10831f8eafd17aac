package org.complaintsuite.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * One service of the suite running as its own process, from the executable jar the build produced, exactly as
 * {@code run-local.sh} runs it. The suite as a whole, shared by every end-to-end test of the JVM, is
 * {@link org.complaintsuite.e2e.evaluation.RunningSuite}.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Path log;
    private final ProcessBuilder builder;
    private Process process;

    private ServiceProcess(String name, int port, Path log, ProcessBuilder builder, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.builder = builder;
        this.process = process;
    }

    public static ServiceProcess start(String name, String jarProperty, Map<String, String> environment)
            throws IOException {
        Path jar = Path.of(System.getProperty(jarProperty, ""));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No executable jar for " + name + " at '" + jar
                    + "': run the end-to-end tests through Maven (./mvnw verify), which builds it first");
        }
        Path logs = Path.of(System.getProperty("e2e.logs", "target/e2e-logs"));
        Files.createDirectories(logs);
        Path log = logs.resolve(name + ".log");
        int port = freePort();
        // the JDK running this test is the one the build selected (21 or newer)
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-jar", jar.toString(), "--server.port=" + port));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        // a restart appends to the same log
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        return new ServiceProcess(name, port, log, builder, process);
    }

    public String name() {
        return name;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL, as a crash or the OOM killer would: nothing of the service's shutdown runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException(name + " survived SIGKILL for 10 s");
        }
    }

    /**
     * SIGTERM, as an orchestrator or {@code run-local.sh stop} sends it, and waits up to {@code patience} for the
     * process to exit; a process still running then is killed.
     *
     * @return how long the process took to exit, or empty if it had to be killed
     */
    public java.util.Optional<Duration> terminate(Duration patience) throws InterruptedException {
        long begin = System.nanoTime();
        process.destroy();
        if (process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            return java.util.Optional.of(Duration.ofNanos(System.nanoTime() - begin));
        }
        kill();
        return java.util.Optional.empty();
    }

    /** Starts the stopped service again, same jar, port and environment, as run-local.sh's supervisor does. */
    public void restart() throws IOException {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running");
        }
        process = builder.start();
    }

    public void awaitHealthy(Duration timeout) {
        await(name + " healthy").atMost(timeout).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                // readiness, not the overall health: workflow reports WARNING (with 200) while a holiday schedule
                // the clocks need is missing, which must not keep the suite from starting
                var response = HTTP.send(HttpRequest.newBuilder(uri("/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.ofString());
                return response.statusCode() == 200 && response.body().contains("\"UP\"");
            }
            catch (IOException ex) {
                return false;
            }
        });
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        }
        catch (IOException ex) {
            return "(no log: " + ex.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
