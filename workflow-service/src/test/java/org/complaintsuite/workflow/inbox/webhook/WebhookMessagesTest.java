package org.complaintsuite.workflow.inbox.webhook;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.model.SlaAlertRaised;
import org.complaintsuite.workflow.inbox.Alerts;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookMessagesTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final WebhookMessages messages = new WebhookMessages(json);

    @Test
    void aBreachIsTitledInChineseWithTheDueTimeInBeijingTime() {
        SlaAlertRaised breach = Alerts.firstContact("CC-20251011-000123", 100, "ESCALATED", "agent-li");

        assertThat(WebhookMessages.title(breach)).isEqualTo("【SLA 超时】投诉 CC-20251011-000123 首次联系 已超时");
        // due 2025-10-13T01:15:02Z = 09:15 in Beijing
        assertThat(WebhookMessages.text(breach)).contains("技能组：升级投诉组", "时限：首次联系", "阈值：100%",
                "到期时间：2025-10-13 09:15（北京时间）");
    }

    @Test
    void aWarningSaysTheShareOfTheTimeUsed() {
        assertThat(WebhookMessages.title(Alerts.firstContact("c1", 90, "FEES", null)))
                .isEqualTo("【SLA 预警】投诉 c1 首次联系 已用时 90%");
    }

    @Test
    void theMessageCarriesNoPersonalDataNotEvenTheAgent() {
        String text = WebhookMessages.text(Alerts.firstContact("c1", 100, "FEES", "agent-li"));

        assertThat(text).doesNotContain("agent-li");
    }

    @Test
    void dingTalkGetsAMarkdownMessageWithTitleAndText() {
        JsonNode body = json.readTree(messages.body(WebhookFormat.DINGTALK,
                Alerts.firstContact("c1", 100, "FEES", null)));

        assertThat(body.get("msgtype").asString()).isEqualTo("markdown");
        assertThat(body.get("markdown").get("title").asString()).isEqualTo("【SLA 超时】投诉 c1 首次联系 已超时");
        assertThat(body.get("markdown").get("text").asString()).startsWith("### 【SLA 超时】投诉 c1");
        assertThat(body.get("markdown").propertyNames()).containsExactly("title", "text");
    }

    @Test
    void weComGetsAMarkdownMessageWithContent() {
        JsonNode body = json.readTree(messages.body(WebhookFormat.WECOM, Alerts.firstContact("c1", 90, "FEES", null)));

        assertThat(body.get("msgtype").asString()).isEqualTo("markdown");
        assertThat(body.get("markdown").propertyNames()).containsExactly("content");
        assertThat(body.get("markdown").get("content").asString()).contains("费用组", "阈值：90%");
    }
}
