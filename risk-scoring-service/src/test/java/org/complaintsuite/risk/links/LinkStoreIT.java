package org.complaintsuite.risk.links;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import org.complaintsuite.risk.ActingAsSupervisor;
import org.complaintsuite.model.Attachment;
import org.complaintsuite.model.Channel;
import org.complaintsuite.model.ComplaintAssessed;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.model.ComplaintText;
import org.complaintsuite.model.Customer;
import org.complaintsuite.model.Evidence;
import org.complaintsuite.model.RegulatorTransfer;
import org.complaintsuite.model.Representative;
import org.complaintsuite.model.RiskLevel;
import org.complaintsuite.model.RiskSignal;
import org.complaintsuite.risk.Complaints;
import org.complaintsuite.risk.assessment.AssessmentService;
import org.complaintsuite.risk.assessment.AssessmentStore;
import org.complaintsuite.risk.assessment.ReassessmentLane;
import org.complaintsuite.testsupport.KafkaTestInfrastructure;
import org.complaintsuite.testsupport.PostgresTestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The link store on real PostgreSQL: links across customers, rings and the re-assessment of their earlier members,
 * idempotent reprocessing, and scoring from several threads at once (as several instances would).
 */
@SpringBootTest(properties = "spring.kafka.listener.auto-startup=false")
@AutoConfigureMockMvc
@Import({KafkaTestInfrastructure.class, PostgresTestInfrastructure.class, ActingAsSupervisor.class})
class LinkStoreIT {

    private static final Instant T0 = Instant.parse("2025-10-09T08:20:00Z");

    @Autowired
    AssessmentService service;

    @Autowired
    AssessmentStore assessments;

    @Autowired
    ReassessmentLane reassessments;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aRingRevealedByASharedAgentPhoneReissuesTheEarlierMembersAssessments() throws Exception {
        String agentPhone = uniquePhone();
        String run = UUID.randomUUID().toString().substring(0, 8);

        List<ComplaintAssessed> first = service.process(transfer("ring-" + run + "-1", agentPhone, T0));
        assertThat(first).singleElement().satisfies(a -> assertThat(a.proxy().level()).isEqualTo(RiskLevel.LOW));

        List<ComplaintAssessed> second = service.process(transfer("ring-" + run + "-2", agentPhone, T0.plusSeconds(3600)));
        // the second complaint's own assessment at once; the first one's again once the queue is worked through:
        // its agent now speaks for two customers
        assertThat(second).extracting(ComplaintAssessed::complaintId).containsExactly("ring-" + run + "-2");
        settle();
        assertThat(codes(latest("ring-" + run + "-1").proxy().signals())).contains("SHARED_AGENT_CONTACT");

        service.process(transfer("ring-" + run + "-3", agentPhone, T0.plusSeconds(7200)));
        settle();

        for (int member = 1; member <= 3; member++) {
            ComplaintAssessed assessed = latest("ring-" + run + "-" + member);
            assertThat(codes(assessed.proxy().signals())).contains("RING", "SHARED_AGENT_CONTACT");
            assertThat(assessed.proxy().level().isAtLeast(RiskLevel.HIGH)).isTrue();
        }
        String ringId = ringOf("ring-" + run + "-3");
        assertThat(signal(latest("ring-" + run + "-1").proxy().signals(), "RING").evidence().getFirst())
                .isEqualTo(new Evidence(Evidence.Kind.RING, ringId, -1, -1));
        mvc.perform(get("/api/v1/clusters/" + ringId)).andExpect(status().isOk())
                .andExpect(jsonPath("$.customers").value(3))
                .andExpect(jsonPath("$.members.length()").value(3))
                .andExpect(jsonPath("$.edges[?(@.reason == 'SHARED_PHONE')]").exists());
        mvc.perform(get("/api/v1/assessments/ring-" + run + "-1")).andExpect(status().isOk())
                .andExpect(jsonPath("$.proxy.signals[?(@.code == 'RING')]").exists());
    }

