package org.complaintsuite.workflow.metrics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.model.ProxyDriven;
import org.complaintsuite.model.RiskLevel;
import org.complaintsuite.testsupport.KafkaTestInfrastructure;
import org.complaintsuite.testsupport.PostgresTestInfrastructure;
import org.complaintsuite.workflow.cases.CaseClocks;
import org.complaintsuite.workflow.cases.CaseService;
import org.complaintsuite.workflow.cases.ComplaintCase;
import org.complaintsuite.workflow.cases.ComplaintCaseRepository;
import org.complaintsuite.workflow.sla.ClockState;
import org.complaintsuite.workflow.sla.PausableClock;
import org.complaintsuite.workflow.sla.SlaPolicies;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The on-time rule has one home in Java ({@code sla.OnTimeRule}, which {@link PausableClock#state} asks) and, for
 * speed, SQL that counts the same figures: the rollup trigger's {@code sla_figures_of} and the open-case counts of
 * {@link SlaMetricsRepository}, through the SQL functions of migration V11. Here
 * both run on the same generated cases ({@link GeneratedCases}) and must agree, case by case and summed; and the
 * figures the API reports on them are those recorded in {@code metrics/sla-parity-figures.json}.
 */
@SpringBootTest
@Import({KafkaTestInfrastructure.class, PostgresTestInfrastructure.class, SlaMetricsIT.FixedClock.class})
class SlaParityIT {

    static final Instant NOW = SlaMetricsIT.NOW;
    static final int CASES = 600;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    CaseService caseService;

    @Autowired
    ComplaintCaseRepository repository;

    @Autowired
    SlaMetricsRepository metrics;

    @Autowired
    SlaMetricsService service;

    @Autowired
    SlaPolicies policies;

    @Autowired
    MetricsProperties properties;

    @BeforeEach
    void cases() {
        if (repository.count() > 0) {
            return;
        }
        var generated = new GeneratedCases(20251120L, NOW, caseService.rules());
        for (int i = 0; i < CASES; i++) {
            int n = i;
            transactions.executeWithoutResult(status -> generated.generate(n, repository::saveAndFlush));
        }
    }

    /** The rollup's counters of one case, as the Java rule reads its clocks. */
    private Map<String, Integer> javaFigures(ComplaintCase kase) {
        Map<String, Integer> figures = new TreeMap<>();
        Duration maxPause = policies.maxPause();
        CaseClocks clocks = kase.getClocks();
        PausableClock firstContact = PausableClock.started(kase.getReceivedAt(), clocks.getFirstContactDueAt(),
                Duration.ZERO);
        if (clocks.getFirstContactedAt() != null) {
            firstContact = firstContact.met(clocks.getFirstContactedAt());
        }
        count(figures, "first_contact", firstContact, kase);
        count(figures, "resolution", clocks.getResolution().clock(maxPause, clocks.getResolvedAt()), kase);
        count(figures, "regulator", clocks.getRegulator().clock(kase.getReceivedAt(), clocks.getResolvedAt()), kase);
        figures.put("proxy_driven", ProxyDriven.is(kase.getProxyLevel()) ? 1 : 0);
        return figures;
    }

    private static void count(Map<String, Integer> figures, String clock, PausableClock running, ComplaintCase kase) {
        boolean met = running != null && running.metAt() != null;
        ClockState state = running == null ? null : running.state(met ? running.metAt() : NOW);
        figures.put(clock + "_on_time", met && state == ClockState.MET ? 1 : 0);
        figures.put(clock + "_late", met && state == ClockState.BREACHED ? 1 : 0);
        figures.put(clock + "_stopped_overdue", !met && running != null && kase.getClocks().getWithdrawnAt() != null
                && running.state(kase.getClocks().getWithdrawnAt()) == ClockState.BREACHED ? 1 : 0);
    }

    @Test
    void theRollupCountsEveryCaseAsTheJavaRuleDoes() {
        Map<String, Map<String, Integer>> sql = new HashMap<>();
        jdbc.query("SELECT c.complaint_id, f.* FROM complaint_case c CROSS JOIN LATERAL sla_figures_of(c) f", rs -> {
            Map<String, Integer> figures = new TreeMap<>();
            for (String clock : List.of("first_contact", "resolution", "regulator")) {
                for (String outcome : List.of("_on_time", "_late", "_stopped_overdue")) {
                    figures.put(clock + outcome, rs.getInt(clock + outcome));
                }
            }
            figures.put("proxy_driven", rs.getInt("proxy_driven"));
            sql.put(rs.getString("complaint_id"), figures);
        });
        List<ComplaintCase> all = repository.findAll();
        assertThat(all).hasSize(CASES);
        Map<String, Integer> javaTotals = new TreeMap<>();
        for (ComplaintCase kase : all) {
            Map<String, Integer> expected = javaFigures(kase);
            assertThat(sql.get(kase.getComplaintId())).as(kase.getComplaintId()).isEqualTo(expected);
            expected.forEach((figure, n) -> javaTotals.merge(figure, n, Integer::sum));
        }
        Map<String, Object> rolledUp = jdbc.queryForMap("""
                SELECT sum(first_contact_on_time) AS first_contact_on_time, sum(first_contact_late) AS first_contact_late,
                       sum(first_contact_stopped_overdue) AS first_contact_stopped_overdue,
                       sum(resolution_on_time) AS resolution_on_time, sum(resolution_late) AS resolution_late,
                       sum(resolution_stopped_overdue) AS resolution_stopped_overdue,
                       sum(regulator_on_time) AS regulator_on_time, sum(regulator_late) AS regulator_late,
                       sum(regulator_stopped_overdue) AS regulator_stopped_overdue, sum(proxy_driven) AS proxy_driven
                FROM sla_daily_rollup""");
        Map<String, Integer> rollupTotals = new TreeMap<>();
        rolledUp.forEach((figure, n) -> rollupTotals.put(figure, ((Number) n).intValue()));
        assertThat(rollupTotals).isEqualTo(javaTotals);
        // every kind of case is among them
        assertThat(javaTotals).allSatisfy((figure, n) -> assertThat(n).as(figure).isPositive());
    }

    @Test
    void theSqlCountsAsProxyDrivenTheLevelsTheRouterSendsToAntiFraud() {
        List<RiskLevel> sql = new ArrayList<>();
        for (RiskLevel level : RiskLevel.values()) {
            if (jdbc.queryForObject("SELECT sla_proxy_driven(?)", Boolean.class, level.name())) {
                sql.add(level);
            }
        }
        assertThat(sql).containsExactlyElementsOf(ProxyDriven.levels());
        assertThat(jdbc.queryForObject("SELECT sla_proxy_driven(NULL) IS TRUE", Boolean.class)).isFalse();
    }

    @Test
    void theOpenCountsAgreeWithTheJavaRuleForEveryGroup() {
        Map<String, SlaTally> sql = new TreeMap<>();
        metrics.openByGroup(NOW, properties.aboutToBreachWithin(), policies.maxPause(),
                key -> sql.computeIfAbsent(key, absent -> new SlaTally()));
        Map<String, SlaTally> java = new TreeMap<>();
        Duration maxPause = policies.maxPause();
        Instant horizon = NOW.plus(properties.aboutToBreachWithin());
        for (ComplaintCase kase : repository.findAll()) {
            if (kase.getClocks().getResolvedAt() != null || kase.getClocks().getWithdrawnAt() != null) {
                continue;
            }
            SlaTally tally = java.computeIfAbsent(kase.getGroup().name(), absent -> new SlaTally());
            tally.open++;
            boolean soon = false;
            if (kase.getClocks().getFirstContactedAt() == null) {
                PausableClock clock = PausableClock.started(kase.getReceivedAt(),
                        kase.getClocks().getFirstContactDueAt(), Duration.ZERO);
                tally.firstContactOverdue += overdue(clock, NOW);
                int s = dueSoon(clock, horizon);
                tally.firstContactSoon += s;
                soon |= s == 1;
            }
            PausableClock resolution = kase.getClocks().getResolution().clock(maxPause, null);
            tally.resolutionOverdue += overdue(resolution, NOW);
            int s = dueSoon(resolution, horizon);
            tally.resolutionSoon += s;
            soon |= s == 1;
            PausableClock regulator = kase.getClocks().getRegulator().clock(kase.getReceivedAt(), null);
            if (regulator != null) {
                tally.regulatorOverdue += overdue(regulator, NOW);
                s = dueSoon(regulator, horizon);
                tally.regulatorSoon += s;
                soon |= s == 1;
            }
            tally.casesSoon += soon ? 1 : 0;
        }
        assertThat(sql.keySet()).isEqualTo(java.keySet());
        java.forEach((group, expected) -> {
            SlaTally actual = sql.get(group);
            assertThat(new long[] {actual.open, actual.firstContactOverdue, actual.resolutionOverdue,
                    actual.regulatorOverdue, actual.firstContactSoon, actual.resolutionSoon, actual.regulatorSoon,
                    actual.casesSoon}).as(group).containsExactly(expected.open, expected.firstContactOverdue,
                            expected.resolutionOverdue, expected.regulatorOverdue, expected.firstContactSoon,
                            expected.resolutionSoon, expected.regulatorSoon, expected.casesSoon);
        });
        long overdue = java.values().stream().mapToLong(t -> t.firstContactOverdue + t.resolutionOverdue).sum();
        long soon = java.values().stream().mapToLong(t -> t.casesSoon).sum();
        assertThat(overdue).isPositive();
        assertThat(soon).isPositive();
    }

    private static int overdue(PausableClock clock, Instant at) {
        return clock.state(at) == ClockState.BREACHED ? 1 : 0;
    }

    /** Not overdue now, overdue at the horizon: the clock breaches within it unless the case moves. */
    private static int dueSoon(PausableClock clock, Instant horizon) {
        return overdue(clock, NOW) == 0 && overdue(clock, horizon) == 1 ? 1 : 0;
    }

    @Test
    void theFiguresReportedAreThoseRecorded() throws IOException {
        LocalDate from = LocalDate.of(2025, 10, 1);
        LocalDate to = LocalDate.of(2025, 11, 21);
        List<SlaReport> reports = new ArrayList<>();
        reports.add(service.report(new SlaQuery(from, to, null)));
        for (SlaQuery.GroupBy groupBy : SlaQuery.GroupBy.values()) {
            reports.add(service.report(new SlaQuery(from, to, groupBy)));
        }
        String actual = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                .writeValueAsString(reports) + "\n";
        Path written = Path.of("target", "sla-parity-figures.json");
        Files.writeString(written, actual, StandardCharsets.UTF_8);
        try (var recorded = getClass().getResourceAsStream("/metrics/sla-parity-figures.json")) {
            assertThat(recorded).as("recorded figures; the ones computed are in " + written).isNotNull();
            assertThat(actual).isEqualTo(new String(recorded.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
