package org.complaintsuite.workflow.care;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param openAt         the complaint propensity (0–100) from which a contact gets a care task; 60 is HIGH
 * @param feedbackWithin how long after opening the quality-check feedback is due (someone reviews and decides)
 * @param handlingWithin how long after opening the task is due to be handled (its outcome recorded)
 * @param wordsWithoutTask how long the words of a contact that got no care task are kept
 * @param alertScanInterval how often the clocks are checked for warnings (50/75/90 %) and breaches
 * @param linkWithin     a complaint is linked to the customer's contacts this long before it
 * @param openComplaintWeight what a complaint of the customer still open adds to a contact's propensity (OPEN_COMPLAINT)
 */
@Validated
@ConfigurationProperties("workflow.care")
public record CareProperties(
        @Min(1) @Max(100) @DefaultValue("60") int openAt,
        @NotNull @DefaultValue("30m") Duration feedbackWithin,
        @NotNull @DefaultValue("24h") Duration handlingWithin,
        @NotNull @DefaultValue("7d") Duration wordsWithoutTask,
        @NotNull @DefaultValue("15s") Duration alertScanInterval,
        @NotNull @DefaultValue("30d") Duration linkWithin,
        @Min(0) @Max(100) @DefaultValue("20") int openComplaintWeight) {
}
