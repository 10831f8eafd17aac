package org.complaintsuite.risk.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.complaintsuite.model.Evidence;
import org.complaintsuite.model.RiskSignal;
import org.complaintsuite.model.TopicSignal;

/**
 * Reads the customer's words for escalation risk (domain brief §5): explicit threats, negative emotion with its
 * intensity, sensitive topics and signs of a vulnerable customer. Every signal keeps the spans that produced it.
 * <p>
 * Negation: a negator (不, 没, 别 …) at most {@value #NEGATION_WINDOW} characters before a threat or emotion word,
 * with no punctuation between, cancels it: 我不生气, 不会去起诉 are not signals. A condition between them keeps the
 * threat: in 不处理就报警 and 别逼我报警 the negator belongs to the condition (就, 才, 逼, 否则, 不然), not to the
 * threat. Reported speech is not the customer's threat: 我老公说要去消协, 之前有人说要报警 (a hearsay marker at most
 * six characters before, within the clause; reported speech, …说, reaches the rest of its clause). A threat already
 * carried out (我已经报警了, 12378我也打过了) is {@code ALREADY_ESCALATED}, context rather than a threat. Intensity: a
 * degree adverb (很, 非常, 太 …) right before an emotion word raises its weight by half; each distinct word counts
 * once, at its strongest; a mild anger word (不满, 失望) counts two thirds. Runs of exclamation or question marks are a
 * signal of their own.
 * Signals are reported in the order of the rules below, whatever their order in the text.
 * <p>
 * Expects normalized, simplified text (intake's {@code customerText}).
 */
public final class TextAnalyzer {

    static final int NEGATION_WINDOW = 3;
    private static final int INTENSIFIER_WINDOW = 2;
    private static final Pattern EMPHATIC = Pattern.compile("[!！?？]{2,}");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[\\p{P}\\s]");
    private static final Pattern CONDITION = Pattern.compile("就|才|逼|否则|不然");
    /** 不限于, 不仅, 不管 …: a 不 that negates nothing after it. */
    private static final Pattern NOT_NEGATING = Pattern.compile("^(限于|仅|但|只|管|论|光)");
    /** 跟他说, 对客服说: the customer telling someone, not someone else speaking. */
    private static final String TELLING = "跟对和给向";

    /**
     * A vow to pursue it to the end (投诉到底, 维权到底, 讨个说法) names no venue, so it is not HIGH alone; one more sign
     * of any kind (anger, distress, a sensitive topic, an earlier complaint, a regulator transfer) makes it HIGH.
     */
    static final int ESCALATION_INTENT_WEIGHT = 50;

    /** How a list becomes a signal. */
    private record Rule(String code, String description, String lexicon, int weight, boolean negatable,
            boolean emotion) {

        boolean threat() {
            return code.endsWith("_THREAT");
        }

        /** Context, capped together: the sensitive topics and the customer's vulnerability. */
        boolean topic() {
            return !negatable && !emotion;
        }
    }

    /**
     * The rules, in the order their signals are reported. Weights: an explicit threat to go to a regulator, the
     * media, a court, the police or the government is by itself HIGH (60) because it names the escalation we
     * predict; emotion adds to it; words of despair are HIGH alone, because they must reach a person quickly.
     * Topics are context, not escalation: together they add at most {@value #TOPICS_MAX_WEIGHT}.
     */
    private static final List<Rule> RULES = List.of(
            new Rule("REGULATOR_THREAT", "threatens to complain to a regulator", Lexicons.THREAT_REGULATOR, 60, true, false),
            new Rule("MEDIA_THREAT", "threatens media exposure", Lexicons.THREAT_MEDIA, 60, true, false),
            new Rule("LEGAL_THREAT", "threatens legal action", Lexicons.THREAT_LEGAL, 60, true, false),
            new Rule("POLICE_THREAT", "threatens to call the police", Lexicons.THREAT_POLICE, 60, true, false),
            new Rule("PETITION_THREAT", "threatens to petition the government", Lexicons.THREAT_PETITION, 60, true, false),
            new Rule("ESCALATION_INTENT", "vows to keep complaining until satisfied", Lexicons.THREAT_PERSISTENCE,
                    ESCALATION_INTENT_WEIGHT, true, false),
            new Rule("DESPAIR", "words of despair or self-harm", Lexicons.EMOTION_DESPAIR, 60, true, true),
            new Rule("DISTRESS", "acute distress: anxiety, sleeplessness, panic", Lexicons.EMOTION_DISTRESS, 25, true, true),
            new Rule("ANGER", "anger or strong dissatisfaction", Lexicons.EMOTION_ANGER, 12, true, true),
            new Rule("INSULT", "insults the firm or its staff", Lexicons.EMOTION_INSULT, 15, true, true),
            new Rule(TopicSignal.ABUSIVE_COLLECTION.code(), "abusive debt collection", Lexicons.TOPIC_ABUSIVE_COLLECTION, 20, false, false),
            new Rule(TopicSignal.PRIVACY.code(), "privacy or personal-data leak", Lexicons.TOPIC_PRIVACY, 15, false, false),
            new Rule(TopicSignal.CREDIT_REPORT.code(), "credit report", Lexicons.TOPIC_CREDIT_REPORT, 10, false, false),
            new Rule(TopicSignal.FEES.code(), "fees or interest", Lexicons.TOPIC_FEES, 10, false, false),
            new Rule("VULNERABLE_CUSTOMER", "a vulnerable customer (age, illness, disability, unemployment)",
                    Lexicons.VULNERABLE, 15, false, false));

