package org.complaintsuite.risk.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.MediaType;
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
class TextAnalysisController {

    private final TextAnalyzer analyzer;

    TextAnalysisController(TextAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    record Request(@NotNull @Size(max = 50_000) String text) {
    }

    record Response(String text, double negativeEmotion, int score, RiskLevel level, List<RiskSignal> signals) {
    }

    @PostMapping(path = "/api/v1/text-analysis", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Response analyze(@Valid @RequestBody Request request) {
        String text = CustomerText.simplified(request.text());
        TextAnalysis analysis = analyzer.analyze(text);
        RiskAssessment textOnly = RiskAssessment.fromSignals(analysis.signals());
        return new Response(text, analysis.negativeEmotion(), textOnly.score(), textOnly.level(), analysis.signals());
    }
}
