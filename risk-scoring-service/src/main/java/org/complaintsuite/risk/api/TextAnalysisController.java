package org.complaintsuite.risk.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.complaintsuite.model.RiskAssessment;
import org.complaintsuite.model.RiskLevel;
import org.complaintsuite.model.RiskSignal;
import org.complaintsuite.risk.text.TextAnalysis;
import org.complaintsuite.risk.text.TextAnalyzer;
import org.complaintsuite.support.text.CustomerText;

/**
 * The text-only part of escalation risk, at once, for the front end to show while an agent types. Traditional
 * characters and full-width forms are normalized first, exactly as intake normalizes a complaint, so the same
 * words score the same; evidence offsets refer to the normalized {@code text} returned.
 */
@RestController
@Tag(name = "Text analysis", description = "The escalation signals of a text, while an agent types")
class TextAnalysisController {

    private final TextAnalyzer analyzer;

    TextAnalysisController(TextAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    record Request(
            @Schema(description = "The customer's words, simplified or traditional, half- or full-width",
                    maxLength = 50_000, requiredMode = Schema.RequiredMode.REQUIRED) @NotNull @Size(max = 50_000)
            String text) {
    }

    record Response(
            @Schema(description = "The text as analyzed (normalized): evidence offsets refer to it") String text,
            @Schema(description = "Strength of negative emotion, 0 (none) to 1: the emotion words found and the "
                    + "dissatisfaction model's reading together") double negativeEmotion,
            @Schema(description = "The dissatisfaction model's calibrated probability that the text expresses "
                    + "dissatisfaction, 0 to 1") double dissatisfaction,
            @Schema(description = "The text-only escalation score, 0-100") int score,
            RiskLevel level,
            @Schema(description = "The signals found, each with its weight and the text spans behind it")
            List<RiskSignal> signals) {
    }

    @PostMapping(path = "/api/v1/text-analysis", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Escalation signals of a text",
            description = "Threats, emotion, sensitive topics and signs of a vulnerable customer in the text alone "
                    + "(no repeat or regulator context), normalized as intake normalizes a complaint, with a score "
                    + "and level. Nothing is stored.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, examples = {
                            @ExampleObject(name = "threat", summary = "An angry customer threatening the regulator",
                                    value = "{\"text\": \"再不处理我就去银保监会投诉！你们太过分了\"}"),
                            @ExampleObject(name = "calm", summary = "A polite question",
                                    value = "{\"text\": \"请问我的账单什么时候出？\"}")})))
    @ApiResponse(responseCode = "200", description = "The text's signals, score and level")
    @ApiResponse(responseCode = "400", description = "No text, or more than 50,000 characters",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = ApiDocs.INVALID)))
    Response analyze(@Valid @RequestBody Request request) {
        String text = CustomerText.simplified(request.text());
        TextAnalysis analysis = analyzer.analyze(text);
        RiskAssessment textOnly = RiskAssessment.fromSignals(analysis.signals());
        return new Response(text, analysis.negativeEmotion(), analysis.dissatisfaction(), textOnly.score(),
                textOnly.level(), analysis.signals());
    }
}
