package org.complaintsuite.workflow.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

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
import org.complaintsuite.model.RiskAssessment;
import org.complaintsuite.model.RiskSignal;
import org.complaintsuite.model.Utterance;
import org.complaintsuite.testsupport.KafkaTestInfrastructure;
import org.complaintsuite.testsupport.PostgresTestInfrastructure;
import org.complaintsuite.workflow.Events;
import org.complaintsuite.workflow.TestTokens;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A case shows what an agent needs: the complaint's words and conversation, the complainant, the signals with their
 * evidence, the related cases; lists show the complainant masked; every read of the personal data is recorded.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({KafkaTestInfrastructure.class, PostgresTestInfrastructure.class})
class CaseFileIT {

    private static final RequestPostProcessor LI = TestTokens.as("agent-li", "AGENT");
    private static final RequestPostProcessor WANG = TestTokens.as("lead-wang", "SUPERVISOR");
    private static final Instant RECEIVED = Instant.parse("2025-10-09T08:20:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseService cases;

    @Test
    void aCaseShowsTheComplaintTheComplainantAndTheSignalsWithTheirEvidence() throws Exception {
        String id = "file-" + UUID.randomUUID();
        cases.onReceived(regulatorTransfer(id, "cust-" + id));
        cases.onAssessed(new ComplaintAssessed(UUID.randomUUID(), RECEIVED.plusSeconds(5), id,
                RiskAssessment.fromSignals(List.of(new RiskSignal("REGULATOR_THREAT", "threatens to go to a regulator",
                        60, List.of(Evidence.span("银保监会", 7))))),
                RiskAssessment.fromSignals(List.of(new RiskSignal("RING", "part of ring R-7: 9 complaints", 40,
                        List.of(new Evidence(Evidence.Kind.RING, "R-7", -1, -1),
                                new Evidence(Evidence.Kind.LINKED_COMPLAINT, "other", -1, -1))),
                        new RiskSignal("SHARED_AGENT_CONTACT", "an agent's contact appears on other complaints", 40,
                                List.of(new Evidence(Evidence.Kind.IDENTIFIER,
                                        "PHONE +86177****5678 (AGENT) shared with 3 other customer(s)", -1, -1)))))));

        mvc.perform(get("/api/v1/cases/" + id).with(LI)).andExpect(status().isOk())
                .andExpect(jsonPath("$.customer.name").value("陈某"))
                .andExpect(jsonPath("$.customer.phone").value("+8613800138000"))
                .andExpect(jsonPath("$.customer.idNumberMasked").value("4403**********123X"))
                .andExpect(jsonPath("$.complaint.customerText").value("再不处理我就去银保监会投诉"))
                .andExpect(jsonPath("$.complaint.originalText").value("再不處理我就去銀保監會投訴\uFFFD"))
                .andExpect(jsonPath("$.complaint.demands").value("退还担保费、会员费"))
                .andExpect(jsonPath("$.complaint.regulatorCaseNumber").value("NFRA-GD-2025-004512"))
                .andExpect(jsonPath("$.complaint.regulatorDeadline").value("2025-10-24"))
                .andExpect(jsonPath("$.complaint.attachments[0].name").value("委托书.pdf"))
                .andExpect(jsonPath("$.complaint.representative.organization").value("某某法务咨询有限公司"))
                .andExpect(jsonPath("$.complaint.representative.powerOfAttorney").value(true))
                .andExpect(jsonPath("$.escalation.signals[0].code").value("REGULATOR_THREAT"))
                .andExpect(jsonPath("$.escalation.signals[0].evidence[0].value").value("银保监会"))
                .andExpect(jsonPath("$.escalation.signals[0].evidence[0].start").value(7))
                .andExpect(jsonPath("$.escalation.signals[0].evidence[0].end").value(11))
                .andExpect(jsonPath("$.proxy.signals[*].code").value(contains("RING", "SHARED_AGENT_CONTACT")))
                .andExpect(jsonPath("$.proxy.signals[1].evidence[0].value")
                        .value("PHONE +86177****5678 (AGENT) shared with 3 other customer(s)"))
                .andExpect(jsonPath("$.ring.id").value("R-7"))
                .andExpect(jsonPath("$.ring.cases").value(1))
                .andExpect(jsonPath("$.regulatorExtension.days").value(15));
    }

    @Test
    void aCallShowsItsTranscriptWithEverySpeakerAndAChatItsMessages() throws Exception {
        String call = "call-" + UUID.randomUUID();
        ComplaintReceived phone = Events.received(call, ComplaintSource.PHONE, RECEIVED);
        cases.onReceived(withConversation(phone, List.of(
                new Utterance(Utterance.Speaker.CUSTOMER, RECEIVED.plusSeconds(1), "你们提前还款为什么还扣我利息"),
                new Utterance(Utterance.Speaker.AGENT, RECEIVED.plusSeconds(5), "您好,我帮您查询一下"))));
        String chat = "chat-" + UUID.randomUUID();
        cases.onReceived(withConversation(Events.received(chat, ComplaintSource.APP, RECEIVED), List.of(
                new Utterance(Utterance.Speaker.CUSTOMER, RECEIVED, "再不处理我就去银保监会投诉!"),
                new Utterance(Utterance.Speaker.BOT, RECEIVED.plusSeconds(1), "正在为您转接人工客服"))));

        mvc.perform(get("/api/v1/cases/" + call).with(LI)).andExpect(status().isOk())
                .andExpect(jsonPath("$.complaint.transcript[*].speaker").value(contains("CUSTOMER", "AGENT")))
                .andExpect(jsonPath("$.complaint.transcript[1].text").value("您好,我帮您查询一下"))
                .andExpect(jsonPath("$.complaint.transcript[1].at").value("2025-10-09T08:20:05Z"))
                .andExpect(jsonPath("$.complaint.messages", hasSize(0)));
        mvc.perform(get("/api/v1/cases/" + chat).with(LI)).andExpect(status().isOk())
                .andExpect(jsonPath("$.complaint.messages[*].speaker").value(contains("CUSTOMER", "BOT")))
                .andExpect(jsonPath("$.complaint.transcript", hasSize(0)));
    }

    @Test
    void theQueueShowsTheComplainantMaskedAndARepeatIsRelatedBothWays() throws Exception {
        String customer = "cust-" + UUID.randomUUID();
        String first = "first-" + UUID.randomUUID();
        String repeat = "repeat-" + UUID.randomUUID();
        cases.onReceived(regulatorTransfer(first, customer));
        cases.onReceived(withCustomerKey(Events.received(repeat, ComplaintSource.PHONE, RECEIVED.plusSeconds(60)),
                customer));

        String assignee = "agent-" + UUID.randomUUID().toString().substring(0, 8);
        cases.change(first, null, kase -> kase.lifecycle().assign(assignee, "lead-wang", cases.now()));

        mvc.perform(get("/api/v1/cases?assignee=" + assignee).with(LI)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.complaintId == '" + first + "')].customerName").value(contains("陈*")))
                .andExpect(jsonPath("$.items[?(@.complaintId == '" + first + "')].customerPhone")
                        .value(contains("+86138****8000")));
        mvc.perform(get("/api/v1/cases/" + repeat).with(LI)).andExpect(status().isOk())
                .andExpect(jsonPath("$.related[0].complaintId").value(first))
                .andExpect(jsonPath("$.related[0].relation").value("REPEAT_OF"));
        mvc.perform(get("/api/v1/cases/" + first).with(LI)).andExpect(status().isOk())
                .andExpect(jsonPath("$.related[0].complaintId").value(repeat))
                .andExpect(jsonPath("$.related[0].relation").value("REPEATED_BY"));
    }

