package org.complaintsuite.e2e.console;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.e2e.ServiceProcess;
import org.complaintsuite.e2e.SuiteTokens;
import org.complaintsuite.e2e.evaluation.RunningSuite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The console in a real headless Chromium, against the running suite: each of the three local users signs in
 * through the login form and works as they would. Every test posts complaints of its own (own chat session, customer
 * and phone), so the tests do not depend on each other's data or order. Screenshots go to target/screenshots.
 */
@ExtendWith(RunningSuite.Extension.class)
@ExtendWith(ConsoleBrowserIT.ScreenshotOnFailure.class)
class ConsoleBrowserIT {

    /** What the browser showed when a test failed: target/screenshots/failed-&lt;test&gt;.png. */
    static final class ScreenshotOnFailure implements org.junit.jupiter.api.extension.TestWatcher {

        @Override
        public void testFailed(org.junit.jupiter.api.extension.ExtensionContext context, Throwable cause) {
            if (browser != null) {
                try {
                    browser.screenshot("failed-" + context.getRequiredTestMethod().getName());
                }
                catch (RuntimeException ex) {
                    cause.addSuppressed(ex);
                }
            }
        }
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final String PASSWORD = "dev";

    private static ServiceProcess intake;
    private static ServiceProcess workflow;
    private static ServiceProcess console;
    private static Browser browser;

    @BeforeAll
    static void startConsoleAndBrowser(RunningSuite suite) throws IOException {
        intake = suite.intake();
        workflow = suite.workflow();
        console = ServiceProcess.start("console", "e2e.jar.console", Map.of(
                "WORKFLOW_URL", workflow.uri("").toString(),
                "SUITE_JWT_SECRET", SuiteTokens.SECRET,
                "SPRING_PROFILES_ACTIVE", "local"));
        console.awaitHealthy(Duration.ofSeconds(90));
        browser = Browser.start(console.uri("").toString());
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (browser != null) {
                browser.close();
            }
        }
        finally {
            if (console != null) {
                console.close();
            }
        }
    }

