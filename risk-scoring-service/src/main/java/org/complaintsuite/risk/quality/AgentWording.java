package org.complaintsuite.risk.quality;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.complaintsuite.model.Channel;
import org.complaintsuite.model.Evidence;
import org.complaintsuite.model.QualityFinding;
import org.complaintsuite.model.QualityFinding.Category;
import org.complaintsuite.model.Utterance;
import org.complaintsuite.risk.text.KeywordMatcher;
import org.complaintsuite.risk.text.Lexicons;
import org.complaintsuite.support.text.CustomerText;

/**
 * The quality check of agents' words: every agent's turn of a call or chat is read (simplified) against lexicon
 * rules, and the conversation as a whole for the disclosures an agent must make ({@link MissingDisclosures}).
 * <ul>
 *   <li>{@code THREAT}, {@code RUDENESS}: a phrase of the category's list;</li>
 *   <li>{@code UNKEEPABLE_PROMISE}: a phrase of its list (打包票, 帮您删除), or a word of certainty (保证, 肯定 …) within
 *       {@value #PROMISE_WINDOW} characters of an outcome only the firm's process decides (退款, 减免, 不会影响, 撤销 …),
 *       in either order, in one sentence (不会影响您的征信，我保证);</li>
 *   <li>{@code THIRD_PARTY_CONTACT}: a verb of contacting (联系, 通知, 打电话 …) and a third party (家人, 单位, 通讯录 …)
 *       within {@value #THIRD_PARTY_WINDOW} characters of one clause, in either order (联系你的家人, 给你姐姐打个电话).
 *       Not when the customer is the verb's subject (您可以联系家人), when the agent asks to be told or the third
 *       party is to contact the firm (告诉我您的紧急联系人, 让家人联系我们), or for the 联系 of 紧急联系人.</li>
 * </ul>
 * Anything is taken back by a negator earlier in its clause ({@link WordPairs#negated}: 不会上门, 不能保证全额退款,
 * 我们不会联系您的家人), but not by one that states a condition (不还就上门) or the customer's failing (再不还钱后果自负).
 * One finding per rule and turn, with every span that produced it. Only the agents' turns are read: a customer who
 * says 上门 threatens nobody on the firm's behalf.
 */
public final class AgentWording {

    static final String THREAT = "quality-threat";
    static final String RUDENESS = "quality-rudeness";
    static final String PROMISE = "quality-promise";
    static final String CONTACT_VERB = "quality-contact-verb";
    static final String THIRD_PARTY = "quality-third-party";
    static final String SELF_IDENTIFICATION = "quality-self-identification";
    static final String PRICE = "quality-price";
    static final String CERTAINTY = "quality-certainty";
    static final String OUTCOME = "quality-outcome";
    static final int THIRD_PARTY_WINDOW = 10;
    static final int PROMISE_WINDOW = 12;
    /** An outcome the agent only asks the process for: 我这边帮您申请减免. */
    private static final Pattern PROCESS = Pattern.compile("申请|提交|反馈|核实|争取|问问|试试|尽量|审核");
    /** The customer as the subject right before a verb: 您可以, 你先, 您自己. */
    private static final Pattern CUSTOMER_SUBJECT = Pattern.compile("(您|你)(本人|可以|能|也|就|自己|先|去|最好|需要|要|们)?$");

    /** The phrase rules, in the order a turn's findings are reported. */
    private static final List<PhraseRule> PHRASE_RULES = List.of(
            new PhraseRule(PROMISE, Category.UNKEEPABLE_PROMISE, "UNKEEPABLE_PROMISE",
                    "promises what the firm cannot keep or an agent may not promise", AgentWording::promisedOutcomes),
            new PhraseRule(RUDENESS, Category.RUDENESS, "RUDENESS", "is rude to the customer", turn -> List.of()),
            new PhraseRule(THREAT, Category.THREAT, "THREAT", "threatens the customer", turn -> List.of()));

    private final KeywordMatcher matcher;

    public AgentWording(KeywordMatcher matcher) {
        this.matcher = matcher;
    }

