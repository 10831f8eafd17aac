package org.complaintsuite.workflow.inbox.webhook;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.model.SlaAlertRaised;

/**
 * The robot message of an alert, in Chinese, with no personal data: the complaint id, the group, the clock, the
 * threshold and the due time in Beijing time; neither the customer nor the agent.
 */
public final class WebhookMessages {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final Map<String, String> GROUPS = Map.of(
            "GENERAL", "普通技能组", "COMPLEX", "疑难业务组", "ESCALATED", "升级投诉组", "PROACTIVE", "消保专线组",
            "CREDIT_REPORT", "征信组", "FEES", "费用组", "PUBLIC_PLATFORM", "黑猫组", "ANTI_FRAUD", "反欺诈组");

    private final JsonMapper json;

    public WebhookMessages(JsonMapper json) {
        this.json = json;
    }

    /** The request body for a robot of this format. */
    public String body(WebhookFormat format, SlaAlertRaised alert) {
        Map<String, Object> markdown = new LinkedHashMap<>();
        switch (format) {
            case DINGTALK -> {
                markdown.put("title", title(alert));
                markdown.put("text", text(alert));
            }
            case WECOM -> markdown.put("content", text(alert));
        }
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("msgtype", "markdown");
        message.put("markdown", markdown);
        return json.writeValueAsString(message);
    }

    /** E.g. {@code 【SLA 超时】投诉 CC-1 首次联系 已超时}. */
    public static String title(SlaAlertRaised alert) {
        String clock = clock(alert.clock());
        return alert.kind() == SlaAlertRaised.Kind.BREACH
                ? "【SLA 超时】投诉 %s %s 已超时".formatted(alert.complaintId(), clock)
                : "【SLA 预警】投诉 %s %s 已用时 %d%%".formatted(alert.complaintId(), clock, alert.threshold());
    }

    public static String text(SlaAlertRaised alert) {
        return """
                ### %s
                - 投诉编号：%s
                - 技能组：%s
                - 时限：%s
                - 阈值：%d%%
                - 到期时间：%s（北京时间）
                """.formatted(title(alert), alert.complaintId(), GROUPS.getOrDefault(alert.group(), alert.group()),
                clock(alert.clock()), alert.threshold(), beijing(alert.dueAt()));
    }

    static String clock(SlaAlertRaised.Clock clock) {
        return switch (clock) {
            case FIRST_CONTACT -> "首次联系";
            case RESOLUTION -> "办结";
            case REGULATOR -> "监管时限";
        };
    }

    static String beijing(Instant instant) {
        return TIME.format(instant.atZone(BEIJING));
    }
}
