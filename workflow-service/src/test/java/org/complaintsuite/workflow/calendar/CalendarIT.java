package org.complaintsuite.workflow.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.testsupport.KafkaTestInfrastructure;
import org.complaintsuite.testsupport.PostgresTestInfrastructure;
import org.complaintsuite.workflow.Events;
import org.complaintsuite.workflow.TestTokens;
import org.complaintsuite.workflow.cases.CaseChange;
import org.complaintsuite.workflow.cases.CaseService;
import org.complaintsuite.workflow.cases.CaseTimeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Loading next year's schedule at run time, on a real PostgreSQL schema, on 21 November 2026 while 2027 is not
 * published: the service says so, marks the due dates across it provisional, and recomputes them once it is loaded.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({KafkaTestInfrastructure.class, PostgresTestInfrastructure.class, CalendarIT.FixedClock.class})
class CalendarIT {

    static final Instant NOW = Instant.parse("2026-11-21T02:00:00Z");

    /** A 2027 schedule for the test (New Year's Day off), in the holiday-cn format. */
    static final String Y2027 = """
            {"year": 2027, "papers": ["https://www.gov.cn/zhengce/content/2027-test.htm"],
             "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}]}""";

    @TestConfiguration
    static class FixedClock {

        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    private static final RequestPostProcessor OPERATIONS = TestTokens.as("ops-zhao", "OPERATIONS");
    private static final RequestPostProcessor AGENT = TestTokens.as("agent-li", "AGENT");

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseService cases;

    @Autowired
    CaseTimeline timeline;

    @Autowired
    MeterRegistry meters;

    @Autowired
    JsonMapper json;

    @Autowired
    CalendarStore store;

    @Test
    void aMissingNextYearIsSaidLoudlyUntilItIsLoadedAndThenTheOpenCasesAreRecomputed() throws Exception {
        cases.onReceived(Events.received("cal-1", ComplaintSource.APP, Instant.parse("2026-12-28T02:00:00Z")));

        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WARNING"))
                .andExpect(jsonPath("$.components.calendar.status").value("WARNING"));
        mvc.perform(get("/api/v1/calendar").with(AGENT)).andExpect(status().isOk())
                .andExpect(jsonPath("$.missingYears[0]").value(2027))
                .andExpect(jsonPath("$.years[?(@.year == 2026)].published").value(true))
                .andExpect(jsonPath("$.years[?(@.year == 2027)].published").value(false));
        assertThat(meters.get("workflow.calendar.missing.years").gauge().value()).isEqualTo(1.0);
        // Dec 29, 30, 31, Jan 1 (not known to be a holiday), Jan 4
        mvc.perform(get("/api/v1/cases/cal-1").with(AGENT)).andExpect(status().isOk())
                .andExpect(jsonPath("$.resolutionDueAt").value("2027-01-04T16:00:00Z"))
                .andExpect(jsonPath("$.clocks[?(@.clock == 'RESOLUTION')].provisional").value(true));

        // operations load the year
        mvc.perform(put("/api/v1/calendar/2027").with(OPERATIONS).contentType(MediaType.APPLICATION_JSON).content(Y2027))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year.source").value("LOADED"))
                .andExpect(jsonPath("$.year.published").value(true))
                .andExpect(jsonPath("$.casesChanged").value(1))
                .andExpect(jsonPath("$.missingYears").isEmpty());

        mvc.perform(get("/api/v1/cases/cal-1").with(AGENT)).andExpect(status().isOk())
                .andExpect(jsonPath("$.resolutionDueAt").value("2027-01-05T16:00:00Z"))
                .andExpect(jsonPath("$.clocks[?(@.clock == 'RESOLUTION')].provisional").value(false));
        assertThat(timeline.of("cal-1")).extracting(CaseTimeline.Entry::type)
                .containsExactly(CaseChange.Type.OPENED, CaseChange.Type.DUE_DATES_RECOMPUTED);
        assertThat(timeline.of("cal-1").getLast().actor()).isEqualTo("calendar");
        mvc.perform(get("/api/v1/calendar").with(OPERATIONS)).andExpect(jsonPath("$.years[?(@.year == 2027)].loadedBy")
                .value("ops-zhao"));
        mvc.perform(get("/actuator/health")).andExpect(jsonPath("$.status").value("UP"));
        assertThat(meters.get("workflow.calendar.missing.years").gauge().value()).isZero();
        mvc.perform(get("/api/v1/calendar/2027").with(AGENT)).andExpect(status().isOk())
                .andExpect(jsonPath("$.days[0].date").value("2027-01-01"));

        // persisted: another instance (or this one restarted) holds it too
        var another = new WorkingCalendars(json, store, Clock.fixed(NOW, ZoneOffset.UTC), new SimpleMeterRegistry());
        another.afterSingletonsInstantiated();

        assertThat(another.current().knows(2027)).isTrue();
        assertThat(another.missingYears()).isEmpty();
        assertThat(another.year(2027)).get().extracting(WorkingCalendars.Year::source)
                .isEqualTo(WorkingCalendars.Source.LOADED);
    }

    @Test
    void onlyOperationsLoadASchedule() throws Exception {
        mvc.perform(put("/api/v1/calendar/2027").with(AGENT).contentType(MediaType.APPLICATION_JSON).content(Y2027))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/calendar/2027").contentType(MediaType.APPLICATION_JSON).content(Y2027))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aWrongScheduleIsRefusedSayingWhatIsWrong() throws Exception {
        mvc.perform(put("/api/v1/calendar/2027").with(OPERATIONS).contentType(MediaType.APPLICATION_JSON).content(Y2027.replace(
                "2027-01-01", "2027-13-01")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("body"))
                .andExpect(jsonPath("$.errors[0].message").value("days[0].date is not a date: 2027-13-01"));
        mvc.perform(put("/api/v1/calendar/2028").with(OPERATIONS).contentType(MediaType.APPLICATION_JSON).content(Y2027))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("year must be 2028"));
        mvc.perform(put("/api/v1/calendar/2027").with(OPERATIONS).contentType(MediaType.APPLICATION_JSON)
                .content("{\"year\": 2027, \"papers\": [], \"days\": []}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("not published")));
        assertThat(store.all()).extracting(CalendarStore.Stored::year).doesNotContain(2028);
    }
}