    /** The rules with the shipped lexicons. */
    public static AgentWording load() {
        Map<String, Set<String>> lists = new LinkedHashMap<>();
        for (String name : List.of(THREAT, RUDENESS, PROMISE, CONTACT_VERB, THIRD_PARTY, CERTAINTY, OUTCOME,
                SELF_IDENTIFICATION, PRICE, Lexicons.NEGATOR)) {
            lists.put(name, Lexicons.read(name));
        }
        return new AgentWording(new KeywordMatcher(lists));
    }

    /** Every finding in the agents' turns of one conversation, in turn order. */
    public List<QualityFinding> check(String conversationId, Channel channel, List<Utterance> conversation) {
        List<QualityFinding> findings = new ArrayList<>();
        List<AgentTurn> turns = new ArrayList<>();
        for (int index = 0; index < conversation.size(); index++) {
            Utterance utterance = conversation.get(index);
            if (utterance.speaker() != Utterance.Speaker.AGENT) {
                continue;
            }
            String words = CustomerText.simplified(utterance.text());
            var turn = new AgentTurn(index, utterance, words, matcher.find(words));
            turns.add(turn);
            phraseFindings(conversationId, turn, findings);
            thirdPartyFinding(conversationId, turn, findings);
        }
        findings.addAll(MissingDisclosures.check(conversationId, channel, turns));
        findings.sort((a, b) -> Integer.compare(a.turn(), b.turn()));
        return List.copyOf(findings);
    }

    /** Each rule's phrases, not taken back, and the pairs it finds besides (a promise's certainty and outcome). */
    private static void phraseFindings(String conversationId, AgentTurn turn, List<QualityFinding> findings) {
        for (PhraseRule rule : PHRASE_RULES) {
            List<Evidence> evidence = new ArrayList<>();
            for (KeywordMatcher.Match match : turn.matches()) {
                if (match.lists().contains(rule.list())
                        && !WordPairs.negated(turn.matches(), match.start(), turn.words())
                        && !WordPairs.disowned(turn.words(), match.start(), match.end())) {
                    evidence.add(Evidence.span(match.keyword(), match.start()));
                }
            }
            rule.pairs().apply(turn).stream().filter(pair -> !overlapsAny(evidence, pair.start(), pair.end()))
                    .forEach(evidence::add);
            if (!evidence.isEmpty()) {
                findings.add(turn.finding(conversationId, rule.category(), rule.code(), rule.description(), evidence));
            }
        }
    }

    private static void thirdPartyFinding(String conversationId, AgentTurn turn, List<QualityFinding> findings) {
        List<KeywordMatcher.Match> matches = turn.matches();
        String words = turn.words();
        List<Evidence> evidence = new ArrayList<>();
        for (WordPairs.Pair pair : WordPairs.find(matches, words, CONTACT_VERB, THIRD_PARTY, THIRD_PARTY_WINDOW,
                true, false)) {
            KeywordMatcher.Match verb = pair.first().lists().contains(CONTACT_VERB) ? pair.first() : pair.second();
            if (partOfThirdParty(matches, verb) || negated(matches, pair, words)
                    || WordPairs.disowned(words, pair.start(), pair.end())
                    || customerIsSubject(words, verb.start()) || words.startsWith("我", verb.end())
                    || overlapsAny(evidence, pair.start(), pair.end())) {
                continue;
            }
            evidence.add(Evidence.span(words.substring(pair.start(), pair.end()), pair.start()));
        }
        evidence.addAll(toThirdPersons(matches, words, evidence));
        if (!evidence.isEmpty()) {
            findings.add(turn.finding(conversationId, Category.THIRD_PARTY_CONTACT, "THIRD_PARTY_CONTACT",
                    "tells the customer the firm will contact, or has contacted, other people about the debt",
                    evidence));
        }
    }

