package org.complaintsuite.e2e.evaluation;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.complaintsuite.e2e.ServiceProcess;
import org.complaintsuite.e2e.SuiteTokens;
import org.complaintsuite.e2e.evaluation.EvaluationReport.Scored;
import org.complaintsuite.e2e.evaluation.EvaluationReport.Target;
import org.complaintsuite.testsupport.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Risk scoring measured on a labelled set ({@link EvaluationSetGenerator}) through the real pipeline: every
 * complaint is posted to intake over HTTP in time order, rings interleaved with genuine complaints as they would
 * arrive, and the assessments are read back from risk scoring once they have settled (a ring that grows re-assesses
 * its earlier members). Precision and recall of proxy ≥ HIGH and escalation ≥ HIGH are compared with the targets;
 * the report, with the confusion matrices, a breakdown per kind of complaint and examples of every kind missed or
 * falsely flagged, goes to {@code target/evaluation/report.md}, and every scored complaint to
 * {@code target/evaluation/scored.jsonl}.
 * <p>
 * The build holds the scorer to regression floors: the figures last measured on this set, less a margin. The issue's
 * targets (proxy precision 0.95 / recall 0.90, escalation 0.90 / 0.85) are reported beside them and asserted with
 * {@code -Devaluation.enforce-targets=true}, as {@code scripts/evaluate-risk.sh} does; the scorer does not meet all
 * of them yet (docs/risk-scoring-service.md has the figures).
 * <p>
 * {@code -Devaluation.seed}, {@code -Devaluation.size} choose the set (default: seed 20251011, 600 complaints; the
 * generator's default size is 1,500, see {@code scripts/evaluate-risk.sh}); {@code -Devaluation.timeout-seconds}
 * bounds the wait for the scores.
 */
@ExtendWith(RunningSuite.Extension.class)
class RiskEvaluationIT {

    static final long SEED = Long.getLong("evaluation.seed", 20251011L);
    static final int SIZE = Integer.getInteger("evaluation.size", 600);
    static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("evaluation.timeout-seconds", 300));
    static final Path OUTPUT = Path.of(System.getProperty("evaluation.output", "target/evaluation"));
    static final boolean ENFORCE_TARGETS = Boolean.getBoolean("evaluation.enforce-targets");

    // measured on seed 20251011, 600 complaints: proxy 1.000 / 0.961, escalation 0.991 / 0.957; floors 0.04 below
    static final double PROXY_PRECISION_FLOOR = 0.96;
    static final double PROXY_RECALL_FLOOR = 0.92;
    static final double ESCALATION_PRECISION_FLOOR = 0.95;
    static final double ESCALATION_RECALL_FLOOR = 0.91;

    /** Precision and recall floors per score, below which a change has made the scorer worse on this set. */
    static final Map<String, double[]> FLOORS = Map.of(
            "proxy", new double[] {PROXY_PRECISION_FLOOR, PROXY_RECALL_FLOOR},
            "escalation", new double[] {ESCALATION_PRECISION_FLOOR, ESCALATION_RECALL_FLOOR});

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** The call-center front end's service account posts; an agent reads the assessments. */
    private static final String INTAKE_TOKEN = SuiteTokens.of("callcenter-fe", "INTAKE");
    private static final String AGENT_TOKEN = SuiteTokens.of("e2e-agent", "AGENT");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void proxyAndEscalationScoresHoldTheirFloorsOnALabelledSet(RunningSuite suite) throws Exception {
        Map<String, Duration> timings = new LinkedHashMap<>();
        long start = System.nanoTime();
        List<LabelledComplaint> set = new EvaluationSetGenerator(SEED).generate(SIZE);
        timings.put("generate", since(start));

        long posting = System.nanoTime();
        List<String> complaintIds = new ArrayList<>(set.size());
        for (LabelledComplaint complaint : set) {
            complaintIds.add(post(suite.intake(), complaint));
        }
        timings.put("post", since(posting));
        assertThat(new HashSet<>(complaintIds)).as("one complaint id per complaint of the set").hasSize(set.size());

        long scoring = System.nanoTime();
        Map<String, JsonNode> assessments = awaitSettledAssessments(suite, complaintIds);
        timings.put("await settled scores", since(scoring));

        List<Scored> scored = new ArrayList<>(set.size());
        for (int i = 0; i < set.size(); i++) {
            scored.add(new Scored(set.get(i), complaintIds.get(i), assessments.get(complaintIds.get(i))));
        }
        timings.put("total", since(start));
        EvaluationReport report = new EvaluationReport(SEED, SIZE, scored, timings);
        Path written = write(report, scored);

        System.out.println("Risk evaluation (seed " + SEED + ", " + SIZE + " complaints), report: "
                + written.toAbsolutePath());
        System.out.println("  " + report.summaryLine(EvaluationReport.PROXY));
        System.out.println("  " + report.summaryLine(EvaluationReport.ESCALATION));

        SoftAssertions softly = new SoftAssertions();
        for (Target target : List.of(EvaluationReport.PROXY, EvaluationReport.ESCALATION)) {
            var confusion = report.confusion(target);
            double[] floor = FLOORS.get(target.score());
            double precision = ENFORCE_TARGETS ? target.precision() : floor[0];
            double recall = ENFORCE_TARGETS ? target.recall() : floor[1];
            softly.assertThat(confusion.precision()).as(target.title() + " precision; see " + written)
                    .isGreaterThanOrEqualTo(precision);
            softly.assertThat(confusion.recall()).as(target.title() + " recall; see " + written)
                    .isGreaterThanOrEqualTo(recall);
        }
        softly.assertAll();
    }

    /**
     * Waits until every complaint has an assessment, risk scoring's re-assessment lane has nothing queued (the rings
     * that grew have had their earlier members assessed again), and a full round of reads sees none change. While some
     * are still missing, only those are read, to leave the risk service its CPU.
     */
    private static Map<String, JsonNode> awaitSettledAssessments(RunningSuite suite, List<String> complaintIds) {
        ServiceProcess risk = suite.risk();
        Map<String, JsonNode> latest = new HashMap<>();
        Map<String, String> events = new HashMap<>();
        AtomicInteger rounds = new AtomicInteger();
        await("assessments of all " + complaintIds.size() + " complaints, settled").atMost(TIMEOUT)
                .pollDelay(Duration.ofSeconds(1)).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    boolean complete = latest.size() == complaintIds.size();
                    int changed = 0;
                    for (String id : complaintIds) {
                        if (!complete && latest.containsKey(id)) {
                            continue;
                        }
                        JsonNode assessment = assessment(risk, id);
                        if (assessment == null) {
                            continue;
                        }
                        latest.put(id, assessment);
                        String event = assessment.get("eventId").asString();
                        if (!event.equals(events.put(id, event))) {
                            changed++;
                        }
                    }
                    long queued = complete ? queuedReassessments(suite.riskDatabase()) : -1;
                    System.out.printf("  scoring round %d: %d of %d assessed%s%n", rounds.incrementAndGet(),
                            latest.size(), complaintIds.size(), complete ? ", " + changed + " changed since, "
                                    + queued + " re-assessment(s) queued" : "");
                    return complete && changed == 0 && queued == 0;
                });
        return latest;
    }

    /** Rings waiting to be expanded and complaints waiting to be assessed again, in risk scoring's lane. */
    private static long queuedReassessments(TestInfrastructure.Database risk) throws SQLException {
        try (Connection db = DriverManager.getConnection(risk.url(), risk.username(), risk.password());
                ResultSet rows = db.createStatement().executeQuery("""
                        SELECT (SELECT count(*) FROM ring_reassessment) + (SELECT count(*) FROM reassessment_queue)""")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static JsonNode assessment(ServiceProcess risk, String complaintId) throws IOException, InterruptedException {
        var response = HTTP.send(HttpRequest.newBuilder(risk.uri("/api/v1/assessments/" + complaintId))
                        .header("Authorization", "Bearer " + AGENT_TOKEN).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 404) {
            return null;
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String post(ServiceProcess intake, LabelledComplaint complaint) throws IOException,
            InterruptedException {
        var response = HTTP.send(HttpRequest.newBuilder(intake.uri(complaint.channel().path()))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + INTAKE_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(complaint.payload(), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("#%d %s: %s", complaint.sequence(), complaint.payload(), response.body())
                .isEqualTo(202);
        return JSON.readTree(response.body()).get("complaintId").asString();
    }

    private static Path write(EvaluationReport report, List<Scored> scored) throws IOException {
        Files.createDirectories(OUTPUT);
        Path markdown = OUTPUT.resolve("report.md");
        Files.writeString(markdown, report.markdown(), StandardCharsets.UTF_8);
        StringBuilder lines = new StringBuilder();
        for (Scored s : scored) {
            LabelledComplaint c = s.complaint();
            ObjectNode row = JSON.createObjectNode();
            row.put("sequence", c.sequence());
            row.put("complaintId", s.complaintId());
            row.put("channel", c.channel().name());
            row.put("externalReference", c.externalReference());
            row.put("receivedAt", c.receivedAt().toString());
            row.put("kind", c.kind());
            row.put("variant", c.variant());
            row.put("group", c.group());
            row.put("proxy", c.proxy());
            row.put("proxyLevel", s.level("proxy"));
            row.put("proxyScore", s.points("proxy"));
            row.put("proxySignals", EvaluationReport.signals(s.score("proxy")));
            row.put("escalation", c.escalation());
            row.put("escalationKind", c.escalationKind());
            row.put("escalationLevel", s.level("escalation"));
            row.put("escalationScore", s.points("escalation"));
            row.put("escalationSignals", EvaluationReport.signals(s.score("escalation")));
            row.put("text", c.text());
            lines.append(JSON.writeValueAsString(row)).append('\n');
        }
        Files.writeString(OUTPUT.resolve("scored.jsonl"), lines.toString(), StandardCharsets.UTF_8);
        return markdown;
    }

    private static Duration since(long nanoTime) {
        return Duration.ofNanos(System.nanoTime() - nanoTime);
    }
}
