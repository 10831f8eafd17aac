package org.complaintsuite.risk.text;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.complaintsuite.model.RiskSignal;
import org.complaintsuite.model.TopicSignal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The producer's side of the topic vocabulary workflow routes on: every {@link TopicSignal} has a lexicon here, and a
 * complaint using its words is reported with exactly that code. A topic added to the vocabulary without a rule here,
 * or a rule renamed, fails this test instead of sending those complaints to GENERAL.
 */
class TopicSignalContractTest {

    private final Lexicons lexicons = Lexicons.load();
    private final TextAnalyzer analyzer = new TextAnalyzer(lexicons.all(), null);

    @Test
    void everyTopicWorkflowRoutesOnIsReportedUnderItsCode() {
        for (TopicSignal topic : TopicSignal.values()) {
            String lexicon = "topic-" + topic.name().toLowerCase(Locale.ROOT).replace('_', '-');
            Set<String> words = new TreeSet<>(lexicons.all().getOrDefault(lexicon, Set.of()));
            assertThat(words).as("lexicon %s for %s", lexicon, topic).isNotEmpty();

            String word = words.iterator().next();
            assertThat(analyzer.analyze("我想反映一下" + word + "的问题").signals()).extracting(RiskSignal::code)
                    .as("signals for a complaint about %s (%s)", word, topic).contains(topic.code());
        }
    }
}
