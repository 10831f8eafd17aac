package org.complaintsuite.intake.channel;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.complaintsuite.intake.ExamplePayloads;
import org.complaintsuite.intake.RecordingPublisher;
import org.complaintsuite.intake.channel.chat.ChatComplaint;
import org.complaintsuite.intake.channel.chat.ChatNormalizer;
import org.complaintsuite.intake.channel.phone.PhoneComplaint;
import org.complaintsuite.intake.channel.phone.PhoneNormalizer;
import org.complaintsuite.intake.channel.regulator.RegulatorComplaint;
import org.complaintsuite.intake.channel.regulator.RegulatorNormalizer;
import org.complaintsuite.intake.normalize.ComplaintIds;
import org.complaintsuite.intake.normalize.Normalization;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.support.InvalidInputException;
import org.complaintsuite.support.text.StorableText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Property test over generated payloads (plain JUnit: jqwik does not run on JUnit Platform 6). Every payload is
 * either turned into a well-formed complaint or refused as invalid input naming what is wrong; nothing else may
 * come out of normalization, and only accepted complaints reach the publisher.
 * <p>
 * Reproduce a failure with {@code -Dfuzz.seed=<seed>}: the seed and the payload number are in every message.
 */
class NormalizerFuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20251011L);
    private static final int PAYLOADS_PER_CHANNEL = 2_000;

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

    private final Validator validator = VALIDATION.getValidator();
    private final Normalization normalization = ExamplePayloads.normalization();
    private final PhoneNormalizer phone = new PhoneNormalizer(normalization);
    private final ChatNormalizer chat = new ChatNormalizer(normalization);
    private final RegulatorNormalizer regulator = new RegulatorNormalizer(normalization);
    private final RecordingPublisher publisher = new RecordingPublisher();
    private final ComplaintIntake intake = new ComplaintIntake(validator, phone, chat, regulator, publisher,
            new ContactTriage(ExamplePayloads.properties("test-key")));

    @BeforeAll
    static void announceSeed() {
        System.out.println("NormalizerFuzzTest seed " + SEED + " (rerun with -Dfuzz.seed=" + SEED + ")");
    }

    @AfterAll
    static void closeValidation() {
        VALIDATION.close();
    }

    @Test
    void everyGeneratedCallIsNormalizedOrRefusedAsInvalidInput() {
        Payloads payloads = new Payloads(new Random(SEED * 31 + 1));
        Outcomes outcomes = new Outcomes();
        for (int i = 0; i < PAYLOADS_PER_CHANNEL; i++) {
            check("phone", i, payloads.call(), phone::normalize, intake::accept, outcomes);
        }
        outcomes.assertBothOutcomesWereReached("phone");
    }

    @Test
    void everyGeneratedChatIsNormalizedOrRefusedAsInvalidInput() {
        Payloads payloads = new Payloads(new Random(SEED * 31 + 2));
        Outcomes outcomes = new Outcomes();
        for (int i = 0; i < PAYLOADS_PER_CHANNEL; i++) {
            check("chat", i, payloads.chat(), chat::normalize, intake::accept, outcomes);
        }
        outcomes.assertBothOutcomesWereReached("chat");
    }

    @Test
    void everyGeneratedRegulatorTransferIsNormalizedOrRefusedAsInvalidInput() {
        Payloads payloads = new Payloads(new Random(SEED * 31 + 3));
        Outcomes outcomes = new Outcomes();
        for (int i = 0; i < PAYLOADS_PER_CHANNEL; i++) {
            check("regulator", i, payloads.transfer(), regulator::normalize, intake::accept, outcomes);
        }
        outcomes.assertBothOutcomesWereReached("regulator");
    }

    /**
     * The normalizer is held to its property for payloads that meet the payload's own constraints: it is only ever
     * called after validation (ComplaintIntake), and a null {@code @NotBlank} field is validation's to refuse.
     * ComplaintIntake is held to it for every payload.
     */
    private <T> void check(String channel, int index, T payload, Function<T, ComplaintReceived> normalizer,
            Function<T, ComplaintIntake.Accepted> accept, Outcomes outcomes) {
        String context = "seed " + SEED + ", " + channel + " payload #" + index + ": " + describe(payload);
        Set<ConstraintViolation<T>> violations = validator.validate(payload);

        ComplaintReceived normalized = null;
        if (violations.isEmpty()) {
            normalized = outcome(context + "\nnormalizer", () -> normalizer.apply(payload));
            if (normalized != null) {
                assertWellFormed(normalized, context);
            }
        }

        publisher.clear();
        ComplaintIntake.Accepted result = outcome(context + "\nComplaintIntake", () -> accept.apply(payload));
        if (result == null) {
            outcomes.refused++;
            assertThat(publisher.published()).as(context + "\na refused payload must not be published").isEmpty();
            assertThat(normalized).as(context + "\nthe normalizer accepted what ComplaintIntake refused").isNull();
        }
        else {
            outcomes.accepted++;
            assertThat(violations).as(context + "\nComplaintIntake accepted a payload that violates its constraints")
                    .isEmpty();
            assertThat(normalized).as(context + "\nComplaintIntake accepted what the normalizer refused").isNotNull();
            assertThat(publisher.published()).as(context + "\nan accepted payload is published exactly once")
                    .hasSize(1);
            ComplaintReceived accepted = publisher.published().getFirst();
            assertWellFormed(accepted, context);
            assertThat(result.complaint()).as(context + "\nwithout diverting contacts, every call and chat is a complaint")
                    .isTrue();
            assertThat(accepted.complaintId()).as(context).isEqualTo(normalized.complaintId()).isEqualTo(result.id());
        }
    }

    /** The complaint, or null when the call was refused as invalid input; anything else fails the test. */
    private static <R> R outcome(String context, Supplier<R> call) {
        try {
            return call.get();
        }
        catch (InvalidInputException ex) {
            assertThat(ex.errors()).as(context + "\nrefused without naming what is wrong").isNotEmpty();
            return null;
        }
        catch (RuntimeException | StackOverflowError ex) {
            StringWriter trace = new StringWriter();
            ex.printStackTrace(new PrintWriter(trace));
            return fail(context + "\nthrew " + ex + " instead of returning or refusing as invalid input\n" + trace);
        }
    }

    private static void assertWellFormed(ComplaintReceived complaint, String context) {
        assertThat(complaint.eventId()).as(context + "\neventId").isNotNull();
        assertThat(complaint.occurredAt()).as(context + "\noccurredAt").isNotNull();
        assertThat(complaint.complaintId()).as(context + "\ncomplaintId")
                .isEqualTo(ComplaintIds.of(complaint.channel(), complaint.externalReference()));
        assertThat(complaint.source()).as(context + "\nsource").isNotNull();
        assertThat(complaint.receivedAt()).as(context + "\nreceivedAt").isNotNull();
        assertThat(complaint.customer()).as(context + "\ncustomer").isNotNull();
        assertThat(complaint.customer().customerKey()).as(context + "\ncustomerKey").isNotBlank();
        assertThat(complaint.text()).as(context + "\ntext").isNotNull();
        assertThat(complaint.text().originalText()).as(context + "\noriginalText").isNotNull();
        assertThat(complaint.attachments()).as(context + "\nattachments").isNotNull().doesNotContainNull();
        assertThat(complaint.normalizationWarnings()).as(context + "\nwarnings").isNotNull().doesNotContainNull();
        String customerText = complaint.text().customerText();
        assertThat(customerText).as(context + "\ncustomerText").isNotNull();
        assertThat(customerText.codePoints().filter(NormalizerFuzzTest::isInvisibleControl).boxed().toList())
                .as(context + "\ncontrol or format characters left in customerText " + escape(customerText))
                .isEmpty();
        // the publisher writes it as JSON: an accepted complaint that cannot be written could never be delivered
        String json = ExamplePayloads.JSON.writeValueAsString(complaint);
        // and risk scoring and workflow store it: every field, the original text too, must fit in text and jsonb
        assertThat(json).as(context + "\nas jsonb " + escape(json)).isEqualTo(StorableText.json(json));
    }

    private static boolean isInvisibleControl(int codePoint) {
        int type = Character.getType(codePoint);
        return (type == Character.CONTROL || type == Character.FORMAT) && codePoint != '\n' && codePoint != '\t';
    }

    private static String describe(Object payload) {
        String text = escape(String.valueOf(payload));
        return text.length() <= 1_500 ? text : text.substring(0, 1_500) + "… (" + text.length() + " characters)";
    }

    /** Invisible and non-ASCII-printable characters as \\uXXXX, so that a failing payload can be read and rebuilt. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= 0x20 && c < 0x7F || Character.isLetterOrDigit(c) && !Character.isSurrogate(c)) {
                out.append(c);
            }
            else {
                out.append("\\u%04X".formatted((int) c));
            }
        }
        return out.toString();
    }

    /** How many payloads went each way: a generator that only ever produced one kind would test little. */
    private static final class Outcomes {

        int accepted;
        int refused;

        void assertBothOutcomesWereReached(String channel) {
            System.out.printf("NormalizerFuzzTest %s: %d accepted, %d refused (seed %d)%n", channel, accepted, refused,
                    SEED);
            assertThat(accepted).as("seed " + SEED + ": accepted " + channel + " payloads").isGreaterThan(200);
            assertThat(refused).as("seed " + SEED + ": refused " + channel + " payloads").isGreaterThan(200);
        }
    }

    /**
     * Payloads from arbitrary strings: any Unicode (surrogate pairs, lone surrogates, unassigned code points),
     * control and format characters, full-width forms, traditional characters, empty and very long strings; every
     * field may be null, every list may be null, empty or hold null entries. Fields a payload cannot do without
     * (times, senders) are usually well-formed, so that most payloads get past validation into normalization.
     */
    static final class Payloads {

        private static final String TRADITIONAL =
                "投訴銀保監會貸款還款頭髮發展廣東區號碼請問為麼這樣處理個人資訊帳戶臺灣擔保費會員費們對滿委託書授權書徵信";
        private static final String SIMPLIFIED = "我要投诉银保监会贷款还款利息客户担保费会员费征信信用卡分期";
        private static final String[] INVISIBLE = {"\u0000", "\u0007", "\u001B", "\u007F", "\u0085", "\u009F",
                "\u200B", "\u200C", "\u200D", "\u200E", "\u2060", "\uFEFF", "\u00AD", "\u061C", "\r", "\n", "\t",
                "\u2028", "\u2029", "\u000B", "\u000C", "\u3000", "\u00A0", " ",
                new String(Character.toChars(0xE0001)), new String(Character.toChars(0x1D173))};
        private static final String[] PHONES = {"+86 138-0013-8000", "0086 138 0013 8000", "86-13800138000",
                "13800138000", "１３８００１３８０００", "010-12345678", "(0755) 8888 8888", "021 6888 8888", "abc",
                "+1 650-253-0000", "12345", "+", "00"};
        private static final String[] ID_NUMBERS = {"44030119850101123X", "440301198501011236", "440301850101123",
                "44030119850101123x", "４４０３０１１９８５０１０１１２３Ｘ", "E12345678", "abc", "4403011985010112"};
        private static final String[] EMAILS = {"Agent@Example.COM ", "not-an-email", "a@b.c", "@", "x@y"};
        private static final String[] CATEGORIES = {"贷款", "信用卡分期", "征信", "贷款征信异议", "天气", "貸款"};
        private static final String[] ATTACHMENTS = {"委托书.pdf", "授權書.jpg", "Power of Attorney.pdf", "身份证.jpg"};
        private static final String[] SPEAKERS = {"CUSTOMER", "customer", " CALLER ", "USER", "客户", "AGENT", "SYSTEM"};
        private static final String[] SENDERS = {"USER", "user", "CUSTOMER", "用户", "客户", "BOT", "AGENT"};
        private static final String[] PLATFORMS = {"APP", "wechat", "微信", "H5", "PC", "TIKTOK"};
        private static final String[] SOURCES = {"NFRA_12378", "12363", "PBOC", "12315", "黑猫投诉", "CBIRC", "其他"};
        private static final String[] OFFSETS = {"+08:00", "Z", "-05:00", "+14:00"};
        private static final List<DateTimeFormatter> LOCAL_TIMES = List.of(DateTimeFormatter.ISO_LOCAL_DATE_TIME,
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"), DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm"));

        private final Random random;

        Payloads(Random random) {
            this.random = random;
        }

        PhoneComplaint call() {
            return new PhoneComplaint(orNull(() -> reference("CC-")), orNull(() -> pick(PHONES)),
                    orNull(this::text), orNull(this::dateTime),
                    orNull(() -> random.nextInt(10) == 0 ? -random.nextInt(100) : random.nextInt(10_000)),
                    orNull(this::text),
                    list(() -> new PhoneComplaint.Segment(orNull(() -> pick(SPEAKERS)), orNull(this::offset),
                            orNull(this::text))),
                    orNull(this::text), orNull(random::nextBoolean));
        }

        ChatComplaint chat() {
            return new ChatComplaint(orNull(() -> reference("CHAT-")), orNull(() -> pick(PLATFORMS)),
                    orNull(this::text), orNull(() -> pick(PHONES)),
                    list(() -> new ChatComplaint.Message(orNull(() -> pick(SENDERS)), orNull(this::epochMillis),
                            orNull(this::text))),
                    list(this::text));
        }

        RegulatorComplaint transfer() {
            return new RegulatorComplaint(orNull(() -> pick(SOURCES)), orNull(() -> reference("NFRA-")),
                    orNull(this::dateTime), orNull(() -> oneIn(2) ? "2025-10-24" : text()),
                    orNull(() -> new RegulatorComplaint.Person(orNull(this::text), orNull(() -> pick(ID_NUMBERS)),
                            orNull(() -> pick(PHONES)), orNull(() -> pick(EMAILS)), orNull(this::text))),
                    orNull(() -> new RegulatorComplaint.Agent(orNull(this::text), orNull(() -> pick(PHONES)),
                            orNull(() -> pick(EMAILS)), orNull(this::text))),
                    orNull(this::text), orNull(this::text), orNull(() -> pick(CATEGORIES)),
                    list(() -> new RegulatorComplaint.AttachmentRef(orNull(() -> pick(ATTACHMENTS)),
                            orNull(this::text))));
        }

        /** A string of any kind; long ones are rare so that the test stays fast. */
        String text() {
            int roll = random.nextInt(100);
            int length = roll < 10 ? 0 : roll < 85 ? 1 + random.nextInt(30) : roll < 98 ? 30 + random.nextInt(300)
                    : 300 + random.nextInt(4_700);
            int kinds = oneIn(3) ? 1 : 12;
            int onlyKind = random.nextInt(12);
            StringBuilder text = new StringBuilder(length + 2);
            while (text.length() < length) {
                appendUnit(text, kinds == 1 ? onlyKind : random.nextInt(12));
            }
            return text.toString();
        }

        private void appendUnit(StringBuilder text, int kind) {
            switch (kind) {
                case 0 -> text.append(pick(INVISIBLE));
                case 1 -> text.append((char) random.nextInt(0x10000)); // any UTF-16 unit, lone surrogates included
                case 2 -> text.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
                case 3 -> text.append((char) (0xFF01 + random.nextInt(0xFF5E - 0xFF01 + 1))); // full-width forms
                case 4 -> text.append(TRADITIONAL.charAt(random.nextInt(TRADITIONAL.length())));
                case 5 -> text.append(SIMPLIFIED.charAt(random.nextInt(SIMPLIFIED.length())));
                case 6 -> text.appendCodePoint(oneIn(2) ? 0x1F300 + random.nextInt(0x300) : 0x20000 + random.nextInt(0xA6E0));
                case 7 -> text.append((char) (oneIn(2) ? 0xD800 + random.nextInt(0x400) : 0xDC00 + random.nextInt(0x400)));
                case 8 -> text.append((char) (0x20 + random.nextInt(0x5F)));
                case 9 -> text.append((char) ('0' + random.nextInt(10)));
                case 10 -> text.append(oneIn(2) ? ' ' : '\n');
                default -> text.append(PHONES[random.nextInt(PHONES.length)]);
            }
        }

        private String reference(String prefix) {
            return switch (random.nextInt(5)) {
                case 0 -> text();
                case 1 -> " " + prefix + random.nextInt(1_000) + "\t";
                default -> prefix + Long.toHexString(random.nextLong());
            };
        }

        private String dateTime() {
            if (oneIn(5)) {
                return text();
            }
            LocalDateTime time = LocalDateTime.of(2000 + random.nextInt(31), 1 + random.nextInt(12),
                    1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), random.nextInt(60));
            return oneIn(2) ? time + pick(OFFSETS) : LOCAL_TIMES.get(random.nextInt(LOCAL_TIMES.size())).format(time);
        }

        private Long offset() {
            return switch (random.nextInt(10)) {
                case 0 -> -1L - random.nextInt(1_000);
                case 1 -> Long.MAX_VALUE;
                default -> (long) random.nextInt(3_600_000);
            };
        }

        private Long epochMillis() {
            return switch (random.nextInt(12)) {
                case 0 -> Long.MIN_VALUE;
                case 1 -> Long.MAX_VALUE;
                case 2 -> -random.nextLong(1_000_000_000_000L);
                default -> 1_760_145_302_000L + random.nextInt(86_400_000);
            };
        }

        private <T> List<T> list(Supplier<T> element) {
            int roll = random.nextInt(10);
            if (roll == 0) {
                return null;
            }
            List<T> list = new ArrayList<>();
            int size = roll == 1 ? 0 : roll == 2 ? 1 + random.nextInt(40) : 1 + random.nextInt(6);
            for (int i = 0; i < size; i++) {
                list.add(oneIn(8) ? null : element.get());
            }
            return list;
        }

        private <T> T orNull(Supplier<T> value) {
            return oneIn(7) ? null : value.get();
        }

        private String pick(String[] values) {
            return oneIn(6) ? text() : values[random.nextInt(values.length)];
        }

        private boolean oneIn(int n) {
            return random.nextInt(n) == 0;
        }
    }
}
