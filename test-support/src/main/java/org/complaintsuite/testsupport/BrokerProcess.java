package org.complaintsuite.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.common.Uuid;

import static org.awaitility.Awaitility.await;

/**
 * A real single-node KRaft broker in a process of its own, for the tests that take the broker away: kill it
 * ({@link #kill()}, as a crash or a power cut would) or stop it, then start it again on the same port and the same data
 * ({@link #restart()}), as an operator would. The shared in-process broker of {@link TestInfrastructure} cannot be
 * stopped without taking every other test's broker with it.
 * <p>
 * It runs the broker classes of the test's own class path (spring-kafka-test brings them), on the JDK running the test,
 * with its data in a temporary directory deleted with {@link #close()}.
 */
public final class BrokerProcess implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(60);

    private final Path directory;
    private final Path properties;
    private final Path log;
    private final int port;
    private Process process;

    private BrokerProcess(Path directory, Path properties, Path log, int port) {
        this.directory = directory;
        this.properties = properties;
        this.log = log;
        this.port = port;
    }

    /** Formats a new broker's storage and starts it; returns once it accepts connections. */
    public static BrokerProcess start() {
        try {
            Path directory = Files.createTempDirectory("broker-process");
            int port = freePort();
            int controllerPort = freePort();
            Path properties = directory.resolve("server.properties");
            Files.writeString(properties, String.join("\n",
                    "process.roles=broker,controller",
                    "node.id=1",
                    "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                    "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                    "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                    "controller.listener.names=CONTROLLER",
                    "inter.broker.listener.name=PLAINTEXT",
                    "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                    "log.dirs=" + directory.resolve("data"),
                    "num.partitions=" + TestInfrastructure.PARTITIONS,
                    "default.replication.factor=1",
                    "min.insync.replicas=1",
                    "offsets.topic.replication.factor=1",
                    "offsets.topic.num.partitions=3",
                    "transaction.state.log.replication.factor=1",
                    "transaction.state.log.min.isr=1",
                    "share.coordinator.state.topic.replication.factor=1",
                    "share.coordinator.state.topic.min.isr=1",
                    "auto.create.topics.enable=true",
                    "group.initial.rebalance.delay.ms=0",
                    ""));
            Path log = directory.resolve("broker.log");
            BrokerProcess broker = new BrokerProcess(directory, properties, log, port);
            broker.format();
            broker.launch();
            return broker;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("could not start a broker process", ex);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** SIGKILL, as a crash would: no clean shutdown, the next start recovers the log. */
    public void kill() {
        if (process != null) {
            process.destroyForcibly();
            waitFor(process, Duration.ofSeconds(10));
        }
    }

    /** Starts the broker again on the same port and data; returns once it accepts connections. */
    public void restart() {
        if (isAlive()) {
            throw new IllegalStateException("the broker is still running");
        }
        launch();
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        }
        catch (IOException ex) {
            return "(no log: " + ex.getMessage() + ")";
        }
    }

    /** Stops the broker (SIGTERM, then SIGKILL after 15 s) and deletes its data. */
    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!waitFor(process, Duration.ofSeconds(15))) {
                kill();
            }
        }
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        catch (IOException ex) {
            // a temporary directory left behind is no reason to fail a test
        }
    }

    private void format() throws IOException {
        Process formatting = new ProcessBuilder(java("kafka.tools.StorageTool", "format", "-t",
                Uuid.randomUuid().toString(), "-c", properties.toString()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!waitFor(formatting, Duration.ofSeconds(60)) || formatting.exitValue() != 0) {
            throw new IllegalStateException("formatting the broker's storage failed:\n" + logTail());
        }
    }

    private void launch() {
        try {
            process = new ProcessBuilder(java("kafka.Kafka", properties.toString()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("could not start the broker", ex);
        }
        await("broker on port " + port).atMost(STARTUP).pollInterval(Duration.ofMillis(200)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("the broker exited:\n" + logTail());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return true;
            }
            catch (IOException ex) {
                return false;
            }
        });
    }

    private static List<String> java(String mainClass, String... arguments) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(arguments));
        return command;
    }

    private static boolean waitFor(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
