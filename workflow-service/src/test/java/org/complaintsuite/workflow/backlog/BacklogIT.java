package org.complaintsuite.workflow.backlog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.testsupport.KafkaTestInfrastructure;
import org.complaintsuite.testsupport.PostgresTestInfrastructure;
import org.complaintsuite.workflow.Events;
import org.complaintsuite.workflow.TestTokens;
import org.complaintsuite.workflow.cases.CaseService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The scoring backlog on a real PostgreSQL schema, with a clock the test moves: cases are opened and assessed through
 * the case service as the listeners would, and each measurement is taken by calling the monitor's refresh (the
 * schedule is set to an hour so that it never runs on its own). The listeners do not start: only this test's cases
 * are in its database.
 */
@SpringBootTest(properties = {"spring.kafka.listener.auto-startup=false", "workflow.backlog.refresh=1h",
        "workflow.backlog.warn-after=PT10M", "workflow.backlog.alert-after=PT30M"})
@AutoConfigureMockMvc
@AutoConfigureMetrics
@RecordApplicationEvents
@Import({KafkaTestInfrastructure.class, PostgresTestInfrastructure.class, BacklogIT.MovableClock.class})
class BacklogIT {

    static final Instant START = Instant.parse("2025-11-20T04:00:00Z");

    /** A clock the test moves forward. */
    static final class TestClock extends Clock {

        private volatile Instant now = START;

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class MovableClock {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }

    @Autowired
    TestClock clock;

    @Autowired
    CaseService cases;

    @Autowired
    BacklogMonitor monitor;

    @Autowired
    MeterRegistry registry;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void backlogShowsInGaugesAndHealthAndRaisesOneAlertPerEpisode(ApplicationEvents events) throws Exception {
        assertThat(gauge("complaint.backlog.unassessed.cases")).isNaN();
        mvc.perform(get("/actuator/health/backlog")).andExpect(jsonPath("$.status").value("UNKNOWN"));

        receive("bl-1");
        receive("bl-2");
        receive("bl-3");
        monitor.refresh();
        assertThat(gauge("complaint.backlog.unassessed.cases")).isEqualTo(3);
        assertThat(gauge("complaint.backlog.oldest.unassessed.age")).isZero();
        mvc.perform(get("/actuator/health/backlog")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));

        // past warn-after: WARNING, still answered 200, no alert yet
        clock.advance(Duration.ofMinutes(11));
        assess("bl-1");
        monitor.refresh();
        assertThat(gauge("complaint.backlog.unassessed.cases")).isEqualTo(2);
        assertThat(gauge("complaint.backlog.oldest.unassessed.age")).isEqualTo(660);
        mvc.perform(get("/actuator/health/backlog")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WARNING"))
                .andExpect(jsonPath("$.components.scoringBacklog.details.unassessedCases").value(2));
        assertThat(events.stream(ScoringBacklogDetected.class)).isEmpty();

        // past alert-after: OUT_OF_SERVICE (503) and one alert, however often it is measured again
        clock.advance(Duration.ofMinutes(20));
        monitor.refresh();
        clock.advance(Duration.ofMinutes(1));
        monitor.refresh();
        mvc.perform(get("/actuator/health/backlog")).andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.status").value("OUT_OF_SERVICE"));
        assertThat(events.stream(ScoringBacklogDetected.class))
                .containsExactly(new ScoringBacklogDetected(START, Duration.ofMinutes(31), 2));
        operationsInboxHolds(1).andExpect(jsonPath("$.items[0].kind").value("SCORING_BACKLOG"))
                .andExpect(jsonPath("$.items[0].audience").value("ROLE"))
                .andExpect(jsonPath("$.items[0].reason").value("2 case(s) wait for risk scoring; the oldest has waited 31 min"));

        // scoring catches up: the episode ends
        assess("bl-2");
        assess("bl-3");
        monitor.refresh();
        assertThat(gauge("complaint.backlog.unassessed.cases")).isZero();
        assertThat(gauge("complaint.backlog.oldest.unassessed.age")).isZero();
        mvc.perform(get("/actuator/health/backlog")).andExpect(jsonPath("$.status").value("UP"));

        // a new backlog is a new episode, with an alert of its own
        receive("bl-4");
        clock.advance(Duration.ofMinutes(45));
        monitor.refresh();
        assertThat(events.stream(ScoringBacklogDetected.class)).containsExactly(
                new ScoringBacklogDetected(START, Duration.ofMinutes(31), 2),
                new ScoringBacklogDetected(START.plus(Duration.ofMinutes(32)), Duration.ofMinutes(45), 1));
        operationsInboxHolds(2);

        // a case whose scoring was dead-lettered is counted as failed, not as waiting
        receive("bl-5");
        jdbc.update("INSERT INTO assessment_failure (complaint_id, reason, failed_at) VALUES ('bl-5', 'test', now())");
        monitor.refresh();

        // under the names the dashboards and alert rules use (bl-5 not among the waiting)
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + TestTokens.of("ops", "OPERATIONS")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("complaint_backlog_unassessed_cases 1.0")))
                .andExpect(content().string(containsString("complaint_backlog_oldest_unassessed_age_seconds 2700.0")));
    }

    private ResultActions operationsInboxHolds(int items) throws Exception {
        return mvc.perform(get("/api/v1/inbox").header("Authorization", "Bearer " + TestTokens.of("ops", "OPERATIONS")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(items));
    }

    private void receive(String complaintId) {
        cases.onReceived(Events.received(complaintId, ComplaintSource.APP, clock.instant()));
    }

    private void assess(String complaintId) {
        cases.onAssessed(Events.assessed(complaintId, clock.instant(), 10, 0));
    }

    private double gauge(String name) {
        return registry.get(name).gauge().value();
    }
}
