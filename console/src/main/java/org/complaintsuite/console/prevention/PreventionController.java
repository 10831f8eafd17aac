package org.complaintsuite.console.prevention;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.console.web.BeijingTime;
import org.complaintsuite.console.workflow.Prevention;
import org.complaintsuite.console.workflow.WorkflowClient;

/**
 * The prevention page (operations and supervisors): the prevention figures of a period of Beijing days, both ends
 * included on the page (workflow's {@code to} is the day after), and 溯源 by the chosen dimension. The default period
 * is four weeks, so that the rising values' two weeks lie inside it.
 */
@Controller
class PreventionController {

    static final int DEFAULT_DAYS = 28;
    static final int MAX_DAYS = 366;

    private final WorkflowClient workflow;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Clock clock;

    PreventionController(WorkflowClient workflow, MessageSource messages, JsonMapper json, Clock clock) {
        this.workflow = workflow;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/prevention")
    String page(@RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String by,
            Model model) {
        LocalDate today = BeijingTime.today(clock.instant());
        LocalDate end = date(to, today);
        LocalDate start = date(from, end.minusDays(DEFAULT_DAYS - 1));
        if (start.isAfter(end)) {
            start = end;
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            start = end.minusDays(MAX_DAYS - 1);
        }
        String dimension = by == null ? "TOPIC" : by.strip().toUpperCase(Locale.ROOT);
        if (!Prevention.DIMENSIONS.contains(dimension)) {
            dimension = "TOPIC";
        }
        Prevention.Figures figures = workflow.prevention(start, end.plusDays(1));
        Prevention.Voice voice = workflow.voice(start, end.plusDays(1), dimension);
        Function<String, String> name = valueNames(dimension);
        var chart = PreventionFigures.chart(voice, start, end, name);
        model.addAttribute("prevention", new PreventionView(start.toString(), end.toString(), dimension,
                Prevention.DIMENSIONS, PreventionFigures.cards(figures), json.writeValueAsString(chart),
                voice.days().isEmpty(), PreventionFigures.rising(voice, name), voice.risingSince().toString(),
                voice.to().minusDays(1).toString(), voice.risingWindowDays(), voice.risingMinimum(),
                PreventionFigures.percent(voice.dissatisfiedAt()).replace(".0%", "%")));
        return "prevention/prevention";
    }

    /** A value's name in the page's language: a topic's 提前还款 or Early repayment, a channel's 电话 or Phone. */
    private Function<String, String> valueNames(String dimension) {
        Locale locale = LocaleContextHolder.getLocale();
        String prefix = switch (dimension) {
            case "BUSINESS_TYPE" -> "businessType.";
            case "CHANNEL" -> "channel.";
            default -> "topic.";
        };
        return value -> value.equals(Prevention.NONE)
                ? messages.getMessage("prevention.none." + dimension, null, value, locale)
                : messages.getMessage(prefix + value, null, value, locale);
    }

    private static LocalDate date(@Nullable String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.strip());
        }
        catch (DateTimeParseException ex) {
            return otherwise;
        }
    }
}