    /** An anger word of {@code emotion-anger-mild.txt} counts this much of one (非常失望 counts as one). */
    static final double MILD_ANGER = 2.0 / 3;
    /** A threat already carried out (我已经报警了, 12378我也打过了): escalation context, as a regulator transfer is. */
    static final int ALREADY_ESCALATED_WEIGHT = 30;
    private static final int PAST_WINDOW = 8;
    /** 已经, 之前, 上周 … before a threat in its clause: it is something the customer did, not will do. */
    private static final Pattern PAST_BEFORE = Pattern.compile("已经|早就|早已|之前|以前|上次|上周|上个月|前几天|前天|昨天|曾经|已");
    /** 要, 准备, 再 … between such a marker and the threat: 我已经准备去起诉 is still a threat. */
    private static final Pattern FUTURE = Pattern.compile("要|会|准备|打算|将|就|再|马上|立刻|一定|还得");
    /** 打过, 反映过, 报案回执 right after a threat: done already. */
    private static final Pattern PAST_AFTER = Pattern.compile(
            "(打|反映|投诉|举报|报|找|去|问|咨询|联系|告|发|写)过|回执|笔录|^(那边|这边)?我?也?(已经|早就|早已|已)");
    private static final int PAST_AFTER_WINDOW = 8;
    /** Each further distinct word of distress adds this, up to {@link #DISTRESS_MAX_WEIGHT}. */
    static final int FURTHER_DISTRESS_WEIGHT = 15;
    static final int DISTRESS_MAX_WEIGHT = 60;
    /** Anger counts once per distinct word, up to this. */
    static final int ANGER_MAX_WEIGHT = 30;
    static final int EMPHATIC_WEIGHT = 10;
    static final int TOPICS_MAX_WEIGHT = 20;
    static final int EMOTION_MAX_WEIGHT = 35;
    private static final int ACTION_BEFORE_WINDOW = 3;
    private static final int ACTION_AFTER_WINDOW = 8;
    private static final int DIMINISHER_WINDOW = 2;
    private static final java.util.Set<String> CAPPED_EMOTIONS = java.util.Set.of("ANGER", "INSULT", "EMPHATIC");
    static final int VULNERABLE_IN_DISTRESS_WEIGHT = 20;
    static final int HEARSAY_WINDOW = 6;
    /** How far a marker of reported speech (…说) reaches, within its clause. */
    static final int REPORTED_SPEECH_WINDOW = 20;

    private final KeywordMatcher matcher;
    private final java.util.Collection<String> actionWords;

    public TextAnalyzer(Map<String, ? extends java.util.Collection<String>> lexicons) {
        this.matcher = new KeywordMatcher(lexicons);
        this.actionWords = java.util.List.copyOf(lexicons.get(Lexicons.THREAT_ACTION));
    }