    @Test
    void everyReadOfACaseIsRecordedAndOnlyASupervisorReadsTheRecord() throws Exception {
        String id = "audited-" + UUID.randomUUID();
        cases.onReceived(regulatorTransfer(id, "cust-" + id));

        mvc.perform(get("/api/v1/cases/" + id).with(LI)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/cases/" + id).with(WANG)).andExpect(status().isOk());

        mvc.perform(get("/api/v1/cases/" + id + "/access-log").with(LI)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cases/" + id + "/access-log").with(WANG)).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[*].actor").value(contains("lead-wang", "agent-li")))
                .andExpect(jsonPath("$[0].action").value("READ_CASE"));
        mvc.perform(get("/api/v1/audit/personal-data?actor=agent-li&complaintId=" + id).with(WANG))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].complaintId").value(id));
        mvc.perform(get("/api/v1/audit/personal-data").with(LI)).andExpect(status().isForbidden());
    }

    /** A regulator transfer by a "法务" company with a power of attorney; its raw words carry a NUL character. */
    private static ComplaintReceived regulatorTransfer(String id, String customerKey) {
        return new ComplaintReceived(UUID.randomUUID(), RECEIVED.plusSeconds(1), id, Channel.REGULATOR,
                ComplaintSource.NFRA_12378, "NFRA-" + id, RECEIVED,
                new Customer(null, customerKey, "陈某", "+8613800138000", "hash", "4403**********123X", null,
                        "广东省深圳市南山区科技园路1号", "广东省深圳市南山区科技园路1号"),
                new Representative("李某", "+8617712345678", null, "某某法务咨询有限公司", true),
                new ComplaintText("再不处理我就去银保监会投诉", "再不處理我就去銀保監會投訴\u0000", null, "退还担保费、会员费", "贷款",
                        null),
                new RegulatorTransfer("NFRA-GD-2025-004512", LocalDate.parse("2025-10-24")),
                List.of(new Attachment("委托书.pdf", "9f2c")), List.of());
    }

    private static ComplaintReceived withConversation(ComplaintReceived c, List<Utterance> conversation) {
        return new ComplaintReceived(c.eventId(), c.occurredAt(), c.complaintId(), c.channel(), c.source(),
                c.externalReference(), c.receivedAt(), c.customer(), c.representative(), c.text(), c.regulator(),
                c.attachments(), c.normalizationWarnings(), conversation);
    }

    private static ComplaintReceived withCustomerKey(ComplaintReceived c, String customerKey) {
        var customer = c.customer();
        return new ComplaintReceived(c.eventId(), c.occurredAt(), c.complaintId(), c.channel(), c.source(),
                c.externalReference(), c.receivedAt(), new Customer(customer.customerId(), customerKey,
                        customer.name(), customer.phone(), null, null, null, null, null), c.representative(), c.text(),
                c.regulator(), c.attachments(), c.normalizationWarnings(), c.conversation());
    }
}