    @Test
    void aComplaintLinkingTwoRingsMergesThemIntoTheRingWithTheSmallerIdAndReassessesEveryEarlierMember()
            throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String phone = uniquePhone();
        String email = "agent-" + run + "@example.com";
        // two rings of two customers each: one by an agent's phone, one by an agent's e-mail
        service.process(transfer("merge-" + run + "-a1", agent(phone, null), T0));
        service.process(transfer("merge-" + run + "-a2", agent(phone, null), T0.plusSeconds(60)));
        service.process(transfer("merge-" + run + "-b1", agent(uniquePhone(), email), T0.plusSeconds(120)));
        service.process(transfer("merge-" + run + "-b2", agent(uniquePhone(), email), T0.plusSeconds(180)));
        settle();
        String ringA = ringOf("merge-" + run + "-a1");
        String ringB = ringOf("merge-" + run + "-b1");
        assertThat(ringA).isEqualTo("ring-merge-" + run + "-a1").isEqualTo(ringOf("merge-" + run + "-a2"));
        assertThat(ringB).isEqualTo("ring-merge-" + run + "-b1").isEqualTo(ringOf("merge-" + run + "-b2"));
        // two customers a ring: not yet a RING signal (ring-min-customers 3)
        assertThat(codes(latest("merge-" + run + "-b1").proxy().signals())).doesNotContain("RING");

        // the agent's phone of the first ring and the e-mail of the second
        service.process(transfer("merge-" + run + "-m", agent(phone, email), T0.plusSeconds(240)));
        settle();