    public TextAnalysis analyze(String text) {
        List<KeywordMatcher.Match> matches = matcher.find(text);
        Map<Rule, List<Evidence>> evidence = new LinkedHashMap<>();
        Map<Rule, Map<String, Double>> strongest = new LinkedHashMap<>();
        List<Evidence> past = new ArrayList<>();
        for (int i = 0; i < matches.size(); i++) {
            KeywordMatcher.Match match = matches.get(i);
            for (Rule rule : RULES) {
                if (!match.lists().contains(rule.lexicon())) {
                    continue;
                }
                if (rule.negatable() && negated(matches, i, text)) {
                    continue;
                }
                if (rule.threat() && (precededBy(matches, i, text, Lexicons.HEARSAY, HEARSAY_WINDOW)
                        || !withAction(matches, i, text))) {
                    continue;
                }
                if (rule.lexicon().equals(Lexicons.THREAT_PERSISTENCE)
                        && precededBy(matches, i, text, Lexicons.HEARSAY, HEARSAY_WINDOW)) {
                    continue;
                }
                if (rule.threat() && alreadyDone(match, text)) {
                    past.add(Evidence.span(match.keyword(), match.start()));
                    continue;
                }
                if (CAPPED_EMOTIONS.contains(rule.code())
                        && precededBy(matches, i, text, Lexicons.DIMINISHER, DIMINISHER_WINDOW)) {
                    continue;
                }
                boolean intensified = rule.emotion()
                        && precededBy(matches, i, text, Lexicons.INTENSIFIER, INTENSIFIER_WINDOW);
                evidence.computeIfAbsent(rule, r -> new ArrayList<>()).add(Evidence.span(match.keyword(), match.start()));
                double strength = rule.code().equals("ANGER") && match.lists().contains(Lexicons.EMOTION_ANGER_MILD)
                        ? MILD_ANGER : 1.0;
                strongest.computeIfAbsent(rule, r -> new LinkedHashMap<>())
                        .merge(match.keyword(), intensified ? 1.5 * strength : strength, Math::max);
            }
        }
        List<RiskSignal> signals = new ArrayList<>();
        double emotion = 0;
        int topicsLeft = TOPICS_MAX_WEIGHT;
        int emotionLeft = EMOTION_MAX_WEIGHT;
        for (Rule rule : RULES) {
            List<Evidence> spans = evidence.get(rule);
            if (spans == null) {
                continue;
            }
            double times = strongest.get(rule).values().stream().mapToDouble(Double::doubleValue).sum();
            int weight = switch (rule.code()) {
                case "ANGER" -> (int) Math.min(ANGER_MAX_WEIGHT, Math.round(rule.weight() * times));
                // several signs of distress at once are acute: 心慌手抖，整夜合不上眼
                case "DISTRESS" -> Math.min(DISTRESS_MAX_WEIGHT,
                        rule.weight() + FURTHER_DISTRESS_WEIGHT * (strongest.get(rule).size() - 1));
                default -> rule.weight();
            };
            if (rule.topic()) {
                // listed with its evidence whatever its weight: an agent sees every topic raised
                weight = Math.min(weight, topicsLeft);
                topicsLeft -= weight;
            }
            if (CAPPED_EMOTIONS.contains(rule.code())) {
                weight = Math.min(weight, emotionLeft);
                emotionLeft -= weight;
            }
            signals.add(new RiskSignal(rule.code(), rule.description(), weight, spans));
            if (rule.emotion()) {
                emotion += switch (rule.code()) {
                    case "DESPAIR" -> 2.0 * times;
                    case "INSULT", "DISTRESS" -> 1.5 * times;
                    default -> times;
                };
            }
        }
        if (!past.isEmpty()) {
            signals.add(new RiskSignal("ALREADY_ESCALATED",
                    "says the matter already went to a regulator, the media, a court or the police",
                    ALREADY_ESCALATED_WEIGHT, past));
        }
        boolean vulnerable = evidence.keySet().stream().anyMatch(rule -> rule.code().equals("VULNERABLE_CUSTOMER"));
        boolean distressed = evidence.keySet().stream()
                .anyMatch(rule -> rule.code().equals("DISTRESS") || rule.code().equals("DESPAIR"));
        if (vulnerable && distressed) {
            signals.add(new RiskSignal("VULNERABLE_IN_DISTRESS", "a vulnerable customer in acute distress",
                    VULNERABLE_IN_DISTRESS_WEIGHT, List.of(Evidence.fact("vulnerability and distress together"))));
        }
        List<Evidence> emphatic = new ArrayList<>();
        int emphaticWeight = Math.min(EMPHATIC_WEIGHT, emotionLeft);
        Matcher marks = EMPHATIC.matcher(text);
        while (marks.find()) {
            emphatic.add(Evidence.span(marks.group(), marks.start()));
        }
        if (!emphatic.isEmpty()) {
            signals.add(new RiskSignal("EMPHATIC", "repeated exclamation or question marks", emphaticWeight, emphatic));
            emotion += 0.5;
        }
        // saturating: one angry word is clearly negative, several are close to the ceiling
        double negativeEmotion = Math.round((1 - Math.exp(-emotion / 2)) * 100) / 100.0;
        boolean strongEmotion = !emphatic.isEmpty() || evidence.keySet().stream()
                .anyMatch(rule -> List.of("INSULT", "DESPAIR", "DISTRESS").contains(rule.code()))
                || evidence.keySet().stream().filter(rule -> rule.code().equals("ANGER")).anyMatch(rule ->
                        strongest.get(rule).values().stream().mapToDouble(Double::doubleValue).sum() >= 0.99);
        return new TextAnalysis(signals, negativeEmotion, strongEmotion);
    }