    @Test
    void agentSeesTheQueueWithALiveCountdownAndRiskBadges() {
        String complaintId = chatComplaint(Duration.ofHours(1), "再不处理我就去银保监会投诉！利息太高了");

        browser.signIn("agent-li", PASSWORD);
        // the suite's other tests leave hundreds of long-overdue complaints at the top of the queue: the agent looks
        // at those not yet overdue, as one does to catch the next clock before it runs out
        browser.open("/queue?status=RECEIVED&breached=false");

        WebElement row = browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("tr.queue-row[data-complaint-id='" + complaintId + "']")));
        WebElement countdown = row.findElement(By.cssSelector("time.countdown"));
        String first = countdown.getText();
        assertThat(first).startsWith("剩余");
        // the countdown moves by itself, without a reload
        browser.waitFor(Duration.ofSeconds(5)).until(driver -> !countdown.getText().equals(first));
        assertThat(row.findElements(By.cssSelector("[data-risk='escalation']"))).hasSize(1);
        assertThat(row.findElements(By.cssSelector("[data-risk='proxy']"))).hasSize(1);
        browser.screenshot("queue-agent");

        // English on request, kept for the session's next pages
        browser.open("/queue?lang=en&status=RECEIVED&breached=false");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("My queue");
        browser.open("/calendar");
        assertThat(browser.driver().findElement(By.cssSelector("nav a[aria-current='page']")).getText())
                .isEqualTo("Holiday calendar");
        browser.open("/queue?lang=zh_CN");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("我的队列");
    }

    @Test
    void agentOpensACaseAndSeesTheCustomersWordsWithTheEvidenceHighlighted() {
        String complaintId = chatComplaint(Duration.ofHours(2), "再不处理我就去银保监会投诉！你们乱收费");

        browser.signIn("agent-li", PASSWORD);
        browser.open("/queue?status=RECEIVED&breached=false");
        browser.waitFor().until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                "tr.queue-row[data-complaint-id='" + complaintId + "'] a.case-link"))).click();

        WebElement words = browser.waitFor().until(
                ExpectedConditions.presenceOfElementLocated(By.id("customer-words")));
        assertThat(words.getText()).contains("再不处理我就去银保监会投诉");
        List<String> marked = words.findElements(By.tagName("mark")).stream().map(WebElement::getText).toList();
        assertThat(marked).anySatisfy(mark -> assertThat(mark).contains("银保监会"));
        assertThat(browser.driver().findElements(By.cssSelector("#risk [data-signal]"))).isNotEmpty();
        browser.screenshot("case-agent");
        browser.fullPageScreenshot("case-agent");
    }

    @Test
    void agentRecordsTheFirstContactAndSeesTheClockMet() {
        String complaintId = chatComplaint(Duration.ofHours(3), "我的还款记录不对，请尽快联系我");

        browser.signIn("agent-li", PASSWORD);
        browser.open("/cases/" + complaintId);
        assertThat(clockState("FIRST_CONTACT")).isEqualTo("RUNNING");

        browser.driver().findElement(By.id("contact-outcome")).sendKeys("已电话联系客户，解释了还款记录");
        new Select(browser.driver().findElement(By.id("contact-method"))).selectByValue("PHONE");
        browser.driver().findElement(By.cssSelector("#cmd-contact button[type=submit]")).click();

        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("flash-done")));
        assertThat(clockState("FIRST_CONTACT")).isEqualTo("MET");
        assertThat(browser.driver().findElement(By.id("case-status")).getText()).isEqualTo("已首联");
        browser.screenshot("case-contacted");
        browser.fullPageScreenshot("case-contacted");
    }

    @Test
    void supervisorTransfersACaseToAnotherGroup() {
        String complaintId = chatComplaint(Duration.ofHours(4), "担保费和会员费太贵了，要求退还");

        browser.signIn("lead-wang", PASSWORD);
        browser.open("/cases/" + complaintId);
        String before = browser.driver().findElement(By.id("case-group")).getAttribute("data-group");
        String target = "FEES".equals(before) ? "COMPLEX" : "FEES";

        browser.driver().findElement(By.cssSelector("#cmd-transfer")).findElement(By.xpath("..")).findElement(
                By.tagName("summary")).click();
        new Select(browser.driver().findElement(By.id("transfer-group"))).selectByValue(target);
        browser.driver().findElement(By.id("transfer-reason")).sendKeys("涉及费用争议，转费用组处理");
        browser.driver().findElement(By.cssSelector("#cmd-transfer button[type=submit]")).click();

        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("flash-done")));
        assertThat(browser.driver().findElement(By.id("case-group")).getAttribute("data-group")).isEqualTo(target);
        assertThat(getCase(complaintId, "lead-wang", "SUPERVISOR").get("group").asString()).isEqualTo(target);
        browser.screenshot("case-transferred");
        browser.open("/board");
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("board")));
        browser.screenshot("board-supervisor");
    }

    @Test
    void anAlertArrivesInTheInboxWithoutAReload() {
        browser.signIn("agent-li", PASSWORD);
        browser.open("/inbox");
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("inbox-items")));
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript("window.__sameDocument = true;");

        // received 30 hours ago: the first contact's 50 % warning (24 h) has passed, so the next scan raises it
        String complaintId = chatComplaint(Duration.ofHours(30), "三十个小时了还没人理我，非常生气！");

        browser.waitFor(Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#inbox-items tr.inbox-item.unread[data-complaint-id='" + complaintId + "']")));
        assertThat(js.executeScript("return window.__sameDocument === true;")).isEqualTo(true);
        browser.waitFor().until(driver -> {
            List<WebElement> badge = driver.findElements(By.cssSelector("#inbox-unread[data-unread]"));
            return !badge.isEmpty() && Long.parseLong(badge.getFirst().getAttribute("data-unread")) > 0;
        });
        browser.screenshot("inbox-live-alert");
    }

    @Test
    void theDashboardShowsTheFiguresOfTheMetricsApiForTheSamePeriod() {
        chatComplaint(Duration.ofHours(5), "利息太高了");
        LocalDate today = LocalDate.now(BEIJING);
        LocalDate from = today.minusDays(6);

        browser.signIn("ops-zhao", PASSWORD);
        await("dashboard equals the metrics API").atMost(Duration.ofSeconds(40)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                    browser.open("/dashboard?from=" + from + "&to=" + today);
                    browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(
                            By.cssSelector("[data-metric='total.received']")));
                    List<Figure> shown = browser.driver().findElements(By.cssSelector("[data-metric]")).stream()
                            .map(Figure::of).toList();
                    JsonNode report = metrics(from, today.plusDays(1), null);
                    Map<String, JsonNode> api = Map.of(
                            "report", report,
                            "total", report.get("total"),
                            "channel", metrics(from, today.plusDays(1), "channel").get("groups"),
                            "group", metrics(from, today.plusDays(1), "group").get("groups"));
                    List<String> mismatches = new ArrayList<>();
                    for (Figure figure : shown) {
                        figure.compareWith(api, mismatches);
                    }
                    assertThat(shown).hasSizeGreaterThan(20);
                    assertThat(mismatches).isEmpty();
                });
        assertThat(Long.parseLong(browser.driver().findElement(By.cssSelector("[data-metric='total.received']"))
                .getAttribute("data-value"))).isPositive();
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-on-time canvas")));
        browser.screenshot("dashboard-operations");
        browser.fullPageScreenshot("dashboard-operations");
        browser.open("/calendar");
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("calendar-years")));
        browser.screenshot("calendar");
    }

    /** A figure as the page shows it: its report path and raw values. */
    private record Figure(String metric, String value, String numerator, String denominator) {

        static Figure of(WebElement element) {
            return new Figure(element.getAttribute("data-metric"), attribute(element, "data-value"),
                    attribute(element, "data-numerator"), attribute(element, "data-denominator"));
        }

        private static String attribute(WebElement element, String name) {
            String value = element.getAttribute(name);
            return value == null ? "" : value;
        }

        /**
         * {@code total.x.y}, {@code report.x.y} (the report's own fields), {@code channel.PHONE.x},
         * {@code group.FEES.x}; {@code *.total} sums the three clocks.
         */
        void compareWith(Map<String, JsonNode> api, List<String> mismatches) {
            String[] path = metric.split("\\.");
            JsonNode node;
            int rest;
            if (path[0].equals("total") || path[0].equals("report")) {
                node = api.get(path[0]);
                rest = 1;
            }
            else {
                node = null;
                for (JsonNode line : api.get(path[0])) {
                    if (line.get("key").asString().equals(path[1])) {
                        node = line;
                    }
                }
                rest = 2;
                if (node == null) {
                    mismatches.add(metric + ": no line " + path[1] + " in the API's report");
                    return;
                }
            }
            for (int i = rest; i < path.length; i++) {
                if (path[i].equals("total") && i == path.length - 1) {
                    long sum = node.get("firstContact").asLong() + node.get("resolution").asLong()
                            + node.get("regulator").asLong();
                    node = JSON.getNodeFactory().numberNode(sum);
                }
                else {
                    node = node.get(path[i]);
                }
                if (node == null) {
                    mismatches.add(metric + ": not in the API's report");
                    return;
                }
            }
            if (node.has("numerator")) {
                if (!(node.get("numerator").asString().equals(numerator)
                        && node.get("denominator").asString().equals(denominator))) {
                    mismatches.add(metric + ": page " + numerator + "/" + denominator + ", API " + node);
                }
            }
            else if (node.isNull() ? !value.isEmpty() : !(value.equals(node.asString())
                    || node.isNumber() && !value.isEmpty() && Double.parseDouble(value) == node.asDouble())) {
                mismatches.add(metric + ": page " + value + ", API " + node);
            }
        }
    }

    private static String clockState(String clock) {
        return browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#clocks tr[data-clock='" + clock + "']"))).getAttribute("data-state");
    }

    /** A chat complaint of a customer of its own, its first message {@code ago}, assessed before this returns. */
    private static String chatComplaint(Duration ago, String text) {
        String session = "CHAT-UI-" + UUID.randomUUID();
        String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        long sentAt = Instant.now().minus(ago).toEpochMilli();
        String payload = """
                {"sessionId": "%s", "platform": "APP", "userId": "C-UI-%s", "phone": "%s",
                 "messages": [{"from": "USER", "sentAt": %d, "text": "%s"},
                              {"from": "BOT", "sentAt": %d, "text": "正在为您转接人工客服"}],
                 "tags": ["投诉"]}""".formatted(session, UUID.randomUUID(), phone, sentAt, text, sentAt + 1000);
        try {
            var response = HTTP.send(HttpRequest.newBuilder(intake.uri("/api/v1/complaints/chat"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + SuiteTokens.of("callcenter-fe", "INTAKE"))
                    .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
            String complaintId = JSON.readTree(response.body()).get("complaintId").asString();
            AtomicReference<JsonNode> found = new AtomicReference<>();
            await("case " + complaintId + " assessed").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(200)).until(() -> {
                        found.set(getCase(complaintId, "e2e-agent", "AGENT"));
                        return found.get() != null && found.get().hasNonNull("escalation")
                                && found.get().hasNonNull("proxy");
                    });
            return complaintId;
        }
        catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private static JsonNode getCase(String complaintId, String user, String role) {
        JsonNode answer = get("/api/v1/cases/" + complaintId, user, role, true);
        return answer;
    }

    private static JsonNode metrics(LocalDate from, LocalDate to, String groupBy) {
        return get("/api/v1/metrics/sla?from=" + from + "&to=" + to + (groupBy == null ? "" : "&groupBy=" + groupBy),
                "e2e-ops", "OPERATIONS", false);
    }

    private static JsonNode get(String path, String user, String role, boolean notFoundIsNull) {
        try {
            var response = HTTP.send(HttpRequest.newBuilder(workflow.uri(path))
                    .header("Authorization", "Bearer " + SuiteTokens.of(user, role)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (notFoundIsNull && response.statusCode() == 404) {
                return null;
            }
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return JSON.readTree(response.body());
        }
        catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
