package org.complaintsuite.support.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class StorableTextTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void nulAndOtherControlCharactersBecomeTheReplacementCharacter() {
        assertThat(StorableText.of("我要\u0000投诉\u0007了\u001B")).isEqualTo("我要\uFFFD投诉\uFFFD了\uFFFD");
    }

    @Test
    void tabLineFeedAndCarriageReturnStay() {
        assertThat(StorableText.of("第一行\r\n\t第二行")).isEqualTo("第一行\r\n\t第二行");
    }

    @Test
    void loneSurrogatesAndNoncharactersBecomeTheReplacementCharacter() {
        assertThat(StorableText.of("a\uD800b\uDC00c\uFFFEd\uFFFF")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFD");
        assertThat(StorableText.of("结尾\uD83D")).isEqualTo("结尾\uFFFD");
    }

    @Test
    void emojiAndSupplementaryCjkCharactersStayWhole() {
        String text = "😡投诉𠀀𪚥🇨🇳";
        assertThat(StorableText.of(text)).isSameAs(text);
        assertThat(StorableText.isStorable(text)).isTrue();
    }

    @Test
    void jsonEscapesThatJsonbRefusesBecomeReplacementEscapes() {
        assertThat(StorableText.json("{\"t\":\"a\\u0000b\\u001fc\\ud800d\\uFFFF\"}"))
                .isEqualTo("{\"t\":\"a\\uFFFDb\\uFFFDc\\uFFFDd\\uFFFD\"}");
    }

    @Test
    void jsonEscapesOfStorableCharactersAndEscapedBackslashesStay() {
        String json = "{\"t\":\"\\\\u0000 is text, \\u0009 \\u4e2d \\ud83d\\ude21 \\\" \\n\"}";
        assertThat(StorableText.json(json)).isEqualTo(json);
    }

    /** Random code points, every C0 control and lone surrogates among them: nothing unstorable is ever left. */
    @Test
    void fuzzedTextIsAlwaysStorableAndKeepsEveryStorableCharacter() {
        Random random = new Random(20251011);
        for (int round = 0; round < 2_000; round++) {
            String text = fuzz(random, 1 + random.nextInt(200));
            String clean = StorableText.of(text);

            assertThat(StorableText.isStorable(clean)).as("round %d", round).isTrue();
            assertThat(clean.length()).isEqualTo(text.length());
            assertThat(clean.codePoints().filter(cp -> cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r'))
                    .isEmpty();
            for (int i = 0; i < text.length(); i++) {
                if (clean.charAt(i) != text.charAt(i)) {
                    assertThat(clean.charAt(i)).isEqualTo(StorableText.REPLACEMENT);
                }
            }
            String json = StorableText.json(JSON.writeValueAsString(java.util.Map.of("t", clean)));
            assertThat(JSON.readTree(json).get("t").asString()).isEqualTo(clean);
            assertThat(json).doesNotContainIgnoringCase("\\u0000");
        }
    }

    @Test
    void fuzzedJsonOfUncleanedTextIsStorable() {
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            String json = StorableText.json(JSON.writeValueAsString(List.of(fuzz(random, 50).replaceAll(
                    "[\\uD800-\\uDFFF]", "x"))));
            assertThat(json).doesNotContainIgnoringCase("\\u0000");
            String value = JSON.readTree(json).get(0).asString();
            assertThat(StorableText.isStorable(value)).isTrue();
        }
    }

    static String fuzz(Random random, int length) {
        List<Integer> pool = new ArrayList<>();
        for (int c = 0; c < 0x20; c++) {
            pool.add(c);
        }
        pool.addAll(List.of(0x7F, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xFFFE, 0xFFFF, 0xFFFD, 0x1F621, 0x1F1E8, 0x20000,
                0x2A6A5, 0x4E2D, 0x6295, 0x8BC9, 0xFF01, 0x200B, 0xFEFF, (int) '"', (int) '\\'));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int cp = random.nextInt(3) == 0 ? pool.get(random.nextInt(pool.size())) : random.nextInt(0x10FFFF + 1);
            text.appendCodePoint(cp);
        }
        return text.toString();
    }
}
