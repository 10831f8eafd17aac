package org.complaintsuite.risk.quality;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.complaintsuite.model.Channel;
import org.complaintsuite.model.Evidence;
import org.complaintsuite.model.QualityFinding;
import org.complaintsuite.model.QualityFinding.Category;
import org.complaintsuite.model.Utterance;
import org.complaintsuite.risk.text.Clauses;
import org.complaintsuite.risk.text.KeywordMatcher;
import org.complaintsuite.risk.text.Lexicons;
import org.complaintsuite.support.text.CustomerText;

/**
 * The quality check of agents' words: every agent's turn of a call or chat is read (simplified) against lexicon
 * rules, and the conversation as a whole for the disclosures an agent must make ({@link MissingDisclosures}).
 * <ul>
 *   <li>{@code THREAT}, {@code RUDENESS}, {@code UNKEEPABLE_PROMISE}: a phrase of the category's list, unless it is
 *       negated: a negator right before it, or with one auxiliary between (不会上门, 不能保证全额退款, 没有去你单位). A
 *       negator further away negates something else: in 再不还钱后果自负 it belongs to 还钱;</li>
 *   <li>{@code THIRD_PARTY_CONTACT}: a verb of contacting (联系, 通知, 告诉 …) followed within
 *       {@value #THIRD_PARTY_WINDOW} characters of the same clause by a third party (家人, 单位, 通讯录 …). Not when the
 *       verb is negated (不会联系您的家人), when the customer is its subject (您可以联系家人), or when the agent asks to be
 *       told (告诉我您的紧急联系人).</li>
 * </ul>
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
    static final int THIRD_PARTY_WINDOW = 6;
    /** Words that may stand between a negator and what it negates: 不会, 不能, 没有去, 不再. */
    private static final String AUXILIARIES = "会能要去用再敢可得必";

    private static final Map<String, PhraseRule> PHRASE_RULES = Map.of(
            THREAT, new PhraseRule(Category.THREAT, "THREAT", "threatens the customer"),
            RUDENESS, new PhraseRule(Category.RUDENESS, "RUDENESS", "is rude to the customer"),
            PROMISE, new PhraseRule(Category.UNKEEPABLE_PROMISE, "UNKEEPABLE_PROMISE",
                    "promises what the firm cannot keep or an agent may not promise"));

    private final KeywordMatcher matcher;

    public AgentWording(KeywordMatcher matcher) {
        this.matcher = matcher;
    }

    /** The rules with the shipped lexicons. */
    public static AgentWording load() {
        Map<String, Set<String>> lists = new LinkedHashMap<>();
        for (String name : List.of(THREAT, RUDENESS, PROMISE, CONTACT_VERB, THIRD_PARTY, SELF_IDENTIFICATION, PRICE,
                Lexicons.NEGATOR)) {
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

    private static void phraseFindings(String conversationId, AgentTurn turn, List<QualityFinding> findings) {
        PHRASE_RULES.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            List<Evidence> evidence = new ArrayList<>();
            for (int i = 0; i < turn.matches().size(); i++) {
                KeywordMatcher.Match match = turn.matches().get(i);
                if (match.lists().contains(entry.getKey()) && !negated(turn.matches(), i, turn.words())) {
                    evidence.add(Evidence.span(match.keyword(), match.start()));
                }
            }
            if (!evidence.isEmpty()) {
                PhraseRule rule = entry.getValue();
                findings.add(turn.finding(conversationId, rule.category(), rule.code(), rule.description(), evidence));
            }
        });
    }

    private static void thirdPartyFinding(String conversationId, AgentTurn turn, List<QualityFinding> findings) {
        List<KeywordMatcher.Match> matches = turn.matches();
        String words = turn.words();
        List<Evidence> evidence = new ArrayList<>();
        for (int v = 0; v < matches.size(); v++) {
            KeywordMatcher.Match verb = matches.get(v);
            if (!verb.lists().contains(CONTACT_VERB) || partOfThirdParty(matches, verb)
                    || negated(matches, v, words)
                    || customerIsSubject(words, verb.start()) || asksToBeTold(words, verb.end())) {
                continue;
            }
            for (int t = v + 1; t < matches.size(); t++) {
                KeywordMatcher.Match party = matches.get(t);
                if (party.start() - verb.end() > THIRD_PARTY_WINDOW) {
                    break;
                }
                if (party.lists().contains(THIRD_PARTY) && party.start() >= verb.end()
                        && Clauses.unbroken(words, verb.end(), party.start())) {
                    evidence.add(Evidence.span(words.substring(verb.start(), party.end()), verb.start()));
                    break;
                }
            }
        }
        if (!evidence.isEmpty()) {
            findings.add(turn.finding(conversationId, Category.THIRD_PARTY_CONTACT, "THIRD_PARTY_CONTACT",
                    "tells the customer the firm will contact, or has contacted, other people about the debt",
                    evidence));
        }
    }

    /** A negator ending right before match {@code index}, or one auxiliary (会, 能, 去 …) before it. */
    private static boolean negated(List<KeywordMatcher.Match> matches, int index, String words) {
        int start = matches.get(index).start();
        return matches.stream().anyMatch(match -> match.lists().contains(Lexicons.NEGATOR)
                && (match.end() == start
                        || match.end() == start - 1 && AUXILIARIES.indexOf(words.charAt(start - 1)) >= 0));
    }

    /** The 联系 of 紧急联系人 is no verb. */
    private static boolean partOfThirdParty(List<KeywordMatcher.Match> matches, KeywordMatcher.Match verb) {
        return matches.stream().anyMatch(match -> match.lists().contains(THIRD_PARTY)
                && match.start() <= verb.start() && verb.end() <= match.end()
                && match.end() - match.start() > verb.end() - verb.start());
    }

    /** 您可以联系家人, 你联系一下朋友: the agent suggests the customer contacts someone. */
    private static boolean customerIsSubject(String words, int verbStart) {
        String before = words.substring(Math.max(0, verbStart - 3), verbStart);
        return before.contains("您") || before.contains("你");
    }

    /** 告诉我您的紧急联系人: the agent asks to be told. */
    private static boolean asksToBeTold(String words, int verbEnd) {
        return words.startsWith("我", verbEnd);
    }

    static UUID findingId(String conversationId, String rule, int turn) {
        return UUID.nameUUIDFromBytes((conversationId + ':' + rule + ':' + turn).getBytes(StandardCharsets.UTF_8));
    }

    private record PhraseRule(Category category, String code, String description) {
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
