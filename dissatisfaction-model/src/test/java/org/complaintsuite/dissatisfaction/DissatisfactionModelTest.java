package org.complaintsuite.dissatisfaction;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class DissatisfactionModelTest {

    private final DissatisfactionModel model = new DissatisfactionModel(
            Map.of("差", 2.0, "太差", 3.0, "好", -2.0, "失望", 4.0), -0.5, 2.0, 0.25);

    @Test
    void theProbabilityIsTheCalibratedLogisticOfTheLengthNormalisedMargin() {
        // 太差了: 太, 太差, 太差了, 差, 差了, 了 -> six grams, known 太差 (3) and 差 (2)
        double margin = -0.5 + (3.0 + 2.0) / Math.sqrt(6);

        assertThat(model.read("太差了").probability()).isCloseTo(1 / (1 + Math.exp(-(2.0 * margin + 0.25))),
                within(1e-12));
    }

    @Test
    void textWithoutKnownGramsReadsAtTheBias() {
        assertThat(model.read("").probability()).isCloseTo(1 / (1 + Math.exp(-(2.0 * -0.5 + 0.25))), within(1e-12));
        assertThat(model.read("").cues()).isEmpty();
    }

    @Test
    void theCuesAreTheStrongestGramsTowardsDissatisfactionNoneOverlappingAStrongerOne() {
        var reading = model.read("服务好，但太差了，很失望");

        assertThat(reading.cues()).extracting(DissatisfactionModel.Cue::text).containsExactly("失望", "太差");
        assertThat(reading.cues().getFirst().start()).isEqualTo(10);
        assertThat(reading.cues().get(1).end()).isEqualTo(7);
    }

    @Test
    void aModelIsReadFromItsFile() throws IOException {
        DissatisfactionModel read = DissatisfactionModel.read(gzip("""
                # comment
                format 1
                orders 1 3
                bias -0.5
                calibration 2.0 0.25
                差\t2.0
                太差\t3.0
                好\t-2.0
                失望\t4.0
                """));

        assertThat(read.features()).isEqualTo(4);
        assertThat(read.read("太差了").probability()).isEqualTo(model.read("太差了").probability());
    }

    @Test
    void aFileOfAnotherFormatOrWithoutItsCalibrationIsRefused() {
        assertThatThrownBy(() -> DissatisfactionModel.read(gzip("format 2\norders 1 3\nbias 0\ncalibration 1 0\n")))
                .hasMessageContaining("format 2");
        assertThatThrownBy(() -> DissatisfactionModel.read(gzip("format 1\norders 1 3\nbias 0\n")))
                .hasMessageContaining("'calibration'");
        assertThatThrownBy(() -> DissatisfactionModel.read(gzip("format 1\norders 1 2\nbias 0\ncalibration 1 0\n")))
                .hasMessageContaining("orders 1-2");
    }

    private static ByteArrayInputStream gzip(String text) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}