        for (String member : List.of("a1", "a2", "b1", "b2", "m")) {
            String id = "merge-" + run + "-" + member;
            assertThat(ringOf(id)).as(id).isEqualTo(ringA);
            assertThat(codes(latest(id).proxy().signals())).as(id).contains("RING");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM cluster_member WHERE cluster_id = ?").param(ringB)
                .query(Integer.class).single()).isZero();
        mvc.perform(get("/api/v1/clusters/" + ringA)).andExpect(status().isOk())
                .andExpect(jsonPath("$.customers").value(5))
                .andExpect(jsonPath("$.members.length()").value(5))
                .andExpect(jsonPath("$.edges[?(@.reason == 'SHARED_PHONE')]").exists())
                .andExpect(jsonPath("$.edges[?(@.reason == 'SHARED_EMAIL')]").exists());
    }

    @Test
    void aRedeliveredRingComplaintAddsNoLinkOrMemberTwiceAndQueuesNothing() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String phone = uniquePhone();
        service.process(transfer("redeliver-" + run + "-1", phone, T0));
        service.process(transfer("redeliver-" + run + "-2", phone, T0.plusSeconds(60)));
        ComplaintReceived third = transfer("redeliver-" + run + "-3", phone, T0.plusSeconds(120));
        service.process(third);
        settle();
        String ring = ringOf(third.complaintId());
        int edges = jdbc.sql("SELECT count(*) FROM cluster_edge WHERE complaint_a LIKE ? OR complaint_b LIKE ?")
                .params("redeliver-" + run + "-%", "redeliver-" + run + "-%").query(Integer.class).single();
        assertThat(edges).isEqualTo(3);

        // its assessment unchanged: nothing new in the outbox
        assertThat(service.process(third)).isEmpty();

        assertThat(jdbc.sql("SELECT count(*) FROM ring_reassessment WHERE caused_by = ?")
                .param(third.complaintId()).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM reassessment_queue WHERE caused_by = ?")
                .param(third.complaintId()).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM cluster_edge WHERE complaint_a LIKE ? OR complaint_b LIKE ?")
                .params("redeliver-" + run + "-%", "redeliver-" + run + "-%").query(Integer.class).single())
                .isEqualTo(edges);
        assertThat(jdbc.sql("SELECT count(*) FROM cluster_member WHERE cluster_id = ?").param(ring)
                .query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void processingTheSameComplaintAgainChangesNothingAndDoesNotCountItsLinksTwice() {
        String phone = uniquePhone();
        ComplaintReceived complaint = transfer("again-" + UUID.randomUUID(), phone, T0);
        service.process(complaint);
        ComplaintAssessed before = latest(complaint.complaintId());
        int identifiers = count("complaint_identifier", complaint.complaintId());
        int bands = count("text_band", complaint.complaintId());

        List<ComplaintAssessed> again = service.process(complaint);

        assertThat(again).isEmpty();
        assertThat(latest(complaint.complaintId())).isEqualTo(before);
        assertThat(count("complaint_identifier", complaint.complaintId())).isEqualTo(identifiers);
        assertThat(count("text_band", complaint.complaintId())).isEqualTo(bands);
    }

    @Test
    void aCustomersEarlierComplaintsWithinThirtyDaysAreRepeats() {
        String customer = "cid-" + UUID.randomUUID();
        service.process(chat("rep-1-" + customer, customer, "利息太高了", T0));
        service.process(chat("rep-2-" + customer, customer, "还是没人处理", T0.plus(Duration.ofDays(10))));
        service.process(chat("rep-3-" + customer, customer, "你们到底管不管", T0.plus(Duration.ofDays(50))));

        assertThat(signal(latest("rep-2-" + customer).escalation().signals(), "REPEAT_COMPLAINT").evidence())
                .extracting(e -> e.value()).containsExactly("rep-1-" + customer);
        // 50 days after the first and 40 after the second: outside the window
        assertThat(codes(latest("rep-3-" + customer).escalation().signals())).doesNotContain("REPEAT_COMPLAINT");
    }

    @Test
    void aComplaintScoredBeforeTheCustomersEarlierOneIsAssessedAgainAsARepeat() {
        // two partitions: the later complaint is scored first, and cannot see the earlier one yet
        String customer = "cid-" + UUID.randomUUID();
        service.process(chat("late-2-" + customer, customer, "还是没人处理，我要投诉", T0.plus(Duration.ofDays(3))));
        assertThat(codes(latest("late-2-" + customer).escalation().signals())).doesNotContain("REPEAT_COMPLAINT");

        service.process(chat("late-1-" + customer, customer, "利息太高了", T0));
        settle();

        assertThat(signal(latest("late-2-" + customer).escalation().signals(), "REPEAT_COMPLAINT").evidence())
                .extracting(e -> e.value()).containsExactly("late-1-" + customer);
        assertThat(codes(latest("late-1-" + customer).escalation().signals())).doesNotContain("REPEAT_COMPLAINT");
    }

    @Test
    void aTemplateFiledForTwoDifferentCustomersIsANearDuplicate() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        service.process(chat("tpl-1-" + run, "cid-a-" + run, template("张伟", "8000", "2024年12月3日"), T0));
        service.process(chat("tpl-2-" + run, "cid-b-" + run, template("李娜", "12500", "2025年1月19日"),
                T0.plusSeconds(600)));
        service.process(chat("tpl-3-" + run, "cid-c-" + run, "你们提前还款为什么还扣我利息，我要一个说法", T0.plusSeconds(900)));
        settle();

        assertThat(codes(latest("tpl-2-" + run).proxy().signals())).contains("NEAR_DUPLICATE_TEXT");
        assertThat(codes(latest("tpl-1-" + run).proxy().signals())).contains("NEAR_DUPLICATE_TEXT");
        assertThat(codes(latest("tpl-3-" + run).proxy().signals())).doesNotContain("NEAR_DUPLICATE_TEXT");
    }

    @Test
    void anAgencysShortScriptReadOutByThreeCustomersMakesARingButAnIncidentsLookAlikesDoNot() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String[] lenders = {"乐享借", "安逸借", "好期贷"};
        for (int i = 0; i < 3; i++) {
            service.process(chat("script-" + run + "-" + i, "cid-script-" + run + "-" + i, "你好，我要投诉你们" + lenders[i]
                    + "。你们的利息太高了，年化都超过36%了，这是违法的。不准再上报我的征信。不同意的话我就在黑猫投诉上曝光你们。",
                    T0.plusSeconds(600L * i)));
            service.process(chat("outage-" + run + "-" + i, "cid-outage-" + run + "-" + i,
                    "今天早上你们的应用一直登录不上去，还款也还不了，会不会算我逾期？", T0.plusSeconds(600L * i + 60)));
        }
        settle();

        for (int i = 0; i < 3; i++) {
            ComplaintAssessed script = latest("script-" + run + "-" + i);
            assertThat(codes(script.proxy().signals())).as("script " + i).contains("NEAR_DUPLICATE_TEXT", "RING");
            assertThat(script.proxy().level().isAtLeast(RiskLevel.HIGH)).as("script " + i).isTrue();
            assertThat(latest("outage-" + run + "-" + i).proxy().signals()).as("outage " + i).isEmpty();
        }
    }

    @Test
    void lettersOfDifferentLawFirmsFromOneTemplateMakeNoRing() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String[] firms = {"山东大成和律师事务所", "河北德恒信律师事务所", "上海维正律师事务所"};
        for (int i = 0; i < 3; i++) {
            service.process(transfer("lawyer-" + run + "-" + i,
                    new Representative("律师" + i, uniquePhone(), null, firms[i], true), T0.plusSeconds(600L * i),
                    "受当事人委托，本律师就其在贵司借款一事致函贵司：当事人反映借款时被收取担保费，实际到账金额少于合同金额。"
                            + "请贵司核实相关收费的合同依据并予以书面说明。如协商不成，当事人将通过诉讼途径解决，由此产生的费用由贵司承担。"));
        }
        settle();

        for (int i = 0; i < 3; i++) {
            String id = "lawyer-" + run + "-" + i;
            assertThat(codes(latest(id).proxy().signals())).as(id).doesNotContain("NEAR_DUPLICATE_TEXT", "RING");
            assertThat(jdbc.sql("SELECT count(*) FROM cluster_member WHERE complaint_id = ?").param(id)
                    .query(Integer.class).single()).as(id).isZero();
        }
    }

    @Test
    void onePersonKnownUnderAKeyOfEachKindIsOneCustomerButThreeIdNumbersAreThree() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String phone = uniquePhone();
        // one person: by customer id in the app, by ID number through the regulator, by the phone alone on a call
        List<String> one = List.of("cid-", "idn-", "tel-");
        for (int i = 0; i < one.size(); i++) {
            service.process(Complaints.complaint("one-" + run + "-" + i).customerKey(one.get(i) + run).phone(phone)
                    .receivedAt(T0.plusSeconds(60L * i)).build());
        }
        // three ID numbers are three people, whatever phone they give
        String shared = uniquePhone();
        for (int i = 0; i < 3; i++) {
            service.process(Complaints.complaint("three-" + run + "-" + i).customerKey("idn-" + run + "-" + i)
                    .phone(shared).receivedAt(T0.plusSeconds(60L * i)).build());
        }
        settle();

        for (int i = 0; i < one.size(); i++) {
            assertThat(codes(latest("one-" + run + "-" + i).proxy().signals())).as(one.get(i))
                    .doesNotContain("SHARED_CONTACT", "RING");
        }
        assertThat(codes(latest("three-" + run + "-2").proxy().signals())).contains("SHARED_CONTACT");
    }

    @Test
    void complaintsScoredAtTheSameMomentStillSeeEachOther() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<String[]> pairs = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String phone = uniquePhone();
                String a = "con-a-" + UUID.randomUUID();
                String b = "con-b-" + UUID.randomUUID();
                pairs.add(new String[] {a, b});
                List<Callable<List<ComplaintAssessed>>> both = List.of(
                        () -> service.process(transfer(a, phone, T0)),
                        () -> service.process(transfer(b, phone, T0.plusSeconds(1))));
                for (Future<List<ComplaintAssessed>> done : pool.invokeAll(both)) {
                    done.get();
                }
            }
            settle();
            for (String[] pair : pairs) {
                assertThat(codes(latest(pair[0]).proxy().signals())).as(pair[0]).contains("SHARED_AGENT_CONTACT");
                assertThat(codes(latest(pair[1]).proxy().signals())).as(pair[1]).contains("SHARED_AGENT_CONTACT");
            }
        }
        finally {
            pool.shutdownNow();
        }
    }

    @Test
    void growthsOfARingBeforeItIsExpandedQueueItOnce() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String phone = uniquePhone();
        service.process(transfer("once-" + run + "-1", phone, T0));
        service.process(transfer("once-" + run + "-2", phone, T0.plusSeconds(60)));
        settle();
        String ring = ringOf("once-" + run + "-1");

        // two newcomers in one transaction, so the relay cannot expand the ring between them
        int queued = transactions.execute(status -> {
            service.process(transfer("once-" + run + "-3", phone, T0.plusSeconds(120)));
            service.process(transfer("once-" + run + "-4", phone, T0.plusSeconds(180)));
            return jdbc.sql("SELECT count(*) FROM ring_reassessment WHERE cluster_id = ?").param(ring)
                    .query(Integer.class).single();
        });
        assertThat(queued).isEqualTo(1);
        settle();

        // the one expansion read the ring as it was after both
        for (int member = 1; member <= 4; member++) {
            assertThat(signal(latest("once-" + run + "-" + member).proxy().signals(), "RING").description())
                    .as("member " + member).contains("4 complaints from 4 customers");
        }
    }

    @Test
    void aRingBiggerThanTheCapHasItsStalestMembersAssessedAgainInTurn() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String phone = uniquePhone();
        for (int member = 1; member <= 51; member++) {
            service.process(transfer(memberId(run, member), phone, T0.plusSeconds(60L * member)));
        }
        settle();

        // max-reassessments is 50: one expansion renews 50 of the 51 others; the newcomer was assessed just now
        service.process(transfer(memberId(run, 52), phone, T0.plusSeconds(60L * 52)));
        settle();
        List<String> missed = membersWithout(run, 52, "52 complaints from 52 customers");
        assertThat(missed).hasSize(1);

        // the next growth renews the one left out first
        service.process(transfer(memberId(run, 53), phone, T0.plusSeconds(60L * 53)));
        settle();
        assertThat(signal(latest(missed.getFirst()).proxy().signals(), "RING").description())
                .contains("53 complaints from 53 customers");
        // 52 others this time: two are left out, not the one left out before
        assertThat(membersWithout(run, 53, "53 complaints from 53 customers")).hasSize(2)
                .doesNotContain(missed.getFirst());
    }

    private List<String> membersWithout(String run, int members, String ring) {
        List<String> without = new ArrayList<>();
        for (int member = 1; member <= members; member++) {
            String id = memberId(run, member);
            if (latest(id).proxy().signals().stream().noneMatch(s -> s.code().equals("RING")
                    && s.description().contains(ring))) {
                without.add(id);
            }
        }
        return without;
    }

    private static String memberId(String run, int member) {
        return "cap-" + run + "-" + String.format("%02d", member);
    }

    /**
     * Works the re-assessment queues on this thread until they are empty and committed, taking each ring once its
     * coalescing window has passed (the lane's own thread may be draining side by side).
     */
    private void settle() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            reassessments.drain();
            return jdbc.sql("SELECT (SELECT count(*) FROM ring_reassessment) + (SELECT count(*) FROM reassessment_queue)")
                    .query(Integer.class).single() == 0;
        });
    }

    private ComplaintAssessed latest(String complaintId) {
        return assessments.find(complaintId).orElseThrow();
    }

    private String ringOf(String complaintId) {
        return jdbc.sql("SELECT cluster_id FROM cluster_member WHERE complaint_id = ?").param(complaintId)
                .query(String.class).single();
    }

    private int count(String table, String complaintId) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE complaint_id = ?").param(complaintId)
                .query(Integer.class).single();
    }

    private static List<String> codes(List<RiskSignal> signals) {
        return signals.stream().map(RiskSignal::code).toList();
    }

    private static RiskSignal signal(List<RiskSignal> signals, String code) {
        return signals.stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }

    private static String uniquePhone() {
        return "+86177" + String.format("%08d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 100_000_000L));
    }

    private static String template(String name, String amount, String date) {
        return "本人" + name + "于" + date + "在贵司借款" + amount + "元，贵司在放款时强制搭售会员服务并收取高额担保费，"
                + "综合年化利率远超国家规定的上限，严重侵害了本人的合法权益。现本人要求贵司退还已收取的全部担保费和会员费，"
                + "并重新核算利息，否则本人将向相关部门反映。";
    }

    /** A regulator transfer of a different customer each time, filed by an agent with the given phone. */
    private static ComplaintReceived transfer(String complaintId, String agentPhone, Instant receivedAt) {
        return transfer(complaintId, new Representative("代理人", agentPhone, null, null, false), receivedAt);
    }

    private static Representative agent(String phone, String email) {
        return new Representative("代理人", phone, email, null, false);
    }

    private static ComplaintReceived transfer(String complaintId, Representative agent, Instant receivedAt) {
        return transfer(complaintId, agent, receivedAt, "本人借款后被收取会员费，要求退还");
    }

    private static ComplaintReceived transfer(String complaintId, Representative agent, Instant receivedAt,
            String text) {
        return new ComplaintReceived(UUID.randomUUID(), receivedAt, complaintId, Channel.REGULATOR,
                ComplaintSource.NFRA_12378, "NFRA-" + complaintId, receivedAt,
                new Customer(null, "idn-" + complaintId, "客户", null, "hash-" + complaintId, "4403**********0000",
                        null, null, null),
                agent,
                new ComplaintText(text, text, null, null, "贷款", null),
                new RegulatorTransfer("NFRA-" + complaintId, null), List.<Attachment>of(), List.of());
    }

    private static ComplaintReceived chat(String complaintId, String customerKey, String text, Instant receivedAt) {
        return new ComplaintReceived(UUID.randomUUID(), receivedAt, complaintId, Channel.CHAT, ComplaintSource.APP,
                "CHAT-" + complaintId, receivedAt,
                new Customer(null, customerKey, null, null, null, null, null, null, null), null,
                new ComplaintText(text, text, null, null, null, null), null, List.of(), List.of());
    }
}