    /** 跟他说了, 打给她: a verb of contacting someone the agent speaks of in the third person. */
    private static List<Evidence> toThirdPersons(List<KeywordMatcher.Match> matches, String words,
            List<Evidence> found) {
        List<Evidence> evidence = new ArrayList<>();
        for (KeywordMatcher.Match verb : matches) {
            boolean thirdPerson = verb.lists().contains(CONTACT_VERB)
                    && (verb.keyword().contains("他") || verb.keyword().contains("她"));
            if (thirdPerson && !WordPairs.negated(matches, verb.start(), words)
                    && !customerIsSubject(words, verb.start()) && !WordPairs.disowned(words, verb.start(), verb.end())
                    && !overlapsAny(found, verb.start(), verb.end())) {
                evidence.add(Evidence.span(verb.keyword(), verb.start()));
            }
        }
        return evidence;
    }

    /** A word of certainty with an outcome only the firm's process decides: 保证…退款, 肯定不会影响征信. */
    private static List<Evidence> promisedOutcomes(AgentTurn turn) {
        List<Evidence> evidence = new ArrayList<>();
        for (WordPairs.Pair pair : WordPairs.find(turn.matches(), turn.words(), CERTAINTY, OUTCOME, PROMISE_WINDOW,
                true, true)) {
            String between = turn.words().substring(pair.first().end(), pair.second().start());
            if (!negated(turn.matches(), pair, turn.words()) && !declinedBefore(turn, pair)
                    && !PROCESS.matcher(between).find()
                    && !WordPairs.disowned(turn.words(), pair.start(), pair.end())
                    && !overlapsAny(evidence, pair.start(), pair.end())) {
                evidence.add(Evidence.span(turn.words().substring(pair.start(), pair.end()), pair.start()));
            }
        }
        return evidence;
    }

    /** A negator before the pair, or between its words (全额退款这个我没办法向您保证). */
    private static boolean negated(List<KeywordMatcher.Match> matches, WordPairs.Pair pair, String words) {
        return WordPairs.negated(matches, pair.start(), words) || WordPairs.negated(matches, pair.second().start(), words)
                && matches.stream().anyMatch(m -> m.lists().contains(Lexicons.NEGATOR)
                        && m.start() >= pair.first().end() && m.end() <= pair.second().start());
    }

    /** 我不能保证您的申请一定通过: a certainty declined earlier in the sentence declines what follows it. */
    private static boolean declinedBefore(AgentTurn turn, WordPairs.Pair pair) {
        return turn.matches().stream().anyMatch(m -> m.lists().contains(CERTAINTY) && m.end() <= pair.start()
                && WordPairs.negated(turn.matches(), m.start(), turn.words())
                && WordPairs.sameSentence(turn.words(), m.end(), pair.start()));
    }

    /** Whether a span found already overlaps [start, end): each place in the words counts once. */
    private static boolean overlapsAny(List<Evidence> found, int start, int end) {
        return found.stream().anyMatch(e -> e.start() < end && start < e.end());
    }

    /** The 联系 of 紧急联系人 is no verb. */
    private static boolean partOfThirdParty(List<KeywordMatcher.Match> matches, KeywordMatcher.Match verb) {
        return matches.stream().anyMatch(match -> match.lists().contains(THIRD_PARTY)
                && match.start() <= verb.start() && verb.end() <= match.end()
                && match.end() - match.start() > verb.end() - verb.start());
    }

    /** 您可以联系家人, 你先联系一下朋友: the agent suggests the customer contacts someone. */
    private static boolean customerIsSubject(String words, int verbStart) {
        return CUSTOMER_SUBJECT.matcher(words.substring(0, verbStart)).find();
    }

    static UUID findingId(String conversationId, String rule, int turn) {
        return UUID.nameUUIDFromBytes((conversationId + ':' + rule + ':' + turn).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param list  the lexicon of its phrases
     * @param pairs what it finds besides its phrases
     */
    private record PhraseRule(String list, Category category, String code, String description,
            Function<AgentTurn, List<Evidence>> pairs) {
    }

    /** An agent's turn: its index in the conversation, the turn, its words read simplified, and what matched. */
    record AgentTurn(int index, Utterance utterance, String words, List<KeywordMatcher.Match> matches) {

        QualityFinding finding(String conversationId, Category category, String rule, String description,
                List<Evidence> evidence) {
            return new QualityFinding(findingId(conversationId, rule, index), category, rule, description,
                    utterance.agentId(), index, utterance.at(), words, evidence);
        }
    }
}