    /**
     * Whether a threat is something already done: a past marker before it in its clause with no intention between
     * (我已经报警了, 之前找过律师), or a past form right after it (12378我也打过了, 派出所给我出了报案回执).
     */
    private static boolean alreadyDone(KeywordMatcher.Match match, String text) {
        int from = Math.max(0, match.start() - PAST_WINDOW);
        String before = text.substring(from, match.start());
        Matcher breaks = CLAUSE_BREAK.matcher(before);
        while (breaks.find()) {
            before = before.substring(breaks.end());
            breaks = CLAUSE_BREAK.matcher(before);
        }
        Matcher marker = PAST_BEFORE.matcher(before);
        if (marker.find() && !FUTURE.matcher(before.substring(marker.end())).find()) {
            return true;
        }
        String after = text.substring(match.end(), Math.min(text.length(), match.end() + PAST_AFTER_WINDOW));
        Matcher afterBreak = CLAUSE_BREAK.matcher(after);
        if (afterBreak.find()) {
            after = after.substring(0, afterBreak.start());
        }
        return PAST_AFTER.matcher(after).find() || PAST_AFTER.matcher(match.keyword()).find();
    }

    /** Whether a threat keyword is an action, or has one near it in its clause. */
    private boolean withAction(List<KeywordMatcher.Match> matches, int index, String text) {
        KeywordMatcher.Match target = matches.get(index);
        if (actionWords.stream().anyMatch(target.keyword()::contains)) {
            return true;
        }
        for (KeywordMatcher.Match other : matches) {
            if (other == target || !other.lists().contains(Lexicons.THREAT_ACTION)) {
                continue;
            }
            boolean before = other.end() <= target.start() && target.start() - other.end() <= ACTION_BEFORE_WINDOW;
            boolean after = other.start() >= target.end() && other.start() - target.end() <= ACTION_AFTER_WINDOW;
            if (before && !CLAUSE_BREAK.matcher(text.substring(other.end(), target.start())).find()
                    || after && !CLAUSE_BREAK.matcher(text.substring(target.end(), other.start())).find()) {
                return true;
            }
        }
        return false;
    }

    /** A negator shortly before the match, unless a condition stands between them. */
    private static boolean negated(List<KeywordMatcher.Match> matches, int index, String text) {
        KeywordMatcher.Match target = matches.get(index);
        for (int j = index - 1; j >= 0; j--) {
            KeywordMatcher.Match before = matches.get(j);
            if (before.end() > target.start() || !before.lists().contains(Lexicons.NEGATOR)) {
                continue;
            }
            if (target.start() - before.end() > NEGATION_WINDOW) {
                return false;
            }
            if (NOT_NEGATING.matcher(text.substring(before.end())).lookingAt()) {
                continue;
            }
            String between = text.substring(before.end(), target.start());
            return !CLAUSE_BREAK.matcher(between).find() && !CONDITION.matcher(between).find();
        }
        return false;
    }

    /**
     * Whether a word of {@code list} ends at most {@code window} characters before match {@code index}, with no
     * punctuation or space in between.
     */
    private static boolean precededBy(List<KeywordMatcher.Match> matches, int index, String text, String list,
            int window) {
        KeywordMatcher.Match target = matches.get(index);
        // every earlier match is looked at: a longer marker (别人说) may start where a shorter word (别) does
        for (int j = index - 1; j >= 0; j--) {
            KeywordMatcher.Match before = matches.get(j);
            // reported speech (客服说, 老公说) governs the rest of its clause: 客服说对征信有异议也可以找人民银行
            int reach = list.equals(Lexicons.HEARSAY) && before.keyword().endsWith("说") ? REPORTED_SPEECH_WINDOW
                    : window;
            if (before.end() > target.start() || target.start() - before.end() > reach
                    || !before.lists().contains(list)) {
                continue;
            }
            if (list.equals(Lexicons.HEARSAY) && before.start() > 0
                    && TELLING.indexOf(text.charAt(before.start() - 1)) >= 0) {
                continue;
            }
            if (!CLAUSE_BREAK.matcher(text.substring(before.end(), target.start())).find()) {
                return true;
            }
        }
        return false;
    }
}
