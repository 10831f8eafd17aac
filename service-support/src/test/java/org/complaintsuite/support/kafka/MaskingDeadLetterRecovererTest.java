package org.complaintsuite.support.kafka;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.KafkaHeaders;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingDeadLetterRecovererTest {

    private static final String ID = "44030119850101123X";

    private final MaskingDeadLetterRecoverer recoverer = new MaskingDeadLetterRecoverer(new KafkaTemplate<>(
            new DefaultKafkaProducerFactory<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:1"),
                    new StringSerializer(), new StringSerializer())));

    record Complainant(String name, String phone, String idNumber) {
    }

    @Test
    void deserializedValueIsPublishedAsJsonWithTheIdNumberMaskedAndThePhoneKept() {
        var record = new ConsumerRecord<Object, Object>("complaints.raw.regulator", 1, 42, "NFRA-1",
                new Complainant("陈某某", "13800138000", ID));

        ProducerRecord<Object, Object> dead = recoverer.createProducerRecord(record,
                new TopicPartition("complaints.raw.regulator-dlt", 1), new RecordHeaders(), null, null);

        String value = new String((byte[]) dead.value(), StandardCharsets.UTF_8);
        assertThat(value).doesNotContain(ID).contains("4403**********123X").contains("13800138000");
        assertThat(dead.key()).isEqualTo("NFRA-1");
        assertThat(dead.partition()).isEqualTo(1);
    }

    @Test
    void originalBytesOfAnUnreadableRecordAreMasked() {
        byte[] original = ("不是JSON 身份证" + ID).getBytes(StandardCharsets.UTF_8);
        var record = new ConsumerRecord<Object, Object>("complaints.raw.regulator", 0, 7, "k", null);

        ProducerRecord<Object, Object> dead = recoverer.createProducerRecord(record,
                new TopicPartition("complaints.raw.regulator-dlt", -1), new RecordHeaders(), null, original);

        assertThat(new String((byte[]) dead.value(), StandardCharsets.UTF_8)).isEqualTo("不是JSON 身份证4403**********123X");
        assertThat(dead.partition()).isNull();
    }

    @Test
    void aRecordABatchListenerReportedIsDeadLetteredWithItsOwnCauseInsideTheContainersWrapper() {
        var cause = new IllegalArgumentException("complaintId is required");
        var reported = new ListenerExecutionFailedException("Listener failed", "workflow-service",
                new BatchListenerFailedException("complaintId is required", cause, 3));

        Exception reason = MaskingDeadLetterRecoverer.reason(reported);

        assertThat(reason).isInstanceOf(ListenerExecutionFailedException.class).hasCause(cause);
        assertThat(((ListenerExecutionFailedException) reason).getGroupId()).isEqualTo("workflow-service");
    }

    @Test
    void aRecordListenersFailureIsDeadLetteredAsItIs() {
        var reported = new ListenerExecutionFailedException("Listener failed", "g", new IllegalStateException("x"));

        assertThat(MaskingDeadLetterRecoverer.reason(reported)).isSameAs(reported);
    }

    @Test
    void bytesWithoutAnIdNumberArePublishedUntouched() {
        byte[] binary = {(byte) 0xFF, 0, (byte) 0xC3, 0x28};
        var record = new ConsumerRecord<Object, Object>("t", 0, 7, "k", null);

        ProducerRecord<Object, Object> dead = recoverer.createProducerRecord(record, new TopicPartition("t-dlt", 0),
                new RecordHeaders(), null, binary);

        assertThat(dead.value()).isSameAs(binary);
    }

    @Test
    void exceptionHeadersKeepTheReasonWithTheIdNumberMasked() {
        var headers = new RecordHeaders();
        headers.add(KafkaHeaders.DLT_EXCEPTION_FQCN, "jakarta.validation.ValidationException".getBytes(StandardCharsets.UTF_8));
        headers.add(KafkaHeaders.DLT_EXCEPTION_MESSAGE, ("invalid idNumber " + ID).getBytes(StandardCharsets.UTF_8));
        headers.add(KafkaHeaders.DLT_ORIGINAL_OFFSET, new byte[] {0, 0, 0, 0, 0, 0, 0, 42});
        var record = new ConsumerRecord<Object, Object>("t", 0, 42, "k", "v");

        ProducerRecord<Object, Object> dead = recoverer.createProducerRecord(record, new TopicPartition("t-dlt", 0),
                headers, null, null);

        assertThat(new String(dead.headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_MESSAGE).value(),
                StandardCharsets.UTF_8)).isEqualTo("invalid idNumber 4403**********123X");
        assertThat(new String(dead.headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_FQCN).value(),
                StandardCharsets.UTF_8)).isEqualTo("jakarta.validation.ValidationException");
        assertThat(dead.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET).value())
                .containsExactly(0, 0, 0, 0, 0, 0, 0, 42);
    }
}
