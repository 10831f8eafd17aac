package org.complaintsuite.workflow.voice;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 溯源 figures for the Beijing days [from, to) by one dimension ({@code GET /api/v1/metrics/voice}): per day and
 * value the contacts, dissatisfied contacts, complaints and dissatisfaction rate, and the values rising fastest (the
 * period's last {@code workflow.voice.rising-window-days} against as many days before, which may begin before from).
 */
@Service
public class VoiceMetrics {

    private final VoiceStore store;
    private final VoiceProperties properties;

    VoiceMetrics(VoiceStore store, VoiceProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    /**
     * @param dissatisfiedAt the model's probability from which a contact counts as dissatisfied
     * @param risingSince    the first day of the last window; the window before is as long and ends there
     * @param risingMinimum  the dissatisfied voices a value needs in the last window to be listed as rising
     */
    public record Report(LocalDate from, LocalDate to, Dimension by, double dissatisfiedAt, List<VoiceFigures.Day> days,
            LocalDate risingSince, int risingWindowDays, int risingMinimum, List<VoiceFigures.Rising> rising) {
    }

    @Transactional(readOnly = true)
    public Report of(LocalDate from, LocalDate to, Dimension by) {
        int window = properties.risingWindowDays();
        LocalDate risingSince = to.minusDays(window);
        LocalDate countFrom = from.isBefore(risingSince.minusDays(window)) ? from : risingSince.minusDays(window);
        List<VoiceFigures.Count> counts = store.counts(countFrom, to, by, properties.dissatisfiedAt());
        return new Report(from, to, by, properties.dissatisfiedAt(), VoiceFigures.days(counts, from), risingSince,
                window, properties.risingMinimum(),
                VoiceFigures.rising(counts, risingSince, window, properties.risingMinimum()));
    }
}
