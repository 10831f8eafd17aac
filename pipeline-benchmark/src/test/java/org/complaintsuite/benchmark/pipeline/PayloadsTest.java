package org.complaintsuite.benchmark.pipeline;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.serializer.JacksonJsonDeserializer;

import org.complaintsuite.model.Channel;
import org.complaintsuite.model.ComplaintReceived;

import static org.assertj.core.api.Assertions.assertThat;

class PayloadsTest {

    private static final Instant AT = Instant.parse("2026-12-06T09:15:02.123Z");

    private final PhoneCalls calls = new PhoneCalls("run1", 42);
    private final PayloadSerializer serializer = new PayloadSerializer();

    @Test
    void aCallIsWrittenInTheShapeIntakesPhoneEndpointTakes() {
        String json = new String(serializer.bytes(calls.ordinary("R250", 7, AT)), StandardCharsets.UTF_8);

        assertThat(json).contains("\"callId\":\"PB-run1-R250-7\"")
                .contains("\"customerId\":\"PBC-run1-R250-7\"")
                .contains("\"startedAt\":\"2026-12-06T09:15:02.123Z\"")
                .contains("\"speaker\":\"CUSTOMER\"")
                .contains("\"complaintFlag\":true")
                .doesNotContain("customerWords");
    }

    @Test
    void everyOrdinaryCallerIsSomeoneElseAndTheAgencysClientsShareOneNumber() {
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            numbers.add(calls.ordinary("R500", i, AT).callerNumber());
        }
        String agencyNumber = calls.nextCallerNumber();

        assertThat(numbers).hasSize(1000).allMatch(number -> number.matches("1[3-9]\\d{9}"));
        assertThat(calls.agencyClient("BG", 1, AT, agencyNumber).callerNumber())
                .isEqualTo(calls.agencyClient("BG", 2, AT, agencyNumber).callerNumber());
        assertThat(calls.agencyClient("BG", 1, AT, agencyNumber).customerId())
                .isNotEqualTo(calls.agencyClient("BG", 2, AT, agencyNumber).customerId());
    }

    @Test
    void ordinaryWordsStayUnderTheLengthRiskScoringComparesAsTemplatesAndTheAgencysLetterIsOverIt() {
        for (int seed = 0; seed < 500; seed++) {
            assertThat(ComplaintTexts.ordinary(seed).replaceAll("\\p{P}", "")).hasSizeLessThan(30);
        }
        assertThat(ComplaintTexts.agencyLetter(3)).hasSizeGreaterThan(150).isNotEqualTo(ComplaintTexts.agencyLetter(4));
    }

    @Test
    void aReceivedEventIsReadBackByTheServicesDeserializerAsTheSameComplaint() {
        PhoneCall call = calls.ordinary("BL", 3, AT);
        ComplaintReceived event = ReceivedEvents.of(call, AT.plusSeconds(1));

        try (JacksonJsonDeserializer<ComplaintReceived> deserializer =
                     new JacksonJsonDeserializer<>(ComplaintReceived.class).ignoreTypeHeaders()) {
            ComplaintReceived read = deserializer.deserialize("complaints.received", serializer.bytes(event));

            assertThat(read).isEqualTo(event);
            assertThat(read.channel()).isEqualTo(Channel.PHONE);
            assertThat(read.externalReference()).isEqualTo("PB-run1-BL-3");
            assertThat(read.receivedAt()).isEqualTo(AT);
            assertThat(read.customer().customerKey()).startsWith("cid-").hasSize(28);
            assertThat(read.text().customerText()).isEqualTo(call.customerWords());
        }
    }
}
