package org.complaintsuite.e2e.resilience;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.common.GroupState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.complaintsuite.e2e.ServiceProcess;
import org.complaintsuite.e2e.evaluation.RunningSuite;
import org.complaintsuite.model.Topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Scale-out, the fast version: a second instance of risk scoring and of workflow joins the running suite (same
 * databases, same broker, same consumer groups); once each group has shared the partitions of
 * {@code complaints.received} out between both instances, complaints from many customers are posted. Every one
 * becomes exactly one case, opened once, holding the assessment risk scoring holds as current; and no rebalance took the
 * second instances' partitions back meanwhile, so the complaints of their partitions (about half the customers) were
 * theirs to assess and open. The throughput of several instances is measured by {@code scripts/benchmark-pipeline.sh},
 * not here.
 */
@ExtendWith(RunningSuite.Extension.class)
class ScaleOutIT {

    private static final Logger log = LoggerFactory.getLogger(ScaleOutIT.class);
    private static final Duration STARTUP = Duration.ofSeconds(150);
    private static final int COMPLAINTS = 400;
    private static final String RISK_GROUP = "risk-scoring-service";
    private static final String WORKFLOW_GROUP = "workflow-service";

    /** Ordinary complaints built from four parts, so that customers' words differ as they do (no ring forms). */
    private static final List<List<String>> PARTS = List.of(
            List.of("上个月", "这周", "昨天", "前天晚上", "月初", "今天上午", "周末", "三天前", "刚才", "去年年底",
                    "上周五", "这两天", "最近", "本月中旬", "国庆后", "还款日"),
            List.of("还款后额度没有恢复", "自动扣款扣了两次", "利息比合同写的高", "提前还款还收了手续费",
                    "账单金额对不上", "客服一直没有回电", "APP登录不上去", "逾期记录没有消除", "会员费莫名被扣",
                    "分期手续费太高", "保险费没告诉我就扣了", "退款一直没到账", "短信提醒太频繁", "额度突然被降",
                    "还款入口找不到", "合同里的费率看不懂"),
            List.of("请尽快核实", "希望给个说法", "麻烦帮忙处理", "请把多扣的钱退回", "我等了很久了", "请说明原因",
                    "请帮我查一下", "希望今天能回复", "请给我一个解释", "这样不合理", "我很不满意", "请人工处理",
                    "请不要再拖了", "麻烦尽快回电", "请给出明细", "请核对一下"),
            List.of("尾号%04d", "订单%05d", "借据%06d", "第%d笔", "编号%07d", "流水%08d", "账户%04d", "单号%06d",
                    "合同%05d", "工单%07d", "批次%04d", "申请%05d", "凭证%06d", "记录%05d", "交易%07d", "明细%04d"));

    @Test
    void twoInstancesOfRiskScoringAndOfWorkflowShareTheComplaintsWithNothingLostOrDoneTwice(RunningSuite suite)
            throws Exception {
        try (Admin admin = Admin.create(adminConfig(suite))) {
            long riskConsumers = settledConsumers(admin, RISK_GROUP);
            long workflowConsumers = settledConsumers(admin, WORKFLOW_GROUP);
            try (ServiceProcess risk2 = suite.startAnotherRisk("risk-scoring-service-2");
                    ServiceProcess workflow2 = suite.startAnotherWorkflow("workflow-service-2")) {
                risk2.awaitHealthy(STARTUP);
                workflow2.awaitHealthy(STARTUP);
                // the second instance runs as many consumers as the first: the groups have rebalanced once both
                // instances' consumers hold partitions
                await("both instances of each service hold partitions of " + Topics.COMPLAINTS_RECEIVED)
                        .atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                        .until(() -> consumersHolding(admin, RISK_GROUP) == 2 * riskConsumers
                                && consumersHolding(admin, WORKFLOW_GROUP) == 2 * workflowConsumers);
                shareTheComplaints(suite);
                // no rebalance happened meanwhile: the second instances' partitions (complaints of about half the
                // customers, keyed by customer over 12 partitions) were theirs alone, so they assessed and opened those
                assertThat(consumersHolding(admin, RISK_GROUP)).isEqualTo(2 * riskConsumers);
                assertThat(consumersHolding(admin, WORKFLOW_GROUP)).isEqualTo(2 * workflowConsumers);
            }
        }
    }

    /** Posts complaints while both instances run: each must become one assessed case, opened once. */
    private static void shareTheComplaints(RunningSuite suite) throws Exception {
        List<String> accepted = post(new IntakeClient(suite.intake()));
        assertThat(accepted).hasSize(COMPLAINTS).doesNotHaveDuplicates();

        await("every complaint an assessed case").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(CaseChecks.assessedCases(suite.workflowDatabase(), accepted))
                        .isEqualTo(COMPLAINTS));
        CaseChecks.assertEachIsOneCaseOpenedOnce(suite.workflowDatabase(), accepted);
        await("workflow holds the current assessments").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(CaseChecks.currentAssessmentsInWorkflow(suite.riskDatabase(),
                        suite.workflowDatabase(), accepted)).isEqualTo(COMPLAINTS));
    }

    /** Posts the complaints from eight clients at once, each from a customer of its own; returns the accepted ids. */
    private static List<String> post(IntakeClient client) throws InterruptedException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        var accepted = new ConcurrentLinkedQueue<String>();
        Random random = new Random(13);
        List<String> texts = new ArrayList<>();
        for (int n = 0; n < COMPLAINTS; n++) {
            texts.add(text(random, n));
        }
        try (ExecutorService clients = Executors.newFixedThreadPool(8)) {
            for (int n = 0; n < COMPLAINTS; n++) {
                int i = n;
                clients.submit(() -> {
                    // as the front end does: a refusal (503 while the broker is slow to acknowledge) is sent again,
                    // which is safe, the complaint id being derived from the session id
                    for (int attempt = 1; attempt <= 10; attempt++) {
                        var answer = client.postChat("CHAT-SCALE-" + run + "-" + i, "137%08d".formatted(i),
                                texts.get(i));
                        if (answer.accepted()) {
                            accepted.add(answer.complaintId());
                            return null;
                        }
                        log.warn("complaint {} refused ({}), sending it again", i, answer.status());
                        Thread.sleep(1_000);
                    }
                    return null;
                });
            }
            clients.shutdown();
            assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        }
        return List.copyOf(accepted);
    }

    private static String text(Random random, int n) {
        return PARTS.get(0).get(random.nextInt(16)) + PARTS.get(1).get(random.nextInt(16)) + "，"
                + PARTS.get(2).get(random.nextInt(16)) + "，" + PARTS.get(3).get(random.nextInt(16)).formatted(n);
    }

    /** The consumers of the first instance once its group is stable and they hold every partition between them. */
    private static long settledConsumers(Admin admin, String group) {
        await(group + " stable").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all().get()
                    .get(group);
            return description.groupState() == GroupState.STABLE && consumersHolding(admin, group) > 0;
        });
        return await().atMost(Duration.ofSeconds(5)).until(() -> consumersHolding(admin, group), held -> held > 0);
    }

    /** How many consumers of the group hold partitions of complaints.received. */
    private static long consumersHolding(Admin admin, String group) throws Exception {
        ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all().get().get(group);
        return description.members().stream()
                .filter(member -> member.assignment().topicPartitions().stream()
                        .anyMatch(partition -> partition.topic().equals(Topics.COMPLAINTS_RECEIVED)))
                .count();
    }

    private static Properties adminConfig(RunningSuite suite) {
        Properties config = new Properties();
        config.putAll(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, suite.kafkaBootstrapServers()));
        return config;
    }
}
