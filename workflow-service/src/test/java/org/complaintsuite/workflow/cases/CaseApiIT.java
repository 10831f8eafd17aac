package org.complaintsuite.workflow.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.testsupport.KafkaTestInfrastructure;
import org.complaintsuite.testsupport.PostgresTestInfrastructure;
import org.complaintsuite.workflow.Events;
import org.complaintsuite.workflow.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The agents' commands over REST, on a real PostgreSQL: versions, conflicts, validation and the timeline. */
@SpringBootTest
@AutoConfigureMockMvc
@Import({KafkaTestInfrastructure.class, PostgresTestInfrastructure.class})
class CaseApiIT {

    private static final RequestPostProcessor LI = TestTokens.as("agent-li", "AGENT");
    private static final RequestPostProcessor ZHANG = TestTokens.as("agent-zhang", "AGENT");

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseService cases;

    @Test
    void getAnswersTheCaseWithItsTimelineAndItsVersionAsETag() throws Exception {
        String id = openCase();

        mvc.perform(get("/api/v1/cases/" + id).with(LI)).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.timeline", hasSize(1)))
                .andExpect(jsonPath("$.timeline[0].type").value("OPENED"))
                .andExpect(jsonPath("$.timeline[0].actor").value("intake"));
    }

    @Test
    void aCaseIsWorkedFromAssignmentToClosureAndEveryStepIsOnTheTimelineWithWhoAndWhen() throws Exception {
        String id = openCase();
        Instant before = Instant.now().minusSeconds(1);

        command(id, "assignment", 0, "{\"assignee\": \"agent-li\"}", LI).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.status").value("ASSIGNED"))
                .andExpect(jsonPath("$.assignee").value("agent-li"));
        command(id, "contacts", 1, """
                {"at": "%s", "method": "PHONE", "outcome": "explained the fee"}""".formatted(Instant.now()), LI)
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CONTACTED"))
                .andExpect(jsonPath("$.clocks[0].clock").value("FIRST_CONTACT"))
                .andExpect(jsonPath("$.clocks[0].state").value("MET"));
        command(id, "pause", 2, "{\"reason\": \"waiting for the bank's statement\"}", LI)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pause.reason").value("waiting for the bank's statement"))
                .andExpect(jsonPath("$.pause.by").value("agent-li"));
        command(id, "resumption", 3, null, LI).andExpect(status().isOk())
                .andExpect(jsonPath("$.pause").doesNotExist());
        command(id, "resolution", 4, "{\"outcome\": \"fee refunded\", \"reason\": \"PRICING_AND_FEES\"}", LI)
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RESOLVED"))
                .andExpect(jsonPath("$.resolutionReason").value("PRICING_AND_FEES"));
        command(id, "satisfaction", 5, "{\"satisfaction\": \"SATISFIED\"}", LI).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(header().string("ETag", "\"6\""));

        mvc.perform(get("/api/v1/cases/" + id + "/timeline").with(LI)).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].type").value(org.hamcrest.Matchers.contains("OPENED", "ASSIGNED",
                        "CONTACTED", "PAUSED", "RESUMED", "RESOLVED", "SATISFACTION_RECORDED", "CLOSED")))
                .andExpect(jsonPath("$[1].actor").value("agent-li"))
                .andExpect(jsonPath("$[1].description").value("Assigned to agent-li"))
                .andExpect(jsonPath("$[1].detail.assignee").value("agent-li"))
                .andExpect(jsonPath("$[2].detail.method").value("PHONE"))
                .andExpect(jsonPath("$[5].detail.reason").value("PRICING_AND_FEES"));
        List<CaseTimeline.Entry> timeline = cases.timeline(id);
        assertThat(timeline.subList(1, timeline.size())).allSatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo("agent-li");
            assertThat(entry.at()).isAfter(before).isBeforeOrEqualTo(Instant.now());
        });
    }

    @Test
    void aDissatisfiedCustomerGetsTheCaseReopenedAndAWithdrawnCaseIsFinal() throws Exception {
        String id = openCase();
        command(id, "contacts", 0, "{\"at\": \"%s\", \"method\": \"SMS\", \"outcome\": \"reached\"}"
                .formatted(Instant.now()), LI).andExpect(status().isOk());
        command(id, "resolution", 1, "{\"outcome\": \"explained\", \"reason\": \"DISCLOSURE\"}", LI)
                .andExpect(status().isOk());
        command(id, "satisfaction", 2, "{\"satisfaction\": \"DISSATISFIED\"}", LI).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RESOLVED"));
        command(id, "reopening", 3, "{\"reason\": \"customer disputes the fee\"}", LI).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REOPENED"));
        command(id, "withdrawal", 4, "{\"reason\": \"settled with the branch\"}", LI).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN"));

        command(id, "reopening", 5, "{\"reason\": \"again\"}", LI).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:complaintsuite:problem:conflict"));
    }

    @Test
    void aResolvedCaseIsClosedByItsOwnCommand() throws Exception {
        String id = openCase();
        command(id, "contacts", 0, "{\"at\": \"%s\", \"method\": \"CHAT\", \"outcome\": \"reached\"}"
                .formatted(Instant.now()), LI).andExpect(status().isOk());
        command(id, "resolution", 1, "{\"outcome\": \"done\", \"reason\": \"OTHER\"}", LI).andExpect(status().isOk());

        command(id, "closure", 2, null, LI).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
    }

    @Test
    void aMoveTheLifecycleDoesNotAllowIsA409ProblemAndChangesNothing() throws Exception {
        String id = openCase();

        command(id, "resolution", 0, "{\"outcome\": \"done\", \"reason\": \"OTHER\"}", LI)
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:complaintsuite:problem:conflict"))
                .andExpect(jsonPath("$.detail").value(containsString("Cannot resolve a RECEIVED case")));

        assertThat(cases.get(id).version()).isZero();
        assertThat(cases.timeline(id)).hasSize(1);
    }

    @Test
    void aChangeMadeOnAStaleVersionIsA409WithTheCurrentVersion() throws Exception {
        String id = openCase();
        command(id, "assignment", 0, "{\"assignee\": \"agent-li\"}", LI).andExpect(status().isOk());

        command(id, "pause", 0, "{\"reason\": \"waiting\"}", LI).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:complaintsuite:problem:stale-version"))
                .andExpect(jsonPath("$.currentVersion").value(1));
    }

    @Test
    void twoAgentsChangingTheSameVersionAtOnceLeaveExactlyOneWinner() throws Exception {
        String id = openCase();
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Integer>> edits = List.of(
                () -> {
                    start.await();
                    return command(id, "assignment", 0, "{\"assignee\": \"agent-li\"}", LI).andReturn().getResponse()
                            .getStatus();
                },
                () -> {
                    start.await();
                    return command(id, "assignment", 0, "{\"assignee\": \"agent-zhang\"}", ZHANG).andReturn()
                            .getResponse().getStatus();
                });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (Callable<Integer> edit : edits) {
                results.add(pool.submit(edit));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }

            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        }
        finally {
            pool.shutdownNow();
        }
        assertThat(cases.get(id).version()).isEqualTo(1);
        assertThat(cases.timeline(id)).extracting(CaseTimeline.Entry::type).containsOnlyOnce(CaseChange.Type.ASSIGNED);
    }

    @Test
    void theVersionMayComeInTheBodyInsteadOfIfMatch() throws Exception {
        String id = openCase();

        mvc.perform(post("/api/v1/cases/" + id + "/assignment").with(LI).contentType(MediaType.APPLICATION_JSON)
                .content("{\"assignee\": \"agent-li\", \"version\": 0}")).andExpect(status().isOk());
        mvc.perform(post("/api/v1/cases/" + id + "/pause").with(LI).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"waiting\", \"version\": 0}")).andExpect(status().isConflict());
    }

    @Test
    void aChangeWithoutAVersionIsA428Problem() throws Exception {
        String id = openCase();

        mvc.perform(post("/api/v1/cases/" + id + "/assignment").with(LI).contentType(MediaType.APPLICATION_JSON)
                .content("{\"assignee\": \"agent-li\"}"))
                .andExpect(status().isPreconditionRequired())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:complaintsuite:problem:precondition-required"));
        mvc.perform(post("/api/v1/cases/" + id + "/resumption").with(LI)).andExpect(status().isPreconditionRequired());
        assertThat(cases.get(id).version()).isZero();
    }

    @Test
    void aNoteNeedsNoVersionAndIsSignedByItsAuthor() throws Exception {
        String id = openCase();

        mvc.perform(post("/api/v1/cases/" + id + "/notes").with(ZHANG).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\": \"客户要求回电\"}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.timeline[1].type").value("NOTE"))
                .andExpect(jsonPath("$.timeline[1].actor").value("agent-zhang"))
                .andExpect(jsonPath("$.timeline[1].description").value("客户要求回电"));
    }

    @Test
    void theActorComesFromTheTokenNeverFromTheBody() throws Exception {
        String id = openCase();

        mvc.perform(post("/api/v1/cases/" + id + "/notes").with(ZHANG).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\": \"hello\", \"actor\": \"someone-else\", \"by\": \"someone-else\"}"))
                .andExpect(status().isOk());

        assertThat(cases.timeline(id).getLast().actor()).isEqualTo("agent-zhang");
    }

    @Test
    void invalidFieldsAreA400ProblemListingEachField() throws Exception {
        String id = openCase();

        command(id, "contacts", 0, "{\"outcome\": \" \"}", LI).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:complaintsuite:problem:invalid-request"))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("at", "method",
                        "outcome")));
        command(id, "resolution", 0, "{\"outcome\": \"x\", \"reason\": \"NOT_A_REASON\"}", LI)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        command(id, "assignment", 0, "{\"assignee\": \"%s\"}".formatted("x".repeat(65)), LI)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("assignee"));
        mvc.perform(post("/api/v1/cases/" + id + "/pause").with(LI).header("If-Match", "W/\"0\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"x\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("If-Match"));
        mvc.perform(post("/api/v1/cases/" + id + "/pause").with(LI).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"x\", \"version\": 3}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
        assertThat(cases.get(id).version()).isZero();
    }

    @Test
    void aCommandOnAnUnknownCaseIsA404Problem() throws Exception {
        command("no-such-case", "pause", 0, "{\"reason\": \"x\"}", LI).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:complaintsuite:problem:not-found"));
        mvc.perform(get("/api/v1/cases/no-such-case/timeline").with(LI)).andExpect(status().isNotFound());
    }

    private ResultActions command(String id, String command, long version, String body, RequestPostProcessor user)
            throws Exception {
        var request = post("/api/v1/cases/" + id + "/" + command).with(user).header("If-Match", "\"" + version + "\"");
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }

    private String openCase() {
        String id = "api-" + UUID.randomUUID();
        cases.onReceived(Events.received(id, ComplaintSource.APP, Instant.now().minus(Duration.ofHours(1))));
        return id;
    }
}
