package org.complaintsuite.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Consumer;

import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.complaintsuite.intake.normalize.Normalization;

/**
 * The three example payloads of the spec (copies of end-to-end-tests' {@code payloads/*.json}), as text, as the
 * channel records, or edited, plus a {@link Normalization} on a fixed clock.
 */
public final class ExamplePayloads {

    public static final String PHONE = "phone.json";
    public static final String CHAT = "chat.json";
    public static final String REGULATOR = "regulator.json";

    /** The instant the fixed clock reads; later than every example's receivedAt. */
    public static final Instant NOW = Instant.parse("2025-10-12T02:00:00Z");

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private ExamplePayloads() {
    }

    public static String json(String name) {
        try (InputStream in = ExamplePayloads.class.getResourceAsStream("/payloads/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no example payload " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The example with {@code edit} applied to its JSON tree, as JSON text. */
    public static String json(String name, Consumer<ObjectNode> edit) {
        ObjectNode tree = (ObjectNode) JSON.readTree(json(name));
        edit.accept(tree);
        return JSON.writeValueAsString(tree);
    }

    /**
     * The example with {@code edit} applied, padded in a field no endpoint reads ({@code padding}) to exactly
     * {@code size} bytes of UTF-8.
     */
    public static byte[] jsonOfSize(String name, Consumer<ObjectNode> edit, int size) {
        int unpadded = json(name, edit.andThen(tree -> tree.put("padding", ""))).getBytes(StandardCharsets.UTF_8).length;
        if (size < unpadded) {
            throw new IllegalArgumentException(name + " takes at least " + unpadded + " bytes");
        }
        byte[] body = json(name, edit.andThen(tree -> tree.put("padding", "x".repeat(size - unpadded))))
                .getBytes(StandardCharsets.UTF_8);
        if (body.length != size) {
            throw new IllegalStateException("padded " + name + " to " + body.length + " bytes, not " + size);
        }
        return body;
    }

    public static <T> T read(String name, Class<T> type) {
        return JSON.readValue(json(name), type);
    }

    public static <T> T read(String name, Class<T> type, Consumer<ObjectNode> edit) {
        return JSON.readValue(json(name, edit), type);
    }

    public static Clock fixedClock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    public static IntakeProperties properties(String idHashKey) {
        return properties(idHashKey, false);
    }

    /** With contacts diverted or not, and the default complaint tags and words. */
    public static IntakeProperties properties(String idHashKey, boolean divertContacts) {
        return properties(idHashKey, divertContacts, false);
    }

    /** With contacts diverted or not, untagged chats taken as contacts or not, and the default tags and words. */
    public static IntakeProperties properties(String idHashKey, boolean divertContacts, boolean untaggedChats) {
        return new IntakeProperties(idHashKey, Duration.ofSeconds(10), DataSize.ofKilobytes(512),
                new IntakeProperties.Probe(Duration.ofSeconds(1), Duration.ofMillis(800)),
                new IntakeProperties.Contacts(divertContacts, untaggedChats, List.of("投诉", "客诉", "complaint"),
                        List.of("投诉", "举报", "客诉", "维权", "12378", "12363", "12315", "监管", "黑猫")));
    }

    public static Normalization normalization() {
        return normalization("test-key");
    }

    public static Normalization normalization(String idHashKey) {
        return new Normalization(properties(idHashKey), fixedClock());
    }
}
