package org.complaintsuite.workflow.metrics;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

import org.complaintsuite.workflow.TestTokens;
import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.testsupport.KafkaTestInfrastructure;
import org.complaintsuite.testsupport.PostgresTestInfrastructure;
import org.complaintsuite.workflow.Events;
import org.complaintsuite.workflow.cases.CaseService;
import org.complaintsuite.workflow.cases.ComplaintReason;
import org.complaintsuite.workflow.cases.ContactMethod;
import org.complaintsuite.workflow.cases.Satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The SLA figures on a real PostgreSQL schema, with "now" fixed at 2025-11-20T04:00Z (12:00 in Beijing). The cases,
 * their lifecycle changes made by SQL updates (so through the rollup triggers) and the figures expected of them are
 * listed in {@link #cases()}; every figure is checked exactly, per channel, group and day.
 */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureMetrics
@Import({KafkaTestInfrastructure.class, PostgresTestInfrastructure.class, SlaMetricsIT.FixedClock.class})
class SlaMetricsIT {

    static final Instant NOW = Instant.parse("2025-11-20T04:00:00Z");
    static final String PERIOD = "from=2025-10-13&to=2025-11-21";

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {

        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    CaseService caseService;

    @Autowired
    SlaGauges gauges;

    @BeforeEach
    void cases() {
        if (jdbc.queryForObject("SELECT count(*) FROM complaint_case WHERE complaint_id = 'A'", Integer.class) == 1) {
            return;
        }
        // A: phone, received at 00:00 Beijing (16:00Z the day before): contacted after 2 h, resolved after 3 days,
        // satisfied, closed
        insert(kase("A", "PHONE", "GENERAL", "2025-11-09T16:00:00Z").contacted("2025-11-09T18:00:00Z")
                .resolutionDue("2025-11-17T16:00:00Z").resolved("2025-11-12T16:00:00Z").satisfaction("SATISFIED")
                .closed("2025-11-12T17:00:00Z"));
        // B: one second before A, so a day earlier in Beijing: contacted and resolved late, dissatisfied, proxy HIGH
        insert(kase("B", "PHONE", "GENERAL", "2025-11-09T15:59:59Z").contacted("2025-11-11T17:59:59Z")
                .resolutionDue("2025-11-14T16:00:00Z").resolved("2025-11-15T15:59:59Z")
                .satisfaction("DISSATISFIED").proxy("HIGH").status("RESOLVED"));
        // C: a repeat of B, never contacted: first contact overdue now
        insert(kase("C", "CHAT", "COMPLEX", "2025-11-17T02:00:00Z").resolutionDue("2025-11-24T16:00:00Z")
                .repeatOf("B"));
        // D: paused before its due time: frozen, neither overdue nor about to breach
        insert(kase("D", "CHAT", "COMPLEX", "2025-11-10T02:00:00Z").contacted("2025-11-10T03:00:00Z")
                .resolutionDue("2025-11-17T16:00:00Z").pausedSince("2025-11-12T00:00:00Z"));
        // E: paused only after its due time had passed: overdue
        insert(kase("E", "CHAT", "COMPLEX", "2025-11-10T03:00:00Z").contacted("2025-11-10T04:00:00Z")
                .resolutionDue("2025-11-17T16:00:00Z").pausedSince("2025-11-18T00:00:00Z"));
        // F: a regulator transfer withdrawn after its first-contact clock ran out, uncontacted: a breach
        insert(kase("F", "REGULATOR", "ESCALATED", "2025-11-11T01:00:00Z").resolutionDue("2025-11-18T16:00:00Z")
                .regulatorDue("2025-11-26T16:00:00Z"));
        update("UPDATE complaint_case SET status = 'WITHDRAWN', withdrawn_at = '2025-11-14T00:00:00Z' "
                + "WHERE complaint_id = 'F'");
        // G: withdrawn before any clock was due: received, nothing else
        insert(kase("G", "PHONE", "GENERAL", "2025-11-11T02:00:00Z").resolutionDue("2025-11-18T16:00:00Z"));
        update("UPDATE complaint_case SET status = 'WITHDRAWN', withdrawn_at = '2025-11-11T05:00:00Z' "
                + "WHERE complaint_id = 'G'");
        // H: resolved on time, dissatisfied and reopened: a new resolution clock, running
        insert(kase("H", "PHONE", "GENERAL", "2025-11-11T03:00:00Z").contacted("2025-11-11T04:00:00Z")
                .resolutionDue("2025-11-18T16:00:00Z").resolved("2025-11-13T00:00:00Z").status("RESOLVED"));
        update("UPDATE complaint_case SET satisfaction = 'DISSATISFIED' WHERE complaint_id = 'H'");
        update("UPDATE complaint_case SET status = 'REOPENED', resolved_at = NULL, "
                + "resolution_started_at = '2025-11-15T00:00:00Z', resolution_base_due_at = '2025-11-21T16:00:00Z', "
                + "resolution_due_at = '2025-11-21T16:00:00Z' WHERE complaint_id = 'H'");
        // I: first contact due in 2 h: about to breach
        insert(kase("I", "CHAT", "GENERAL", "2025-11-18T06:00:00Z").resolutionDue("2025-11-25T16:00:00Z"));
        // J: resolution due in 2.5 h: about to breach
        insert(kase("J", "PHONE", "COMPLEX", "2025-11-13T01:00:00Z").contacted("2025-11-13T02:00:00Z")
                .resolutionDue("2025-11-20T06:30:00Z"));
        // K: re-routed from GENERAL to COMPLEX; resolution overdue
        insert(kase("K", "PHONE", "GENERAL", "2025-11-12T01:00:00Z").contacted("2025-11-12T02:00:00Z")
                .resolutionDue("2025-11-19T16:00:00Z"));
        update("UPDATE complaint_case SET assigned_group = 'COMPLEX' WHERE complaint_id = 'K'");
        // L: regulator deadline in 1 h (about to breach), resolution overdue, proxy CRITICAL
        insert(kase("L", "REGULATOR", "ESCALATED", "2025-11-12T02:00:00Z").contacted("2025-11-12T04:00:00Z")
                .resolutionDue("2025-11-19T16:00:00Z").regulatorDue("2025-11-20T05:00:00Z").proxy("CRITICAL"));
        // M: resolved within the resolution clock but after the regulator's deadline; satisfied
        insert(kase("M", "REGULATOR", "ESCALATED", "2025-11-10T05:00:00Z").contacted("2025-11-10T06:00:00Z")
                .resolutionDue("2025-11-17T16:00:00Z").regulatorDue("2025-11-15T16:00:00Z"));
        update("UPDATE complaint_case SET status = 'RESOLVED', resolved_at = '2025-11-16T00:00:00Z' "
                + "WHERE complaint_id = 'M'");
        update("UPDATE complaint_case SET status = 'CLOSED', satisfaction = 'SATISFIED', "
                + "closed_at = '2025-11-16T01:00:00Z' WHERE complaint_id = 'M'");
        // N: paused before its due time, but the 30 days of pause allowed ran out yesterday: overdue
        insert(kase("N", "CHAT", "GENERAL", "2025-10-13T02:00:00Z").contacted("2025-10-13T03:00:00Z")
                .resolutionDue("2025-10-20T16:00:00Z").pausedSince("2025-10-16T00:00:00Z"));
        // O: paused, and the pause allowed runs out in 1 h: about to breach
        insert(kase("O", "CHAT", "GENERAL", "2025-10-14T01:00:00Z").contacted("2025-10-14T02:00:00Z")
                .resolutionDue("2025-10-21T05:00:00Z").pausedSince("2025-10-15T00:00:00Z"));
        // outside the period: P received 00:00 Beijing on its last day + 1 (open), Q one second before its first day
        insert(kase("P", "PHONE", "GENERAL", "2025-11-20T16:00:00Z").resolutionDue("2025-11-28T16:00:00Z"));
        insert(kase("Q", "PHONE", "GENERAL", "2025-10-12T15:59:59Z").contacted("2025-10-12T17:00:00Z")
                .resolutionDue("2025-10-20T16:00:00Z").resolved("2025-10-14T00:00:00Z").status("CLOSED"));
        // inserted and deleted again: leaves nothing behind
        insert(kase("Z", "CHAT", "FEES", "2025-11-01T01:00:00Z").contacted("2025-11-01T02:00:00Z")
                .resolutionDue("2025-11-07T16:00:00Z"));
        update("DELETE FROM complaint_case WHERE complaint_id = 'Z'");
    }

    @Test
    void theTotalsOfAPeriodCountEveryFigure() throws Exception {
        DocumentContext report = report(PERIOD);
        assertThat(report.read("$.from", String.class)).isEqualTo("2025-10-13");
        assertThat(report.read("$.to", String.class)).isEqualTo("2025-11-21");
        assertThat(report.read("$.timeZone", String.class)).isEqualTo("Asia/Shanghai");
        assertThat(report.read("$.asOf", String.class)).isEqualTo("2025-11-20T04:00:00Z");
        assertThat(report.read("$.aboutToBreachWithin", String.class)).isEqualTo("PT4H");
        assertThat(report.read("$.groups", List.class)).isEmpty();
        assertThat(report.read("$.total", Map.class)).doesNotContainKey("key");
        expectFigures(report, "$.total", Expected.total());
    }

    @Test
    void byChannel() throws Exception {
        DocumentContext report = report(PERIOD + "&groupBy=channel");
        assertThat(report.read("$.groupBy", String.class)).isEqualTo("channel");
        assertThat(report.read("$.groups[*].key", List.class)).containsExactly("CHAT", "PHONE", "REGULATOR");
        expectFigures(report, "$.total", Expected.total());
        expectFigures(report, "$.groups[0]", Expected.chat());
        expectFigures(report, "$.groups[1]", Expected.phone());
        expectFigures(report, "$.groups[2]", Expected.regulatorTransfers());
    }

    @Test
    void byGroup() throws Exception {
        DocumentContext report = report(PERIOD + "&groupBy=group");
        assertThat(report.read("$.groups[*].key", List.class)).containsExactly("COMPLEX", "ESCALATED", "GENERAL");
        expectFigures(report, "$.total", Expected.total());
        expectFigures(report, "$.groups[0]", Expected.complex());
        // the escalated group holds exactly the regulator transfers
        expectFigures(report, "$.groups[1]", Expected.regulatorTransfers());
        expectFigures(report, "$.groups[2]", Expected.general());
    }

    @Test
    void byDayListsEveryBeijingDayOfThePeriod() throws Exception {
        DocumentContext report = report(PERIOD + "&groupBy=day");
        List<String> days = report.read("$.groups[*].key");
        assertThat(days).hasSize(39).startsWith("2025-10-13").endsWith("2025-11-20");
        expectFigures(report, "$.total", Expected.total());
        expectFigures(report, "$.groups[" + days.indexOf("2025-11-09") + "]", Expected.day1109());
        expectFigures(report, "$.groups[" + days.indexOf("2025-11-10") + "]", Expected.day1110());
        expectFigures(report, "$.groups[" + days.indexOf("2025-11-11") + "]", Expected.day1111());
        expectFigures(report, "$.groups[" + days.indexOf("2025-10-15") + "]", Expected.empty());
        String day1118 = "$.groups[" + days.indexOf("2025-11-18") + "]";
        assertThat(report.read(day1118 + ".received", Long.class)).isEqualTo(1);
        assertThat(report.read(day1118 + ".aboutToBreach.firstContact", Long.class)).isEqualTo(1);
    }

    @Test
    void aDayStartsAtMidnightBeijingTime() throws Exception {
        // 2025-11-10 in Beijing is [2025-11-09T16:00Z, 2025-11-10T16:00Z): A (16:00:00Z) is in it, B (15:59:59Z) not
        expectFigures(report("from=2025-11-10&to=2025-11-11"), "$.total", Expected.day1110());
    }

    @Test
    void theRollupKeptByTheTriggersEqualsOneComputedFromTheCases() {
        assertThat(rollupNow()).isNotEmpty().isEqualTo(rollupRebuilt());
    }

    @Test
    void changesMadeThroughTheCaseServiceReachTheRollup() throws Exception {
        Instant received = Instant.parse("2025-09-01T02:00:00Z");
        caseService.onReceived(Events.received("svc-1", ComplaintSource.PHONE, received));
        caseService.change("svc-1", null, kase -> kase.lifecycle().contacted(received.plusSeconds(1800),
                ContactMethod.PHONE,
                "called back", "agent-1", caseService.rules(), NOW));
        caseService.change("svc-1", null, kase -> kase.lifecycle().resolve("fee refunded", ComplaintReason.MARKETING,
                "agent-1",
                caseService.rules(), received.plusSeconds(86_400)));
        caseService.change("svc-1", null, kase -> kase.lifecycle().satisfaction(Satisfaction.SATISFIED, "agent-1",
                caseService.rules(), received.plusSeconds(90_000)));

        DocumentContext report = report("from=2025-09-01&to=2025-09-02");
        assertThat(report.read("$.total.received", Long.class)).isEqualTo(1);
        assertThat(report.read("$.total.firstContactOnTime.numerator", Long.class)).isEqualTo(1);
        assertThat(report.read("$.total.firstContactOnTime.denominator", Long.class)).isEqualTo(1);
        assertThat(report.read("$.total.resolutionOnTime.numerator", Long.class)).isEqualTo(1);
        assertThat(report.read("$.total.resolutionOnTime.denominator", Long.class)).isEqualTo(1);
        assertThat(report.read("$.total.satisfaction.numerator", Long.class)).isEqualTo(1);
        assertThat(report.read("$.total.openBacklog", Long.class)).isZero();
        assertThat(report.read("$.total.timeToFirstContact.medianSeconds", Long.class))
                .isCloseTo(1800L, Percentage.withPercentage(4.5));
        assertThat(report.read("$.total.timeToResolution.medianSeconds", Long.class))
                .isCloseTo(86_400L, Percentage.withPercentage(4.5));
        assertThat(rollupNow()).isEqualTo(rollupRebuilt());
    }

    @Test
    void thePrometheusEndpointShowsTheHeadlineGauges() throws Exception {
        gauges.refresh();
        String scrape = mvc.perform(get("/actuator/prometheus").with(TestTokens.as("ops-wu", "OPERATIONS"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        // open now: C D E J K (COMPLEX), H I N O P (GENERAL), L (ESCALATED), whatever their day of receipt
        assertThat(scrape).contains("complaint_cases_open{group=\"GENERAL\"} 5.0",
                "complaint_cases_open{group=\"COMPLEX\"} 5.0", "complaint_cases_open{group=\"ESCALATED\"} 1.0",
                "complaint_cases_open{group=\"FEES\"} 0.0",
                "complaint_cases_about_to_breach{group=\"GENERAL\"} 2.0",
                "complaint_cases_about_to_breach{group=\"COMPLEX\"} 1.0",
                "complaint_clocks_overdue{clock=\"first_contact\",group=\"COMPLEX\"} 1.0",
                "complaint_clocks_overdue{clock=\"resolution\",group=\"COMPLEX\"} 2.0",
                "complaint_clocks_overdue{clock=\"resolution\",group=\"GENERAL\"} 1.0",
                "complaint_clocks_overdue{clock=\"resolution\",group=\"ESCALATED\"} 1.0",
                "complaint_clocks_about_to_breach{clock=\"regulator\",group=\"ESCALATED\"} 1.0",
                "complaint_clocks_about_to_breach{clock=\"resolution\",group=\"GENERAL\"} 1.0",
                "complaint_sla_gauges_age_seconds 0.0");
    }

    @Test
    void badParametersAreA400ListingEachField() throws Exception {
        sla("from=2025-11-10&to=2025-11-10&groupBy=week").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:complaintsuite:problem:invalid-request"))
                .andExpect(jsonPath("$.errors[?(@.field == 'groupBy')].message")
                        .value("must be one of channel, group, day"))
                .andExpect(jsonPath("$.errors[?(@.field == 'to')].message")
                        .value("must be after from (the period is [from, to))"));
        sla("from=2024-01-01&to=2025-01-02").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].message").value("must be at most 366 days after from"));
        sla("from=2025-11-10T00:00:00Z").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[?(@.field == 'from')].message")
                        .value("must be a date (yyyy-MM-dd), a day in Beijing time"))
                .andExpect(jsonPath("$.errors[?(@.field == 'to')].message")
                        .value("is required: a date (yyyy-MM-dd), a day in Beijing time"));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private ResultActions sla(String query) throws Exception {
        return mvc.perform(get("/api/v1/metrics/sla?" + query).with(TestTokens.as("ops-zhao", "OPERATIONS")));
    }

    private DocumentContext report(String query) throws Exception {
        String body = sla(query).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.parse(body);
    }

    /** The figures expected of a group of cases; rates follow from numerator and denominator. */
    record Expected(long received, long[] firstContact, long[] resolution, long[] regulator, long open,
            long[] aboutToBreach, long[] overdue, long[] breaches, long contacted, Long medianFirstContact,
            Long p90FirstContact, long resolved, Long medianResolution, Long p90Resolution, long[] satisfaction,
            long proxy, long repeats) {

        static Expected total() {
            return new Expected(15, r(10, 13), r(2, 7), r(0, 1), 10, c(4, 1, 2, 1), c(1, 4, 0), c(3, 5, 1),
                    11, 3_600L, 7_200L, 3, 500_400L, 518_400L, r(2, 4), 2, 1);
        }

        static Expected phone() {
            return new Expected(6, r(4, 5), r(1, 3), r(0, 0), 3, c(1, 0, 1, 0), c(0, 1, 0), c(1, 2, 0),
                    5, 3_600L, 180_000L, 2, 259_200L, 518_400L, r(1, 3), 1, 0);
        }

        static Expected chat() {
            return new Expected(6, r(4, 5), r(0, 2), r(0, 0), 6, c(2, 1, 1, 0), c(1, 2, 0), c(1, 2, 0),
                    4, 3_600L, 3_600L, 0, null, null, r(0, 0), 0, 1);
        }

        static Expected regulatorTransfers() {
            return new Expected(3, r(2, 3), r(1, 2), r(0, 1), 1, c(1, 0, 0, 1), c(0, 1, 0), c(1, 1, 1),
                    2, 3_600L, 7_200L, 1, 500_400L, 500_400L, r(1, 1), 1, 0);
        }

        static Expected general() {
            return new Expected(7, r(4, 5), r(1, 3), r(0, 0), 4, c(2, 1, 1, 0), c(0, 1, 0), c(1, 2, 0),
                    5, 3_600L, 180_000L, 2, 259_200L, 518_400L, r(1, 3), 1, 0);
        }

        static Expected complex() {
            return new Expected(5, r(4, 5), r(0, 2), r(0, 0), 5, c(1, 0, 1, 0), c(1, 2, 0), c(1, 2, 0),
                    4, 3_600L, 3_600L, 0, null, null, r(0, 0), 0, 1);
        }

        /** B alone. */
        static Expected day1109() {
            return new Expected(1, r(0, 1), r(0, 1), r(0, 0), 0, c(0, 0, 0, 0), c(0, 0, 0), c(1, 1, 0),
                    1, 180_000L, 180_000L, 1, 518_400L, 518_400L, r(0, 1), 1, 0);
        }

        /** A, D, E, M. */
        static Expected day1110() {
            return new Expected(4, r(4, 4), r(2, 3), r(0, 1), 2, c(0, 0, 0, 0), c(0, 1, 0), c(0, 1, 1),
                    4, 3_600L, 7_200L, 2, 259_200L, 500_400L, r(2, 2), 0, 0);
        }

        /** F, G, H. */
        static Expected day1111() {
            return new Expected(3, r(1, 2), r(0, 0), r(0, 0), 1, c(0, 0, 0, 0), c(0, 0, 0), c(1, 0, 0),
                    1, 3_600L, 3_600L, 0, null, null, r(0, 1), 0, 0);
        }

        static Expected empty() {
            return new Expected(0, r(0, 0), r(0, 0), r(0, 0), 0, c(0, 0, 0, 0), c(0, 0, 0), c(0, 0, 0),
                    0, null, null, 0, null, null, r(0, 0), 0, 0);
        }

        private static long[] r(long numerator, long denominator) {
            return new long[] {numerator, denominator};
        }

        private static long[] c(long... counts) {
            return counts;
        }
    }

    /** Checks every figure of the figures at {@code path}; percentiles within the histogram's 4.5 %. */
    private static void expectFigures(DocumentContext report, String path, Expected e) {
        SoftAssertions softly = new SoftAssertions();
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("received", e.received());
        ratio(expected, "firstContactOnTime", e.firstContact());
        ratio(expected, "resolutionOnTime", e.resolution());
        ratio(expected, "regulatorOnTime", e.regulator());
        ratio(expected, "satisfaction", e.satisfaction());
        ratio(expected, "proxyDriven", new long[] {e.proxy(), e.received()});
        ratio(expected, "repeats", new long[] {e.repeats(), e.received()});
        expected.put("openBacklog", e.open());
        expected.put("aboutToBreach.cases", e.aboutToBreach()[0]);
        expected.put("aboutToBreach.firstContact", e.aboutToBreach()[1]);
        expected.put("aboutToBreach.resolution", e.aboutToBreach()[2]);
        expected.put("aboutToBreach.regulator", e.aboutToBreach()[3]);
        expected.put("overdue.firstContact", e.overdue()[0]);
        expected.put("overdue.resolution", e.overdue()[1]);
        expected.put("overdue.regulator", e.overdue()[2]);
        expected.put("breaches.firstContact", e.breaches()[0]);
        expected.put("breaches.resolution", e.breaches()[1]);
        expected.put("breaches.regulator", e.breaches()[2]);
        expected.put("timeToFirstContact.count", e.contacted());
        expected.put("timeToResolution.count", e.resolved());
        expected.forEach((figure, value) -> {
            Object actual = report.read(path + "." + figure);
            if (value instanceof Double rate) {
                softly.assertThat(((Number) actual).doubleValue()).as(path + "." + figure).isEqualTo(rate);
            }
            else if (value == null) {
                softly.assertThat(actual).as(path + "." + figure).isNull();
            }
            else {
                softly.assertThat(((Number) actual).longValue()).as(path + "." + figure).isEqualTo(value);
            }
        });
        percentile(softly, report, path + ".timeToFirstContact.medianSeconds", e.medianFirstContact());
        percentile(softly, report, path + ".timeToFirstContact.p90Seconds", e.p90FirstContact());
        percentile(softly, report, path + ".timeToResolution.medianSeconds", e.medianResolution());
        percentile(softly, report, path + ".timeToResolution.p90Seconds", e.p90Resolution());
        softly.assertAll();
    }

    private static void ratio(Map<String, Object> expected, String name, long[] ratio) {
        expected.put(name + ".numerator", ratio[0]);
        expected.put(name + ".denominator", ratio[1]);
        expected.put(name + ".rate", ratio[1] == 0 ? null : (double) ratio[0] / ratio[1]);
    }

    private static void percentile(SoftAssertions softly, DocumentContext report, String path, Long exact) {
        Number actual = report.read(path);
        if (exact == null) {
            softly.assertThat(actual).as(path).isNull();
        }
        else {
            softly.assertThat(actual).as(path).isNotNull();
            if (actual != null) {
                softly.assertThat(actual.longValue()).as(path).isCloseTo(exact, Percentage.withPercentage(4.5));
            }
        }
    }

    /** The rollup and the histograms, without the rows a moved or deleted case left at zero. */
    private List<String> rollupNow() {
        List<String> rows = new ArrayList<>(jdbc.queryForList(
                "SELECT r::text FROM sla_daily_rollup r WHERE " + NOT_EMPTY + " ORDER BY 1", String.class));
        rows.addAll(jdbc.queryForList("SELECT h::text FROM sla_duration_histogram h "
                + "WHERE first_contact <> array_fill(0, ARRAY[146]) OR resolution <> array_fill(0, ARRAY[146]) "
                + "ORDER BY 1", String.class));
        return rows;
    }

    /** sla_rollup_rebuild() in a transaction rolled back: the rollup as the migration computes it from the cases. */
    private List<String> rollupRebuilt() {
        return transactions.execute(tx -> {
            jdbc.execute("SELECT sla_rollup_rebuild()");
            List<String> rows = rollupNow();
            tx.setRollbackOnly();
            return rows;
        });
    }

    /** Rows a moved or deleted case left at zero are kept by the triggers; the rebuild writes none. */
    private static final String NOT_EMPTY = "NOT (received = 0 AND first_contact_on_time = 0 AND first_contact_late = 0"
            + " AND first_contact_stopped_overdue = 0 AND resolution_on_time = 0 AND resolution_late = 0"
            + " AND resolution_stopped_overdue = 0 AND regulator_on_time = 0 AND regulator_late = 0"
            + " AND regulator_stopped_overdue = 0 AND satisfied = 0 AND dissatisfied = 0 AND proxy_driven = 0"
            + " AND repeats = 0)";

    private void update(String sql) {
        jdbc.update(sql);
    }

    private void insert(CaseRow row) {
        Map<String, Object> columns = row.columns;
        String names = String.join(", ", columns.keySet());
        String marks = String.join(", ", columns.keySet().stream().map(k -> "?").toList());
        jdbc.update("INSERT INTO complaint_case (" + names + ") VALUES (" + marks + ")",
                new ArrayList<>(columns.values()).toArray());
    }

    private static CaseRow kase(String id, String channel, String group, String receivedAt) {
        return new CaseRow(id, channel, group, Instant.parse(receivedAt));
    }

    /** A complaint_case row as the service would have left it; first contact due 48 h after receipt. */
    static final class CaseRow {

        final Map<String, Object> columns = new LinkedHashMap<>();

        CaseRow(String id, String channel, String group, Instant receivedAt) {
            columns.put("complaint_id", id);
            columns.put("channel", channel);
            columns.put("source", channel.equals("REGULATOR") ? "NFRA_12378" : channel.equals("PHONE") ? "PHONE" : "APP");
            columns.put("external_reference", "REF-" + id);
            columns.put("customer_key", "tel-" + id);
            columns.put("received_at", ts(receivedAt));
            columns.put("first_contact_due_at", ts(receivedAt.plusSeconds(48 * 3600)));
            columns.put("status", "RECEIVED");
            columns.put("assigned_group", group);
            columns.put("routing_reason", "test");
            columns.put("created_at", ts(receivedAt));
            columns.put("updated_at", ts(receivedAt));
            columns.put("version", 0);
            columns.put("resolution_started_at", ts(receivedAt));
        }

        CaseRow contacted(String at) {
            columns.put("first_contacted_at", ts(Instant.parse(at)));
            columns.put("status", "CONTACTED");
            return this;
        }

        CaseRow resolutionDue(String at) {
            columns.put("resolution_base_due_at", ts(Instant.parse(at)));
            columns.put("resolution_due_at", ts(Instant.parse(at)));
            return this;
        }

        CaseRow resolved(String at) {
            columns.put("resolved_at", ts(Instant.parse(at)));
            return this;
        }

        CaseRow regulatorDue(String at) {
            columns.put("regulator_due_at", ts(Instant.parse(at)));
            return this;
        }

        CaseRow pausedSince(String at) {
            columns.put("resolution_paused_since", ts(Instant.parse(at)));
            columns.put("pause_reason", "waiting for documents");
            return this;
        }

        CaseRow satisfaction(String answer) {
            columns.put("satisfaction", answer);
            return this;
        }

        CaseRow closed(String at) {
            columns.put("closed_at", ts(Instant.parse(at)));
            columns.put("status", "CLOSED");
            return this;
        }

        CaseRow status(String status) {
            columns.put("status", status);
            return this;
        }

        CaseRow proxy(String level) {
            columns.put("proxy_level", level);
            return this;
        }

        CaseRow repeatOf(String id) {
            columns.put("repeat_of", id);
            return this;
        }

        private static Timestamp ts(Instant instant) {
            return Timestamp.from(instant);
        }
    }
}
