package org.complaintsuite.e2e.evaluation;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.complaintsuite.e2e.evaluation.People.Person;
import org.complaintsuite.e2e.evaluation.People.Region;
import org.complaintsuite.e2e.evaluation.Phrases.Cue;
import org.complaintsuite.e2e.evaluation.Phrases.Issue;
import org.complaintsuite.e2e.evaluation.Phrases.Line;

import static org.complaintsuite.e2e.evaluation.Phrases.l;

/**
 * A labelled evaluation set for risk scoring: raw channel payloads (domain brief §3) for the intake endpoints, each
 * labelled by what it is, in the order and with the times the firm would receive them. Deterministic per seed: the
 * same seed and size give the same set, byte for byte.
 *
 * <h2>What is in it</h2>
 * About 30 % of the complaints are driven by proxy rights-defence agencies (brief §2), the rest are genuine.
 * <ul>
 * <li><b>Rings</b> of 3 to 25 borrowers recruited by one agency, with the agency's tactic:
 * <ul>
 * <li>{@code proxy.shared-agent}: regulator transfers filed by the agency with a power of attorney; the agent's
 * phone and organization recur across borrowers (staff names vary, the organization is sometimes abbreviated or
 * left out, the template is written in the borrower's or the agent's voice);</li>
 * <li>{@code proxy.shared-contact}: no agent named, but the agency's mobile or office address stands as the
 * borrower's own contact (regulator transfers, chats, calls), with different customer ids and names;</li>
 * <li>{@code proxy.template}: nothing shared but the agency's text: a written template with name, amount, date and
 * product substituted and some sentences paraphrased, dropped or reordered (how much depends on the agency), or a
 * script the borrower types into chat or reads out on the phone;</li>
 * <li>{@code proxy.mixed}: each member by any of the above;</li>
 * <li>{@code +burst}: most members filed within a few hours, the rest over the following days.</li>
 * </ul>
 * The agencies' demands (suspend interest and repayment, refund all interest and fees, reduce principal, delete the
 * credit record, stop collection) are worded in many ways, not only as stock phrases.</li>
 * <li>{@code proxy.lone-agency}: an agency's filing that is its only one in the set.</li>
 * <li><b>Genuine complaints</b>: routine dissatisfaction, fee questions, polite requests, angry customers with and
 * without explicit threats, distressed and vulnerable customers, abusive-collection victims, negated or hypothetical
 * mentions of regulators, media, lawyers and police, regulator transfers of individual complaints (in the
 * customer's words or the operator's summary), identity theft reported to the police, and innocent sharing: family
 * members at one address (sometimes one phone), one customer complaining two or three times, employees calling from
 * one company switchboard, a relative or a law firm (律师事务所) acting with a power of attorney, a wave of customers
 * hit by one incident (a double debit, an outage) complaining within hours in their own words.</li>
 * </ul>
 * Text arrives as people send it: simplified or (about 7 %) traditional characters, full-width or ASCII
 * punctuation, full-width digits, ASR transcripts without punctuation and with fillers, phone numbers with spaces,
 * dashes, {@code +86}/{@code 0086} and full-width digits, addresses typed with small differences.
 *
 * <h2>Labels</h2>
 * <b>proxy</b> is true exactly for complaints an agency drives: ring members and lone agency filings. Genuine
 * complaints are false, including every innocent-sharing case and genuine customers represented by a relative or a
 * lawyer.
 * <p>
 * <b>escalation</b> is decided by what the complaint says, whoever wrote it (an agency's template that threatens a
 * regulator is a threat: escalating is the agency's business), and is true when at least one holds:
 * <ol>
 * <li>an explicit threat to take the matter to a regulator or hotline (NFRA/12378, PBOC/12363, 12315, 金融办 ...),
 * the media or a public platform, a lawyer, court or arbitration, the police, or a petition office; conditional
 * threats ("再不处理我就…") count, negated, hypothetical or someone else's mentions ("我不想闹到监管那里", "之前有人说要报警但我
 * 没有", "朋友劝我找律师，我觉得没必要") do not;</li>
 * <li>acute distress: despair, hopelessness, thoughts of self-harm, no sleep for fear (being elderly, ill or
 * unemployed alone is not enough);</li>
 * <li>already escalated with anger: the complaint came through a regulator or public platform, or the customer
 * says they already went to one (or to the police or a lawyer), <em>and</em> the customer is strongly angry.</li>
 * </ol>
 * Otherwise false: routine or angry complaints without a threat, polite questions, calm regulator transfers, calm
 * vulnerable customers asking for help. Each sentence the generator writes carries these cues ({@link Cue}), so the
 * label is computed from the sentences actually used, never assigned by scenario.
 */
public final class EvaluationSetGenerator {

    public static final int DEFAULT_SIZE = 1500;
    public static final double PROXY_SHARE = 0.30;

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final ZonedDateTime START = ZonedDateTime.of(2025, 7, 1, 0, 0, 0, 0, BEIJING);
    private static final DateTimeFormatter REGULATOR_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Pattern SLOT = Pattern.compile("\\{([a-zA-Z0-9]+)}");
    private static final Pattern OPTIONS = Pattern.compile("\\[([^\\[\\]]*)]");

    private static final List<String> PRODUCTS = List.of("安逸借", "随薪贷", "轻松花", "惠分期", "速e贷", "信享贷",
            "月月花", "闪借", "好期贷", "乐享借");
    private static final List<String> BRANDS = List.of("鼎信", "汇诚", "正合", "安泰", "民信", "恒睿", "信和", "华誉",
            "明德", "卓越", "和顺", "众诚", "天衡", "金盾", "德正", "益友", "君合", "宏达", "诚毅", "百川", "合众", "聚力");
    private static final List<String> AGENCY_TYPES = List.of("法务咨询有限公司", "企业管理咨询有限公司", "信息咨询服务部",
            "商务服务有限公司", "文化传媒有限公司", "信用管理有限公司", "网络科技有限公司", "财务顾问有限公司",
            "债务咨询工作室", "法律咨询服务有限公司", "投资管理有限公司");
    private static final List<String> LAW_FIRM_NAMES = List.of("正平", "明理", "衡信", "德恒信", "致远", "公正",
            "维正", "华商", "立言", "中伦信", "法衡", "君泰", "广和", "博识", "大成和");

    /** The intake endpoints. */
    public enum Channel {
        PHONE("/api/v1/complaints/phone"), CHAT("/api/v1/complaints/chat"), REGULATOR("/api/v1/complaints/regulator");

        private final String path;

        Channel(String path) {
            this.path = path;
        }

        public String path() {
            return path;
        }
    }

    private enum Tactic {
        SHARED_AGENT("shared-agent"), SHARED_CONTACT("shared-contact"), TEMPLATE("template"), MIXED("mixed");

        final String label;

        Tactic(String label) {
            this.label = label;
        }
    }

    private final long seed;
    private final JsonMapper json = JsonMapper.builder().build();

    // per generate() call
    private Random random;
    private People people;
    private List<Draft> drafts;
    private int spanDays;
    private int callCounter;
    private int caseCounter;
    private Set<String> usedReferences;
    private List<String> lawFirms;
    private Set<String> usedBrands;

    public EvaluationSetGenerator(long seed) {
        this.seed = seed;
    }

    /** The default-sized set. */
    public List<LabelledComplaint> generate() {
        return generate(DEFAULT_SIZE);
    }

    /** {@code size} complaints in time order; about 30 % driven by agencies. */
    public List<LabelledComplaint> generate(int size) {
        if (size < 50) {
            throw new IllegalArgumentException("an evaluation set needs at least 50 complaints: " + size);
        }
        random = new Random(seed);
        people = new People(random);
        drafts = new ArrayList<>();
        spanDays = Math.max(21, size / 25);
        callCounter = 100_000 + random.nextInt(800_000);
        caseCounter = 10_000 + random.nextInt(80_000);
        usedReferences = new HashSet<>();
        lawFirms = new ArrayList<>();
        usedBrands = new HashSet<>();

        int proxies = (int) Math.round(size * PROXY_SHARE);
        planProxies(proxies);
        planGenuine(size - proxies);
        if (drafts.size() != size) {
            throw new IllegalStateException("planned " + drafts.size() + " complaints instead of " + size);
        }

        List<Draft> ordered = new ArrayList<>(drafts);
        ordered.sort(Comparator.comparing((Draft d) -> d.at).thenComparingInt(d -> d.order));
        List<LabelledComplaint> set = new ArrayList<>(size);
        for (Draft draft : ordered) {
            set.add(render(set.size() + 1, draft));
        }
        return List.copyOf(set);
    }

    // =========================================================================================================
    // Proxy agencies

    private record Template(int opening, List<Integer> grievanceGroups, List<Integer> grievanceWordings,
            int demandIntro, List<Integer> demandGroups, List<Integer> demandWordings, int enumeration, Line closing,
            boolean demandsInField) {
    }

    private record Script(int opening, List<Integer> claimGroups, List<Integer> claimWordings,
            List<Integer> demandGroups, List<Integer> demandWordings, Line closing) {
    }

    /**
     * @param sloppiness   per sentence, how likely a member's copy words it differently: most agencies copy and paste
     *                     (published observations: more than 90 % similar texts), some deliberately spin each copy
     * @param slotStyle    how the agency's form writes dates and amounts, the same for every borrower
     * @param pastesTemplate whether borrowers paste the written template into chat (else they type the short script)
     * @param agentLine    whether the template ends by handing over to the agent
     */
    private record Agency(String organization, String brand, List<String> staff, List<String> mobiles,
            String landline, String email, String office, Region region, boolean writesAsAgent, double sloppiness,
            int slotStyle, boolean pastesTemplate, boolean agentLine, Template template, Script script) {
    }

    private void planProxies(int budget) {
        int lone = Math.max(1, budget / 40);
        int remaining = budget - lone;
        List<Tactic> tactics = new ArrayList<>();
        int ringNo = 0;
        while (remaining > 0) {
            if (remaining < 3) {
                lone += remaining;
                break;
            }
            int size = Math.min(ringSize(), remaining);
            if (remaining - size > 0 && remaining - size < 3) {
                size = remaining;
            }
            if (tactics.isEmpty()) {
                tactics.addAll(List.of(Tactic.values()));
                Collections.shuffle(tactics, random);
            }
            Tactic tactic = tactics.removeFirst();
            // every third ring files in a burst, and some others too
            boolean burst = ringNo % 3 == 1 || chance(0.15);
            ring(++ringNo, size, tactic, burst);
            remaining -= size;
        }
        for (int i = 0; i < lone; i++) {
            Agency agency = agency();
            Instant at = workingTime(randomDay());
            Draft draft = agentFiling(agency, at, people.person());
            draft.kind = "proxy.lone-agency";
            draft.group = null;
        }
    }

    private int ringSize() {
        int band = random.nextInt(100);
        if (band < 35) {
            return between(3, 5);
        }
        if (band < 70) {
            return between(6, 10);
        }
        if (band < 90) {
            return between(11, 18);
        }
        return between(19, 25);
    }

    private void ring(int ringNo, int size, Tactic tactic, boolean burst) {
        Agency agency = agency();
        String group = "ring-%02d".formatted(ringNo);
        String kind = "proxy." + tactic.label + (burst ? "+burst" : "");
        List<Instant> times = ringTimes(size, burst);
        for (Instant at : times) {
            Person borrower = people.person(1965, 2001);
            Tactic rendering = tactic == Tactic.MIXED ? pick(List.of(Tactic.SHARED_AGENT, Tactic.SHARED_CONTACT,
                    Tactic.TEMPLATE)) : tactic;
            Draft draft = switch (rendering) {
                case SHARED_AGENT -> agentFiling(agency, at, borrower);
                case SHARED_CONTACT -> contactFiling(agency, at, borrower);
                default -> templateFiling(agency, at, borrower);
            };
            draft.kind = kind;
            draft.group = group;
        }
    }

    private List<Instant> ringTimes(int size, boolean burst) {
        List<Instant> times = new ArrayList<>();
        int ringDays = burst ? between(2, 10) : between(4, 28);
        int firstDay = random.nextInt(Math.max(1, spanDays - Math.min(ringDays, spanDays - 1)));
        if (burst) {
            ZonedDateTime burstStart = START.plusDays(firstDay).withHour(between(9, 15)).withMinute(random.nextInt(60));
            int inBurst = Math.max(3, (int) Math.round(size * (0.6 + random.nextDouble() * 0.3)));
            int burstMinutes = between(60, 360);
            for (int i = 0; i < size; i++) {
                if (i < inBurst) {
                    times.add(clip(burstStart.plusMinutes(random.nextInt(burstMinutes))
                            .plusSeconds(random.nextInt(60)).toInstant()));
                }
                else {
                    times.add(workingTime(clipDay(firstDay + between(0, ringDays))));
                }
            }
        }
        else {
            for (int i = 0; i < size; i++) {
                times.add(workingTime(clipDay(firstDay + random.nextInt(ringDays + 1))));
            }
        }
        return times;
    }

    private Agency agency() {
        String brand;
        do {
            brand = pick(BRANDS) + (random.nextInt(3) == 0 ? pick(List.of("天下", "之星", "联合", "同创", "启航")) : "");
            if (usedBrands.size() > 100) {
                brand = brand + pick(List.of("一", "二", "三", "新", "信", "达", "安", "盛")) + usedBrands.size();
            }
        }
        while (!usedBrands.add(brand));
        Region region = pick(People.REGIONS);
        String organization = region.city() + brand + pick(AGENCY_TYPES);
        List<String> staff = new ArrayList<>();
        for (int i = between(1, 3); i > 0; i--) {
            staff.add(people.name());
        }
        List<String> mobiles = new ArrayList<>();
        for (int i = random.nextInt(4) == 0 ? 2 : 1; i > 0; i--) {
            mobiles.add(people.mobile());
        }
        String email = chance(0.4) ? pick(List.of("service", "fawu", "kefu", "weiquan", "xieshang")) + between(1, 999)
                + "@" + pick(List.of("163.com", "qq.com", "126.com", "sina.com")) : null;
        // four in five agencies copy and paste with the odd edit; the rest spin every copy to look individual
        double sloppiness = chance(0.8) ? random.nextDouble() * 0.12 : 0.2 + random.nextDouble() * 0.25;

        List<Integer> grievanceGroups = sample(Phrases.TEMPLATE_GRIEVANCES.size(), between(2, 4));
        List<Integer> demandGroups = sample(Phrases.TEMPLATE_DEMANDS.size(), between(2, 4));
        Template template = new Template(random.nextInt(Phrases.TEMPLATE_OPENINGS.size()), grievanceGroups,
                wordings(Phrases.TEMPLATE_GRIEVANCES, grievanceGroups), random.nextInt(Phrases.TEMPLATE_DEMAND_INTROS.size()),
                demandGroups, wordings(Phrases.TEMPLATE_DEMANDS, demandGroups), random.nextInt(4),
                chance(0.6) ? pick(Phrases.TEMPLATE_CLOSINGS_THREAT) : pick(Phrases.TEMPLATE_CLOSINGS_NEUTRAL),
                chance(0.6));
        List<Integer> claimGroups = sample(Phrases.SCRIPT_CLAIMS.size(), between(1, 3));
        List<Integer> scriptDemands = sample(Phrases.SCRIPT_DEMANDS.size(), between(1, 3));
        Script script = new Script(random.nextInt(Phrases.SCRIPT_OPENINGS.getFirst().size()), claimGroups,
                wordings(Phrases.SCRIPT_CLAIMS, claimGroups), scriptDemands, wordings(Phrases.SCRIPT_DEMANDS, scriptDemands),
                chance(0.5) ? pick(Phrases.SCRIPT_CLOSINGS_THREAT) : pick(Phrases.SCRIPT_CLOSINGS_NEUTRAL));
        return new Agency(organization, brand, staff, mobiles, chance(0.4) ? people.landline() : null, email,
                people.officeAddress(region), region, chance(0.4), sloppiness, random.nextInt(1000), chance(0.4),
                chance(0.5), template, script);
    }

    private List<Integer> wordings(List<List<String>> groups, List<Integer> chosen) {
        return chosen.stream().map(g -> random.nextInt(groups.get(g).size())).toList();
    }

    /** Tactic (a): the agency files with a regulator, names itself as agent, attaches the power of attorney. */
    private Draft agentFiling(Agency agency, Instant at, Person borrower) {
        Draft draft = new Draft(at, Channel.REGULATOR, borrower);
        draft.proxy = true;
        draft.variant = "agent-poa/regulator";
        draft.source = proxySource();
        Slots slots = new Slots(borrower, at, agency.slotStyle());
        boolean agentVoice = agency.writesAsAgent();
        if (chance(0.9)) {
            String organization = switch (random.nextInt(10)) {
                case 0 -> agency.brand() + pick(List.of("法务", "法务部", "团队", "工作室"));
                case 1, 2 -> null;
                case 3 -> agency.organization().replace("有限公司", " 有限公司");
                default -> agency.organization();
            };
            String phone = agency.landline() != null && chance(0.2) ? agency.landline() : pick(agency.mobiles());
            draft.agent = new AgentBlock(pick(agency.staff()), people.write(phone),
                    agency.email() != null && chance(0.6) ? agency.email() : null, organization);
            slots.put("agent", organization != null && chance(0.5) ? organization : draft.agent.name());
            slots.put("agentPhone", draft.agent.phone());
        }
        else {
            slots.put("agent", pick(agency.staff()));
            slots.put("agentPhone", people.write(pick(agency.mobiles())));
        }
        if (chance(0.85)) {
            draft.attachments.add(pick(List.of("委托书.pdf", "授权委托书.jpg", "委托代理合同.pdf", "授权书.png",
                    "委托书（签字版）.pdf")));
        }
        otherAttachments(draft);
        templateInto(draft, agency, slots, agentVoice, agency.agentLine() && chance(0.9));
        draft.contactPhone = chance(0.15) ? pick(agency.mobiles()) : borrower.mobile();
        draft.address = chance(0.5) ? borrower.address() : null;
        draft.includeIdNumber = chance(0.95);
        return draft;
    }

    /** Tactic (b): the agency's mobile or office stands as the borrower's own contact. */
    private Draft contactFiling(Agency agency, Instant at, Person borrower) {
        int channel = random.nextInt(100);
        Slots slots = new Slots(borrower, at, agency.slotStyle());
        slots.put("agent", pick(agency.staff()));
        slots.put("agentPhone", people.write(pick(agency.mobiles())));
        Draft draft;
        if (channel < 55) {
            draft = new Draft(at, Channel.REGULATOR, borrower);
            draft.source = proxySource();
            draft.variant = "shared-contact/regulator";
            templateInto(draft, agency, slots, false, agency.agentLine() && chance(0.3));
            boolean agencyPhone = chance(0.85);
            draft.contactPhone = agencyPhone ? pick(agency.mobiles()) : borrower.mobile();
            // the agency's office as the mailing address, most often when the phone is the borrower's own
            draft.address = !agencyPhone || chance(0.6) ? people.retype(agency.office(), agency.region())
                    : chance(0.5) ? borrower.address() : null;
            draft.includeIdNumber = chance(0.92);
            otherAttachments(draft);
        }
        else if (channel < 85) {
            draft = new Draft(at, Channel.CHAT, borrower);
            draft.variant = "shared-contact/chat";
            draft.customerId = borrower.customerId();
            draft.contactPhone = chance(0.9) ? pick(agency.mobiles()) : borrower.mobile();
            if (agency.pastesTemplate()) {
                templateInto(draft, agency, slots, false, false);
            }
            else {
                draft.lines.addAll(scriptText(agency, slots, false));
            }
        }
        else {
            draft = new Draft(at, Channel.PHONE, borrower);
            draft.variant = "shared-contact/phone";
            draft.customerId = borrower.customerId();
            draft.contactPhone = agency.landline() != null && chance(0.3) ? agency.landline() : pick(agency.mobiles());
            draft.lines.addAll(scriptText(agency, slots, true));
        }
        draft.proxy = true;
        return draft;
    }

    /** Tactic (c): only the agency's words link the complaints; every identifier is the borrower's own. */
    private Draft templateFiling(Agency agency, Instant at, Person borrower) {
        int channel = random.nextInt(100);
        Slots slots = new Slots(borrower, at, agency.slotStyle());
        Draft draft;
        if (channel < 40) {
            draft = new Draft(at, Channel.CHAT, borrower);
            draft.customerId = borrower.customerId();
            draft.contactPhone = chance(0.5) ? borrower.mobile() : null;
            if (agency.pastesTemplate()) {
                draft.variant = "template/chat";
                templateInto(draft, agency, slots, false, false);
            }
            else {
                draft.variant = "script/chat";
                draft.lines.addAll(scriptText(agency, slots, false));
            }
        }
        else if (channel < 70) {
            draft = new Draft(at, Channel.PHONE, borrower);
            draft.variant = "script/phone";
            draft.customerId = borrower.customerId();
            draft.contactPhone = borrower.mobile();
            draft.lines.addAll(scriptText(agency, slots, true));
        }
        else {
            draft = new Draft(at, Channel.REGULATOR, borrower);
            draft.variant = "template/regulator";
            draft.source = proxySource();
            templateInto(draft, agency, slots, false, false);
            draft.contactPhone = borrower.mobile();
            draft.address = chance(0.6) ? borrower.address() : null;
            draft.includeIdNumber = chance(0.95);
            otherAttachments(draft);
        }
        draft.proxy = true;
        return draft;
    }

    /** The agency's written template, as this member's copy of it turned out. */
    private void templateInto(Draft draft, Agency agency, Slots slots, boolean agentVoice, boolean agentLine) {
        Template template = agency.template();
        double slop = agency.sloppiness();
        List<Line> lines = new ArrayList<>();
        String opening = chance(slop) ? pick(Phrases.TEMPLATE_OPENINGS) : Phrases.TEMPLATE_OPENINGS.get(template.opening());
        lines.add(l(opening));

        List<String> grievances = new ArrayList<>();
        for (int i = 0; i < template.grievanceGroups().size(); i++) {
            List<String> group = Phrases.TEMPLATE_GRIEVANCES.get(template.grievanceGroups().get(i));
            if (template.grievanceGroups().size() > 1 && chance(0.05 + slop / 4)) {
                continue;
            }
            grievances.add(chance(slop) ? pick(group) : group.get(template.grievanceWordings().get(i)));
        }
        if (chance(0.05 + slop / 2)) {
            Collections.shuffle(grievances, random);
        }
        grievances.forEach(g -> lines.add(l(g)));
        if (chance(0.2 + slop)) {
            lines.add(1 + random.nextInt(lines.size()), l(pick(List.of("本人已按时还款{n}期。", "目前已还款{n}期，剩余本金约{amount2}。",
                            "本人名下还有其他网贷{n}笔，均已逾期。", "本人此前从未逾期，信用良好。"))));
        }

        List<String> demands = new ArrayList<>();
        for (int i = 0; i < template.demandGroups().size(); i++) {
            List<String> group = Phrases.TEMPLATE_DEMANDS.get(template.demandGroups().get(i));
            if (template.demandGroups().size() > 1 && chance(0.05 + slop / 4)) {
                continue;
            }
            demands.add(chance(slop) ? pick(group) : group.get(template.demandWordings().get(i)));
        }
        String intro = chance(slop) ? pick(Phrases.TEMPLATE_DEMAND_INTROS)
                : Phrases.TEMPLATE_DEMAND_INTROS.get(template.demandIntro());
        String demandBlock = intro + enumerate(demands, template.enumeration());

        Line closing = chance(0.9) ? template.closing() : null;
        if (closing != null && chance(slop)) {
            closing = pick(closing.cues().isEmpty() ? Phrases.TEMPLATE_CLOSINGS_NEUTRAL : Phrases.TEMPLATE_CLOSINGS_THREAT);
        }
        boolean demandsInField = draft.channel == Channel.REGULATOR && template.demandsInField();
        if (!demandsInField) {
            lines.add(l(demandBlock));
        }
        if (closing != null) {
            lines.add(closing);
        }
        if (agentLine) {
            lines.add(l(pick(Phrases.TEMPLATE_AGENT_LINES)));
        }
        for (Line line : lines) {
            String text = slots.fill(line.text());
            draft.lines.add(line.withText(agentVoice ? asAgent(text) : text));
        }
        if (demandsInField) {
            draft.demands = slots.fill(String.join("；", demands));
        }
        else if (draft.channel == Channel.REGULATOR && chance(0.4)) {
            draft.demands = slots.fill(String.join("、", demands.subList(0, Math.min(2, demands.size()))));
        }
    }

    private static String asAgent(String text) {
        return text.replace("本人", "委托人").replace("我叫", "委托人");
    }

    private String enumerate(List<String> items, int style) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            switch (style) {
                case 0 -> out.append(i + 1).append('.').append(items.get(i)).append(i + 1 < items.size() ? "；" : "。");
                case 1 -> out.append("一二三四五".charAt(i)).append('、').append(items.get(i))
                        .append(i + 1 < items.size() ? "；" : "。");
                case 2 -> out.append("①②③④⑤".charAt(i)).append(items.get(i)).append(i + 1 < items.size() ? "；" : "。");
                default -> out.append(items.get(i)).append(i + 1 < items.size() ? "，" : "。");
            }
        }
        return out.toString();
    }

    /** The agency's script, typed into chat or read out on the phone by the borrower. */
    private List<Line> scriptText(Agency agency, Slots slots, boolean spoken) {
        Script script = agency.script();
        double slop = agency.sloppiness();
        List<Line> lines = new ArrayList<>();
        List<String> openings = Phrases.SCRIPT_OPENINGS.getFirst();
        lines.add(l(chance(slop) ? pick(openings) : openings.get(script.opening())));
        if (chance(0.3)) {
            lines.add(l(pick(List.of("我叫{name}。", "我是{name}，身份证尾号{idTail}。", "我的借款编号是{loanNo}。"))));
        }
        for (int i = 0; i < script.claimGroups().size(); i++) {
            List<String> group = Phrases.SCRIPT_CLAIMS.get(script.claimGroups().get(i));
            if (script.claimGroups().size() > 1 && chance(0.1)) {
                continue;
            }
            lines.add(l(chance(slop) ? pick(group) : group.get(script.claimWordings().get(i))));
        }
        for (int i = 0; i < script.demandGroups().size(); i++) {
            List<String> group = Phrases.SCRIPT_DEMANDS.get(script.demandGroups().get(i));
            lines.add(l(chance(slop) ? pick(group) : group.get(script.demandWordings().get(i))));
        }
        if (chance(0.9)) {
            Line closing = script.closing();
            if (chance(slop)) {
                closing = pick(closing.cues().isEmpty() ? Phrases.SCRIPT_CLOSINGS_NEUTRAL : Phrases.SCRIPT_CLOSINGS_THREAT);
            }
            lines.add(closing);
        }
        List<Line> filled = new ArrayList<>();
        for (Line line : lines) {
            String text = slots.fill(line.text());
            if (spoken && chance(0.25)) {
                text = pick(Phrases.PHONE_FILLERS) + text;
            }
            filled.add(line.withText(text));
        }
        return filled;
    }

    private String proxySource() {
        int r = random.nextInt(100);
        return r < 45 ? pick(List.of("NFRA_12378", "NFRA_12378", "12378")) : r < 60 ? "PBOC_12363"
                : r < 70 ? "CCA_12315" : pick(List.of("HEIMAO", "黑猫投诉"));
    }

    private void otherAttachments(Draft draft) {
        if (chance(0.6)) {
            draft.attachments.add(pick(List.of("身份证正反面.jpg", "身份证复印件.pdf")));
        }
        if (chance(0.4)) {
            draft.attachments.add(pick(List.of("借款合同截图.png", "还款记录.pdf", "催收通话录音.mp3", "扣款明细.jpg")));
        }
    }

    // =========================================================================================================
    // Genuine complaints

    private enum Scenario {
        // weights per pick; a group scenario yields several complaints (family 2-3, repeat 2-3, switchboard 3-6,
        // incident 4-10)
        ROUTINE(20), FEE_QUESTION(8), POLITE(6), THREAT(13), ANGRY_NO_THREAT(8), DISTRESSED(5),
        VULNERABLE_CALM(4), ABUSIVE_COLLECTION(6), NON_THREAT_MENTION(6), REGULATOR_TRANSFER(8), IDENTITY_THEFT(1),
        FAMILY_ADDRESS(2), REPEAT_CUSTOMER(2), SWITCHBOARD(1), FAMILY_AGENT(2), LAWYER(2), INCIDENT_WAVE(1);

        final int weight;

        Scenario(int weight) {
            this.weight = weight;
        }
    }

    private void planGenuine(int budget) {
        int total = 0;
        for (Scenario s : Scenario.values()) {
            total += s.weight;
        }
        int groups = 0;
        int remaining = budget;
        while (remaining > 0) {
            int r = random.nextInt(total);
            Scenario scenario = Scenario.ROUTINE;
            for (Scenario s : Scenario.values()) {
                if (r < s.weight) {
                    scenario = s;
                    break;
                }
                r -= s.weight;
            }
            int before = drafts.size();
            String group = "%s-%02d".formatted(scenario.name().toLowerCase().replace('_', '-'), ++groups);
            switch (scenario) {
                case FAMILY_ADDRESS -> family(Math.min(remaining, between(2, 3)), group);
                case REPEAT_CUSTOMER -> repeat(Math.min(remaining, between(2, 3)), group);
                case SWITCHBOARD -> switchboard(Math.min(remaining, between(3, 6)), group);
                case INCIDENT_WAVE -> incident(Math.min(remaining, between(4, 10)), group);
                default -> single(scenario);
            }
            remaining -= drafts.size() - before;
        }
    }

    private void single(Scenario scenario) {
        Instant at = anyTime(randomDay());
        Person person = people.person();
        switch (scenario) {
            case FEE_QUESTION -> conversational(at, person, "genuine.fee-question", politeQuestion(person, at, true));
            case POLITE -> conversational(at, person, "genuine.polite", politeQuestion(person, at, false));
            case THREAT -> {
                // most who threaten are angry; some say it calmly, as a plain statement of what they will do next
                Speech speech = speech(person, at, pick(Phrases.ISSUES)).anger(chance(0.7)).threat();
                placeGenuine(at, person, "genuine.threat", speech, 0.4, 0.45);
            }
            case ANGRY_NO_THREAT -> placeGenuine(at, person, "genuine.angry",
                    speech(person, at, pick(Phrases.ISSUES)).anger(true), 0.45, 0.45);
            case DISTRESSED -> {
                Person older = chance(0.4) ? people.person(1945, 1960) : person;
                Issue issue = chance(0.6) ? issue("collection") : pick(Phrases.ISSUES);
                Speech speech = speech(older, at, issue).vulnerable(chance(0.7)).distress();
                if (chance(0.3)) {
                    speech.anger(false);
                }
                placeGenuine(at, older, "genuine.distressed", speech, 0.5, 0.35);
            }
            case VULNERABLE_CALM -> {
                Person older = chance(0.5) ? people.person(1945, 1960) : person;
                Speech speech = speech(older, at, pick(Phrases.ISSUES)).vulnerable(true).polite();
                if (chance(0.3)) {
                    speech.add(l(pick(List.of("能不能给我延期几个月？", "请问有没有困难客户的还款方案？",
                            "麻烦你们说慢一点，我记一下。")), Cue.POLITE));
                }
                placeGenuine(at, older, "genuine.vulnerable-calm", speech, 0.55, 0.3);
            }
            case ABUSIVE_COLLECTION -> abusiveCollection(at, person);
            case NON_THREAT_MENTION -> {
                Speech speech = speech(person, at, pick(Phrases.ISSUES)).mention();
                if (chance(0.35)) {
                    speech.mild();
                }
                else {
                    speech.polite();
                }
                placeGenuine(at, person, "genuine.non-threat-mention", speech, 0.45, 0.45);
            }
            case REGULATOR_TRANSFER -> regulatorTransfer(workingTime(randomDay()), person, "genuine.regulator-transfer",
                    null);
            case IDENTITY_THEFT -> identityTheft(at, person);
            case FAMILY_AGENT -> familyAgent(workingTime(randomDay()), person);
            case LAWYER -> lawyer(workingTime(randomDay()), person);
            default -> placeGenuine(at, person, "genuine.routine", routine(person, at), 0.45, 0.4);
        }
    }

    private Speech routine(Person person, Instant at) {
        Speech speech = speech(person, at, pick(Phrases.ISSUES));
        int tone = random.nextInt(10);
        if (tone < 4) {
            speech.polite();
        }
        else if (tone < 8) {
            speech.mild();
        }
        if (chance(0.15)) {
            speech.add(l(pick(List.of("我的借款编号是{loanNo}。", "我是{date}借的，分了{term}期。",
                    "我已经按时还了{n}期了。"))));
        }
        return speech;
    }

    private Speech politeQuestion(Person person, Instant at, boolean fees) {
        Speech speech = new Speech(slots(person, at), null);
        speech.add(pick(fees ? Phrases.FEE_QUESTIONS : Phrases.POLITE_REQUESTS));
        if (chance(0.3)) {
            speech.add(pick(fees ? Phrases.POLITE_REQUESTS : Phrases.FEE_QUESTIONS));
        }
        speech.openWith(pick(Phrases.POLITE_OPENERS));
        speech.closeWith(pick(Phrases.POLITE_CLOSERS));
        return speech;
    }

    private void abusiveCollection(Instant at, Person person) {
        Speech speech = speech(person, at, issue("collection"));
        if (chance(0.5) && speech.body.size() == 1) {
            speech.addOneOf(issue("collection").firstPerson());
        }
        int variant = random.nextInt(100);
        if (variant < 30) {
            speech.polite();
        }
        else if (variant < 50) {
            speech.anger(true);
        }
        else if (variant < 70) {
            speech.anger(chance(0.5));
            String condition = pick(List.of("再这样骚扰我和家人，", "如果还继续打我单位电话，", "再有一次，", "你们再敢打给我爸妈，"));
            Line ending = pick(List.of(l("我就报警。", Cue.THREAT_POLICE), l("我马上报警处理。", Cue.THREAT_POLICE),
                    l("我就去派出所报案。", Cue.THREAT_POLICE), l("我就找律师告你们侵犯隐私。", Cue.THREAT_LEGAL),
                    l("我就向监管部门举报你们暴力催收。", Cue.THREAT_REGULATOR)));
            speech.add(ending.withText(condition + ending.text()));
        }
        else if (variant < 88) {
            speech.add(pick(List.of(
                    l("我现在接到陌生电话就发抖，整晚整晚睡不着，感觉快要撑不住了。", Cue.ACUTE_DISTRESS),
                    l("家里人都被你们吓坏了，我真的不想活了。", Cue.ACUTE_DISTRESS),
                    l("他们说要去我老家找我父母，我已经几天没合眼，快崩溃了。", Cue.ACUTE_DISTRESS))));
        }
        else {
            speech.add(pick(Phrases.ALREADY_ESCALATED.subList(0, 2)));
        }
        placeGenuine(at, person, "genuine.abusive-collection", speech, 0.45, 0.35);
    }

    private void identityTheft(Instant at, Person person) {
        Speech speech = new Speech(slots(person, at), issue("credit-report"));
        String how = pick(List.of("我的身份证去年丢过，", "我之前手机被偷了，", "我的身份信息好像被人盗用了，",
                "", "前段时间我收到你们的还款短信才发现，"));
        String what = pick(List.of("有人冒用我的名义在你们平台借了{amount}，", "有人拿我的身份证在{product}上申请了一笔{amount}的贷款，",
                "这笔{amount}的借款不是我本人办的，", "我从来没有申请过你们的贷款，"));
        String police = pick(List.of("派出所已经给我出了报案回执。", "我已经在派出所做了笔录。", "公安那边已经立案了。",
                "警察说是身份被冒用了，回执我可以提供。"));
        speech.add(l(speech.slots.fill(how + what + police), Cue.NON_THREAT_MENTION));
        speech.add(l(pick(List.of("请你们核实并注销这笔贷款，把征信上的记录消掉。", "麻烦尽快核实，不要再给我打催收电话了。",
                "需要我提供什么材料请告诉我。"))));
        speech.openWith(pick(Phrases.POLITE_OPENERS));
        if (chance(0.5)) {
            regulatorTransfer(workingTime(randomDay()), person, "genuine.identity-theft", speech);
        }
        else {
            placeGenuine(at, person, "genuine.identity-theft", speech, 0.5, 0.5);
        }
    }

    /** A family at one address: 2–3 relatives complain to a regulator; a couple may share one mobile. */
    private void family(int size, String group) {
        Person first = people.person(1960, 1990);
        int day = randomDay();
        String sharedPhone = chance(0.3) ? first.mobile() : null;
        Issue issue = chance(0.5) ? issue("collection") : null;
        for (int i = 0; i < size; i++) {
            Person member = i == 0 ? first : people.relative(first, first.birthYear() + between(-35, 30));
            Instant at = workingTime(clipDay(day + between(0, 20)));
            Speech speech = speech(member, at, issue != null ? issue : pick(Phrases.ISSUES));
            if (issue != null && i > 0) {
                speech.add(l(pick(List.of("我是借款人的家里人，催收也打到我这里来了。", "我们一家人都被骚扰，连我也接到电话了。",
                        "我和我{relation}住在一起，你们的人天天打家里电话。".replace("{relation}",
                                pick(List.of("爱人", "父母", "儿子", "女儿")))))));
            }
            toneAndMaybeThreat(speech);
            Draft draft = regulatorTransfer(at, member, "genuine.family-address", speech);
            draft.address = i == 0 ? first.address() : chance(0.8) ? first.address() : people.retype(first.address(),
                    first.region());
            if (sharedPhone != null && i == 1) {
                draft.contactPhone = sharedPhone;
            }
            draft.group = group;
            draft.variant = "family/regulator";
        }
    }

    /** One customer, two or three times on the same matter, growing angrier. */
    private void repeat(int size, String group) {
        Person person = people.person();
        Issue issue = pick(Phrases.ISSUES);
        int day = randomDay();
        for (int i = 0; i < size; i++) {
            day = clipDay(day + (i == 0 ? 0 : between(1, 12)));
            Instant at = anyTime(day);
            Speech speech = speech(person, at, issue);
            if (i == 0) {
                speech.polite();
            }
            else {
                speech.add(l(pick(List.of("这已经是我第{n}次反映了。", "上次打电话说会处理，到现在还没消息。",
                        "我之前已经投诉过一次了。", "同一个问题我都说了好几遍了。")).replace("{n}", String.valueOf(i + 1)),
                        Cue.MILD_ANGER));
                if (i == size - 1 && size == 3 || chance(0.5)) {
                    speech.anger(true);
                }
                if (i == size - 1 && chance(0.55)) {
                    speech.threat();
                }
            }
            Draft draft;
            if (i == size - 1 && size > 1 && chance(0.25)) {
                draft = regulatorTransfer(workingTime(day), person, "genuine.repeat-customer", speech);
            }
            else {
                draft = placeGenuine(at, person, "genuine.repeat-customer", speech, 0.5, 0.5);
            }
            draft.group = group;
            draft.variant = "repeat-" + (i + 1) + "/" + draft.channel.name().toLowerCase();
        }
    }

    /** Employees calling from one company switchboard, each about their own loan. */
    private void switchboard(int size, String group) {
        String landline = people.landline();
        int day = randomDay();
        for (int i = 0; i < size; i++) {
            Person employee = people.person(1970, 2000);
            Instant at = workingTime(clipDay(day + between(0, 25)));
            Speech speech = routine(employee, at);
            if (chance(0.15)) {
                speech.anger(true);
            }
            if (chance(0.1)) {
                speech.threat();
            }
            Draft draft;
            if (chance(0.8)) {
                draft = phone(at, employee, speech);
                draft.contactPhone = landline;
            }
            else {
                draft = regulatorTransfer(at, employee, "genuine.company-switchboard", speech);
                draft.contactPhone = landline;
            }
            draft.kind = "genuine.company-switchboard";
            draft.group = group;
            draft.variant = "switchboard/" + draft.channel.name().toLowerCase();
        }
    }

    /** One incident (a double debit, an outage): customers complain within hours, each in their own words. */
    private void incident(int size, String group) {
        Issue issue = issue(chance(0.5) ? "double-deduction" : "system-failure");
        ZonedDateTime start = START.plusDays(randomDay()).withHour(between(8, 18)).withMinute(random.nextInt(60));
        for (int i = 0; i < size; i++) {
            Person person = people.person();
            Instant at = clip(start.plusMinutes(random.nextInt(12 * 60)).toInstant());
            Speech speech = speech(person, at, issue);
            if (chance(0.3)) {
                speech.add(l(pick(List.of("你们系统是不是出问题了？", "群里好多人都说被扣了两次。", "今天到底怎么回事？",
                        "我朋友也遇到了一样的情况。"))));
            }
            toneAndMaybeThreat(speech);
            Draft draft = placeGenuine(at, person, "genuine.incident-wave", speech, 0.4, 0.6);
            draft.group = group;
        }
    }

    private void toneAndMaybeThreat(Speech speech) {
        int tone = random.nextInt(10);
        if (tone < 3) {
            speech.polite();
            return;
        }
        if (tone < 6) {
            speech.mild();
        }
        else if (tone < 8) {
            speech.anger(true);
        }
        if (chance(0.2)) {
            speech.threat();
        }
    }

    /** A relative complains for the borrower, sometimes with a power of attorney. */
    private void familyAgent(Instant at, Person borrower) {
        Person relative = people.relative(borrower, borrower.birthYear() + between(20, 32));
        String relation = pick(List.of("儿子", "女儿", "儿媳", "女婿", "侄子"));
        Slots slots = slots(borrower, at);
        Speech speech = new Speech(slots, pick(Phrases.ISSUES));
        speech.add(pick(List.of(
                l("我是借款人{name}的" + relation + "，我父亲今年{age}岁了，现在住院，委托我来反映。", Cue.VULNERABLE),
                l("我替我母亲{name}投诉，她不识字，也不会用手机，这事是我帮她办的。", Cue.VULNERABLE),
                l("我是{name}的家属（" + relation + "），借款人本人在外地打工，不方便处理，由我代为反映。"))));
        speech.add(l(slots.fill(pick(speech.issue.firstPerson())).replace("我", "借款人")));
        toneAndMaybeThreat(speech);
        speech.add(l(pick(speech.issue.requests())));
        if (chance(0.75)) {
            Draft draft = regulatorTransfer(at, borrower, "genuine.family-agent", speech);
            draft.agent = new AgentBlock(relative.name(), people.write(relative.mobile()), null, null);
            if (chance(0.7)) {
                draft.attachments.add(pick(List.of("委托书.jpg", "授权委托书.pdf", "户口本（亲属关系证明）.jpg")));
                if (!draft.attachments.getLast().contains("委托")) {
                    draft.attachments.add("委托书.jpg");
                }
            }
            draft.variant = "family-agent/regulator";
        }
        else {
            Draft draft = phone(at, borrower, speech);
            draft.contactPhone = relative.mobile();
            draft.kind = "genuine.family-agent";
            draft.variant = "family-agent/phone";
        }
    }

    /** A law firm writes for one client, with a power of attorney; it may well threaten to sue. */
    private void lawyer(Instant at, Person client) {
        String firm;
        if (!lawFirms.isEmpty() && chance(0.1)) {
            firm = pick(lawFirms);
        }
        else {
            Region region = client.region();
            firm = region.province().replace("省", "").replace("市", "").replace("壮族自治区", "")
                    + pick(LAW_FIRM_NAMES) + "律师事务所";
            lawFirms.add(firm);
        }
        Slots slots = slots(client, at);
        Issue issue = pick(Phrases.ISSUES);
        Speech speech = new Speech(slots, issue);
        speech.add(l(slots.fill(pick(List.of("本所接受{name}的委托，就其与贵司借款合同纠纷一事，现提出如下意见：",
                "受当事人{name}委托，本律师就其在贵司{product}借款一事致函贵司：",
                "我所律师受{name}委托，现就其反映的问题函告如下：")))));
        speech.add(l(slots.fill(pick(issue.thirdPerson())).replace("来电人", "当事人").replace("投诉人", "当事人")));
        speech.add(l(slots.fill(pick(List.of("请贵司核实相关收费的合同依据并予以书面说明。", "请贵司依法依约妥善处理。",
                "请贵司提供完整的借款合同及还款明细。")))));
        // a lawyer's letter nearly always ends with the litigation clause
        if (chance(0.85)) {
            speech.add(l(slots.fill(pick(List.of("请贵司于收到本函之日起{days}日内予以答复，否则本所将依法代理当事人提起诉讼。",
                    "如协商不成，当事人将通过诉讼途径解决，由此产生的费用由贵司承担。"))), Cue.THREAT_LEGAL));
        }
        else {
            speech.add(l(pick(List.of("请贵司核实后与本所联系。", "望贵司重视。"))));
        }
        Draft draft = regulatorTransfer(at, client, "genuine.lawyer", speech);
        String lawyerName = people.name();
        draft.agent = new AgentBlock(chance(0.5) ? lawyerName : lawyerName.charAt(0) + "律师",
                people.write(chance(0.5) ? people.landline() : people.mobile()),
                chance(0.4) ? "lawyer" + between(10, 999) + "@" + pick(List.of("163.com", "lawfirm.cn", "qq.com")) : null,
                firm);
        draft.attachments.add(pick(List.of("授权委托书.pdf", "委托书.pdf")));
        if (chance(0.6)) {
            draft.attachments.add(pick(List.of("律师执业证.jpg", "律师函.pdf", "所函.pdf")));
        }
        draft.variant = "lawyer/regulator";
    }

    /**
     * A genuine complaint through a regulator: in the customer's words or as the operator's summary. {@code speech}
     * null: a fresh one.
     */
    private Draft regulatorTransfer(Instant at, Person person, String kind, Speech given) {
        Speech speech = given;
        Draft draft = new Draft(at, Channel.REGULATOR, person);
        draft.kind = kind;
        draft.source = pick(List.of("NFRA_12378", "NFRA_12378", "12378", "PBOC_12363", "12363", "CCA_12315",
                "HEIMAO"));
        if (speech == null) {
            Issue issue = pick(Phrases.ISSUES);
            if (chance(0.4)) {
                // the operator's summary, in the third person
                Slots slots = slots(person, at);
                speech = new Speech(slots, issue);
                speech.operator = true;
                speech.add(l(slots.fill(pick(issue.thirdPerson()))));
                int tone = random.nextInt(10);
                if (tone < 3) {
                    speech.add(pick(Phrases.OPERATOR_ANGER));
                }
                if (chance(0.2)) {
                    speech.add(pick(Phrases.OPERATOR_THREATS));
                }
                if (chance(0.04)) {
                    speech.add(pick(Phrases.OPERATOR_DISTRESS));
                }
                speech.add(pick(Phrases.OPERATOR_CALM));
                draft.variant = "operator-summary/regulator";
            }
            else {
                speech = speech(person, at, issue);
                int tone = random.nextInt(10);
                if (tone < 3) {
                    speech.polite();
                }
                else if (tone < 6) {
                    speech.mild();
                }
                else if (tone < 8) {
                    speech.anger(chance(0.5));
                }
                if (chance(0.15)) {
                    speech.threat();
                }
                draft.variant = "own-words/regulator";
            }
        }
        else {
            draft.variant = "own-words/regulator";
        }
        draft.lines.addAll(speech.lines());
        if (chance(0.5) && speech.issue != null) {
            draft.demands = speech.slots.fill(pick(speech.issue.requests())).replace("。", "").replace("？", "");
        }
        draft.contactPhone = person.mobile();
        draft.address = chance(0.7) ? person.address() : null;
        draft.includeIdNumber = chance(0.9);
        if (chance(0.3)) {
            draft.attachments.add(pick(List.of("还款记录截图.png", "扣款短信.jpg", "聊天记录.png", "征信报告.pdf")));
        }
        return draft;
    }

    /** A genuine complaint by phone or chat (by regulator with the remaining probability). */
    private Draft placeGenuine(Instant at, Person person, String kind, Speech speech, double phone, double chat) {
        double r = random.nextDouble();
        Draft draft;
        if (r < phone) {
            draft = phone(at, person, speech);
        }
        else if (r < phone + chat) {
            draft = chat(at, person, speech);
        }
        else {
            draft = regulatorTransfer(workingTime(dayOf(at)), person, kind, speech);
        }
        draft.kind = kind;
        return draft;
    }

    private Draft conversational(Instant at, Person person, String kind, Speech speech) {
        return placeGenuine(at, person, kind, speech, 0.5, 0.5);
    }

    private Draft phone(Instant at, Person person, Speech speech) {
        Draft draft = new Draft(at, Channel.PHONE, person);
        draft.customerId = chance(0.9) ? person.customerId() : null;
        draft.contactPhone = person.mobile();
        draft.lines.addAll(speech.lines());
        draft.issue = speech.issue;
        draft.variant = "own-words/phone";
        return draft;
    }

    private Draft chat(Instant at, Person person, Speech speech) {
        Draft draft = new Draft(at, Channel.CHAT, person);
        draft.customerId = chance(0.93) ? person.customerId() : null;
        draft.contactPhone = chance(0.5) ? person.mobile() : null;
        draft.lines.addAll(speech.lines());
        draft.issue = speech.issue;
        draft.variant = "own-words/chat";
        return draft;
    }

    private Issue issue(String key) {
        return Phrases.ISSUES.stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
    }

    private Speech speech(Person person, Instant at, Issue issue) {
        Speech speech = new Speech(slots(person, at), issue);
        speech.addOneOf(issue.firstPerson());
        if (chance(0.35)) {
            speech.addOneOf(issue.firstPerson());
        }
        speech.request = l(speech.slots.fill(pick(issue.requests())));
        return speech;
    }

    /** A customer's words under construction: issue first, then what they feel and threaten, then the request. */
    private final class Speech {

        final Slots slots;
        final Issue issue;
        final List<Line> body = new ArrayList<>();
        final List<Line> tail = new ArrayList<>();
        Line request;
        String opener = "";
        String closer = "";
        /** written by a regulator's operator in the third person: no asides, the operator's own words */
        boolean operator;

        Speech(Slots slots, Issue issue) {
            this.slots = slots;
            this.issue = issue;
        }

        private final Set<String> used = new HashSet<>();

        Speech add(Line line) {
            body.add(line.withText(slots.fill(line.text())));
            return this;
        }

        /** One of {@code options} not used yet in this complaint: nobody says the same sentence twice. */
        Speech addOneOf(List<String> options) {
            List<String> fresh = options.stream().filter(option -> !used.contains(option)).toList();
            String option = pick(fresh.isEmpty() ? options : fresh);
            used.add(option);
            return add(l(option));
        }

        void openWith(String text) {
            opener = text;
        }

        void closeWith(String text) {
            closer = text;
        }

        Speech polite() {
            opener = pick(Phrases.POLITE_OPENERS);
            closer = pick(Phrases.POLITE_CLOSERS);
            return this;
        }

        Speech mild() {
            body.add(pick(Phrases.MILD_ANGER));
            return this;
        }

        Speech anger(boolean strong) {
            if (!strong) {
                return mild();
            }
            List<Line> pool = new ArrayList<>(Phrases.STRONG_ANGER);
            Collections.shuffle(pool, random);
            int count = between(1, 3);
            for (int i = 0; i < count; i++) {
                Line line = pool.get(i);
                // anger goes before or after the facts
                if (chance(0.3)) {
                    body.addFirst(line);
                }
                else {
                    body.add(line);
                }
            }
            return this;
        }

        Speech threat() {
            // the police for harassment, fraud or leaked data; for a fee or an outage people go elsewhere
            boolean police = issue != null && List.of("collection", "privacy", "bundled-fees").contains(issue.key());
            List<Line> threats = Phrases.THREATS.stream()
                    .filter(t -> police || !t.cues().contains(Cue.THREAT_POLICE)).toList();
            Line core = pick(threats);
            String condition = slots.fill(pick(Phrases.THREAT_CONDITIONS));
            tail.add(core.withText(condition + core.text()));
            if (chance(0.15)) {
                Line second = pick(threats);
                if (!second.cues().equals(core.cues())) {
                    tail.add(second.withText(pick(List.of("而且", "另外", "还有，")) + second.text()));
                }
            }
            return this;
        }

        Speech mention() {
            Line line = pick(Phrases.NON_THREAT_MENTIONS);
            if (chance(0.5)) {
                body.addFirst(line);
            }
            else {
                tail.add(line);
            }
            return this;
        }

        Speech vulnerable(boolean yes) {
            if (yes) {
                Line line = pick(Phrases.VULNERABLE);
                body.addFirst(line.withText(slots.fill(line.text())));
            }
            return this;
        }

        Speech distress() {
            Line line = pick(Phrases.ACUTE_DISTRESS);
            if (chance(0.5)) {
                tail.add(line);
            }
            else {
                body.add(line);
            }
            return this;
        }

        List<Line> lines() {
            List<Line> lines = new ArrayList<>(body);
            if (operator) {
                return lines;
            }
            if (chance(0.4) && !lines.isEmpty()) {
                lines.add(1, l(slots.fill(pick(Phrases.PERSONAL_DETAILS))));
            }
            if (request != null) {
                // the request first, or after the threats
                if (chance(0.5)) {
                    lines.add(request);
                    lines.addAll(tail);
                }
                else {
                    lines.addAll(tail);
                    lines.add(request);
                }
            }
            else {
                lines.addAll(tail);
            }
            if (opener.isEmpty() && chance(0.35)) {
                opener = pick(Phrases.DISCOURSE_OPENERS);
            }
            if (!opener.isEmpty() && !lines.isEmpty()) {
                lines.set(0, lines.getFirst().withText(opener + lines.getFirst().text()));
            }
            if (!closer.isEmpty()) {
                lines.add(l(closer, Cue.POLITE));
            }
            // this customer's own way of saying it
            Idiolect idiolect = new Idiolect();
            return lines.stream().map(line -> line.withText(idiolect.apply(line.text()))).toList();
        }
    }

    /** The words one speaker uses: per rule of {@link Phrases#IDIOLECT}, the phrase itself or one alternative. */
    private final class Idiolect {

        private final List<String> choices = new ArrayList<>();

        Idiolect() {
            for (String[] rule : Phrases.IDIOLECT) {
                choices.add(chance(0.5) ? null : rule[1 + random.nextInt(rule.length - 1)]);
            }
        }

        String apply(String text) {
            String out = text;
            for (int i = 0; i < choices.size(); i++) {
                if (choices.get(i) != null) {
                    out = out.replaceAll(Phrases.IDIOLECT.get(i)[0], Matcher.quoteReplacement(choices.get(i)));
                }
            }
            return out;
        }
    }

    // =========================================================================================================
    // Rendering the raw payloads

    private record AgentBlock(String name, String phone, String email, String organization) {
    }

    private final class Draft {

        final int order;
        final Instant at;
        final Channel channel;
        final Person person;
        final List<Line> lines = new ArrayList<>();
        final List<String> attachments = new ArrayList<>();
        String demands;
        String customerId;
        String contactPhone;
        String address;
        boolean includeIdNumber;
        AgentBlock agent;
        String source;
        Issue issue;
        boolean proxy;
        String kind;
        String variant;
        String group;

        Draft(Instant at, Channel channel, Person person) {
            this.order = drafts.size();
            this.at = at;
            this.channel = channel;
            this.person = person;
            drafts.add(this);
        }
    }

    private LabelledComplaint render(int sequence, Draft draft) {
        Set<Cue> cues = EnumSet.noneOf(Cue.class);
        draft.lines.forEach(line -> cues.addAll(line.cues()));
        int style = random.nextInt(100);
        java.util.function.UnaryOperator<String> written = style < 7 ? People::traditional
                : style < 15 ? People::asciiPunctuation : style < 19 ? People::fullWidthForms : text -> text;
        List<String> words = draft.lines.stream().map(line -> written.apply(line.text())).toList();
        String reference;
        String payload;
        String text;
        switch (draft.channel) {
            case PHONE -> {
                reference = "CC-" + LocalDate.ofInstant(draft.at, BEIJING).format(DateTimeFormatter.BASIC_ISO_DATE) + "-"
                        + (callCounter += 1 + random.nextInt(30));
                ObjectNode call = json.createObjectNode();
                call.put("callId", reference);
                putPhone(call, "callerNumber", draft.contactPhone);
                if (draft.customerId != null) {
                    call.put("customerId", draft.customerId);
                }
                call.put("startedAt", chance(0.8) ? draft.at.atZone(BEIJING).toOffsetDateTime().toString()
                        : draft.at.toString());
                call.put("durationSeconds", between(60, 1200));
                call.put("agentId", "A" + between(1000, 1999));
                boolean summaryOnly = chance(0.05);
                String summary = summary(draft, cues);
                if (summaryOnly) {
                    call.putArray("transcript");
                    text = summary;
                }
                else {
                    boolean asr = chance(0.5);
                    List<String> said = words.stream().map(w -> asr ? People.asr(w) : w).toList();
                    ArrayNode transcript = call.putArray("transcript");
                    long offset = between(500, 3000);
                    if (chance(0.7)) {
                        segment(transcript, "AGENT", offset, Phrases.PHONE_AGENT_LINES.getFirst());
                        offset += between(3000, 6000);
                    }
                    for (String utterance : said) {
                        segment(transcript, chance(0.05) ? "客户" : "CUSTOMER", offset, utterance);
                        offset += 1500L + utterance.length() * 220L + random.nextInt(2000);
                        if (chance(0.35)) {
                            segment(transcript, "AGENT", offset,
                                    pick(Phrases.PHONE_AGENT_LINES.subList(1, Phrases.PHONE_AGENT_LINES.size())));
                            offset += between(2000, 5000);
                        }
                    }
                    segment(transcript, "AGENT", offset, "好的，您的问题我已经记录，会尽快给您回复。");
                    text = String.join("\n", said);
                }
                call.put("agentSummary", summary);
                // every call of the set is a complaint: flagged so, as intake diverts calls flagged false to contacts.
                // The draw that once left some polite calls unflagged stays, so that every seed keeps its set.
                if (cues.contains(Cue.POLITE)) {
                    chance(0.3);
                }
                call.put("complaintFlag", true);
                payload = json.writeValueAsString(call);
            }
            case CHAT -> {
                String id;
                do {
                    id = "CHAT-" + Long.toHexString(random.nextLong() & 0xffffffffffL);
                }
                while (!usedReferences.add(id));
                reference = id;
                ObjectNode chat = json.createObjectNode();
                chat.put("sessionId", reference);
                chat.put("platform", pick(List.of("APP", "APP", "WECHAT", "WEB", "H5", "微信", "app")));
                if (draft.customerId != null) {
                    chat.put("userId", draft.customerId);
                }
                putPhone(chat, "phone", draft.contactPhone);
                ArrayNode messages = chat.putArray("messages");
                long sentAt = draft.at.toEpochMilli();
                List<String> userMessages = chunk(words);
                for (int i = 0; i < userMessages.size(); i++) {
                    message(messages, chance(0.05) ? "用户" : "USER", sentAt, userMessages.get(i));
                    sentAt += between(1, 3) * 1000L;
                    if (i == 0) {
                        message(messages, "BOT", sentAt, pick(Phrases.CHAT_BOT_LINES));
                    }
                    else if (chance(0.4)) {
                        message(messages, "AGENT", sentAt + between(5, 40) * 1000L,
                                pick(Phrases.PHONE_AGENT_LINES.subList(1, Phrases.PHONE_AGENT_LINES.size())));
                    }
                    sentAt += between(15, 120) * 1000L;
                }
                ArrayNode tags = chat.putArray("tags");
                if (!cues.contains(Cue.POLITE) && chance(0.6)) {
                    tags.add("投诉");
                }
                payload = json.writeValueAsString(chat);
                text = String.join("\n", userMessages);
            }
            default -> {
                reference = caseNumber(draft.source, draft.at, draft.person.region());
                ObjectNode transfer = json.createObjectNode();
                transfer.put("source", draft.source);
                transfer.put("caseNumber", reference);
                ZonedDateTime transferred = draft.at.atZone(BEIJING);
                transfer.put("transferredAt", chance(0.8) ? transferred.format(REGULATOR_TIME)
                        : transferred.toOffsetDateTime().toString());
                if (chance(0.75)) {
                    transfer.put("regulatorDeadline", transferred.toLocalDate().plusDays(15).toString());
                }
                ObjectNode complainant = transfer.putObject("complainant");
                complainant.put("name", chance(0.4) ? draft.person.maskedName() : draft.person.name());
                if (draft.includeIdNumber) {
                    complainant.put("idNumber", draft.person.idNumber());
                }
                putPhone(complainant, "phone", draft.contactPhone);
                if (draft.address != null) {
                    complainant.put("address", draft.address);
                }
                if (draft.agent != null) {
                    ObjectNode agent = transfer.putObject("agent");
                    agent.put("name", draft.agent.name());
                    agent.put("phone", draft.agent.phone());
                    if (draft.agent.email() != null) {
                        agent.put("email", draft.agent.email());
                    }
                    if (draft.agent.organization() != null) {
                        agent.put("organization", draft.agent.organization());
                    }
                }
                String content = String.join(chance(0.7) ? "" : "\n", words);
                transfer.put("content", content);
                String demands = draft.demands == null ? null : written.apply(draft.demands);
                if (demands != null) {
                    transfer.put("demands", demands);
                }
                transfer.put("businessCategory", pick(List.of("贷款", "个人消费贷款", "互联网贷款", "信用贷款", "分期",
                        "消费金融")));
                ArrayNode attachments = transfer.putArray("attachments");
                for (String name : draft.attachments) {
                    ObjectNode attachment = attachments.addObject();
                    attachment.put("name", name);
                    attachment.put("sha256", sha256Like());
                }
                payload = json.writeValueAsString(transfer);
                text = demands == null ? content : content + "\n" + demands;
            }
        }
        if (!usedReferences.add(draft.channel + ":" + reference)) {
            throw new IllegalStateException("duplicate reference " + reference);
        }
        boolean escalation = escalation(cues, draft.channel);
        return new LabelledComplaint(sequence, draft.channel, reference, draft.at, payload, text, draft.proxy,
                escalation, draft.kind, draft.variant, escalationKind(cues, draft.channel), draft.group);
    }

    /** The labelling rule of the class comment. */
    static boolean escalation(Set<Cue> cues, Channel channel) {
        if (cues.stream().anyMatch(Cue::isThreat) || cues.contains(Cue.ACUTE_DISTRESS)) {
            return true;
        }
        return cues.contains(Cue.STRONG_ANGER) && (channel == Channel.REGULATOR || cues.contains(Cue.ALREADY_ESCALATED));
    }

    static String escalationKind(Set<Cue> cues, Channel channel) {
        List<String> threats = cues.stream().filter(Cue::isThreat)
                .map(c -> c.name().substring("THREAT_".length()).toLowerCase()).sorted().toList();
        if (!threats.isEmpty()) {
            return "threat:" + String.join("+", threats);
        }
        if (cues.contains(Cue.ACUTE_DISTRESS)) {
            return "distress:acute";
        }
        if (escalation(cues, channel)) {
            return cues.contains(Cue.ALREADY_ESCALATED) ? "escalated:already-went+angry" : "escalated:at-regulator+angry";
        }
        if (cues.contains(Cue.NON_THREAT_MENTION)) {
            return "none:non-threat-mention";
        }
        if (cues.contains(Cue.STRONG_ANGER)) {
            return "none:angry";
        }
        if (cues.contains(Cue.VULNERABLE)) {
            return "none:vulnerable-calm";
        }
        if (channel == Channel.REGULATOR) {
            return "none:at-regulator-calm";
        }
        return cues.contains(Cue.MILD_ANGER) ? "none:mild" : "none:calm";
    }

    /** What the agent types after the call; it stands in for the words when the platform sent no transcript. */
    private String summary(Draft draft, Set<Cue> cues) {
        StringBuilder summary = new StringBuilder("客户来电反映");
        // agents summarize from a short list of categories: different customers often get the same words
        summary.append(draft.issue != null ? draft.issue.summary() : draft.proxy
                ? pick(List.of("借款利息和费用问题，要求减免", "利息过高，要求停息分期", "要求退还利息和费用"))
                : pick(List.of("借款相关问题", "还款相关问题", "费用明细问题", "提前结清问题", "修改还款信息", "开具结清证明")));
        if (cues.contains(Cue.STRONG_ANGER)) {
            summary.append("，情绪激动");
        }
        if (cues.contains(Cue.ACUTE_DISTRESS)) {
            summary.append("，情绪低落，称自己活不下去了");
        }
        if (cues.contains(Cue.ALREADY_ESCALATED)) {
            summary.append("，称已向相关部门反映");
        }
        List<String> threats = new ArrayList<>();
        if (cues.contains(Cue.THREAT_REGULATOR)) {
            threats.add("向监管部门投诉");
        }
        if (cues.contains(Cue.THREAT_MEDIA)) {
            threats.add("向媒体曝光");
        }
        if (cues.contains(Cue.THREAT_LEGAL)) {
            threats.add("起诉");
        }
        if (cues.contains(Cue.THREAT_POLICE)) {
            threats.add("报警");
        }
        if (cues.contains(Cue.THREAT_PETITION)) {
            threats.add("去信访部门反映");
        }
        if (!threats.isEmpty()) {
            summary.append("，表示如不处理将").append(String.join("、", threats));
        }
        return summary.append("。").toString();
    }

    private List<String> chunk(List<String> words) {
        List<String> messages = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : words) {
            current.append(word);
            if (chance(0.45)) {
                messages.add(current.toString());
                current.setLength(0);
            }
        }
        if (!current.isEmpty()) {
            messages.add(current.toString());
        }
        return messages;
    }

    private void segment(ArrayNode transcript, String speaker, long offsetMs, String text) {
        ObjectNode segment = transcript.addObject();
        segment.put("speaker", speaker);
        segment.put("offsetMs", offsetMs);
        segment.put("text", text);
    }

    private void message(ArrayNode messages, String from, long sentAt, String text) {
        ObjectNode message = messages.addObject();
        message.put("from", from);
        message.put("sentAt", sentAt);
        message.put("text", text);
    }

    private void putPhone(ObjectNode node, String field, String digits) {
        if (digits != null) {
            node.put(field, people.write(digits));
        }
    }

    private String caseNumber(String source, Instant at, Region region) {
        caseCounter += 1 + random.nextInt(20);
        ZonedDateTime time = at.atZone(BEIJING);
        String reference;
        if (source.contains("12378") || source.startsWith("NFRA")) {
            String province = switch (region.province()) {
                case "广东省" -> "GD";
                case "上海市" -> "SH";
                case "北京市" -> "BJ";
                case "江苏省" -> "JS";
                case "浙江省" -> "ZJ";
                case "四川省" -> "SC";
                case "湖北省" -> "HB";
                case "湖南省" -> "HN";
                default -> "QT";
            };
            reference = "NFRA-%s-%d-%06d".formatted(province, time.getYear(), caseCounter);
        }
        else if (source.contains("12363") || source.startsWith("PBOC")) {
            reference = "PBOC-12363-%s%06d".formatted(time.toLocalDate().format(DateTimeFormatter.BASIC_ISO_DATE),
                    caseCounter);
        }
        else if (source.contains("12315")) {
            reference = "12315-%s-%07d".formatted(time.toLocalDate().format(DateTimeFormatter.BASIC_ISO_DATE),
                    caseCounter);
        }
        else {
            reference = "HM%d%08d".formatted(time.getYear(), caseCounter);
        }
        return reference;
    }

    private String sha256Like() {
        StringBuilder hex = new StringBuilder(64);
        for (int i = 0; i < 4; i++) {
            hex.append("%016x".formatted(random.nextLong()));
        }
        return hex.toString();
    }

    // =========================================================================================================
    // Slots, time and chance

    private final class Slots {

        private final Map<String, String> values = new LinkedHashMap<>();

        Slots(Person person, Instant at) {
            this(person, at, -1);
        }

        /** @param style how dates, amounts and fees are written; -1: as this person happens to write them */
        Slots(Person person, Instant at, int style) {
            int amountStyle = style < 0 ? random.nextInt(6) : style % 6;
            int dateStyle = style < 0 ? random.nextInt(6) : style / 6 % 6;
            int feeStyle = style < 0 ? random.nextInt(4) : style / 36 % 4;
            ZonedDateTime now = at.atZone(BEIJING);
            ZonedDateTime loan = now.minusDays(between(30, 540));
            values.put("name", person.name());
            values.put("idTail", person.idTail());
            values.put("phoneTail", person.mobile().substring(7));
            values.put("product", pick(PRODUCTS));
            values.put("amount", amount(500 * between(4, 160), amountStyle));
            values.put("amount2", amount(500 * between(2, 60), amountStyle));
            values.put("fee", between(29, 2400) + List.of("元", "元", "块", "块钱").get(feeStyle));
            values.put("date", date(loan, now, dateStyle));
            values.put("term", String.valueOf(pick(List.of(3, 6, 9, 12, 12, 18, 24, 36))));
            values.put("months", String.valueOf(pick(List.of(24, 36, 48, 60))));
            values.put("age", String.valueOf(Math.max(66, now.getYear() - person.birthYear())));
            values.put("days", String.valueOf(pick(List.of(3, 5, 7, 10, 15))));
            values.put("pct", pick(List.of("50%", "六成", "40%", "一半", "30%")));
            values.put("n", String.valueOf(between(2, 12)));
            values.put("loanNo", "L" + (long) (1e11 + random.nextDouble() * 8e11));
        }

        void put(String slot, String value) {
            values.put(slot, value);
        }

        /** Fills the slots and takes one option of every {@code [a|b|c]}, as this customer would put it. */
        String fill(String template) {
            Matcher options = OPTIONS.matcher(template);
            StringBuilder chosen = new StringBuilder();
            while (options.find()) {
                String[] choices = options.group(1).split("\\|", -1);
                options.appendReplacement(chosen, Matcher.quoteReplacement(choices[random.nextInt(choices.length)]));
            }
            options.appendTail(chosen);
            Matcher matcher = SLOT.matcher(chosen);
            StringBuilder out = new StringBuilder();
            while (matcher.find()) {
                String value = values.get(matcher.group(1));
                matcher.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : matcher.group()));
            }
            matcher.appendTail(out);
            return out.toString();
        }
    }

    private Slots slots(Person person, Instant at) {
        return new Slots(person, at);
    }

    private static String amount(int yuan, int style) {
        return switch (style) {
            case 0 -> yuan + "块";
            case 1 -> yuan % 10000 == 0 ? yuan / 10000 + "万元" : yuan + "元";
            case 2 -> "%,d元".formatted(yuan);
            case 3 -> yuan % 1000 == 0 && yuan < 10000 ? "一二三四五六七八九".charAt(yuan / 1000 - 1) + "千块" : yuan + "元";
            default -> yuan + "元";
        };
    }

    private static String date(ZonedDateTime loan, ZonedDateTime now, int style) {
        return switch (style) {
            case 0 -> loan.getYear() + "年" + loan.getMonthValue() + "月";
            case 1 -> loan.getYear() + "年" + loan.getMonthValue() + "月" + loan.getDayOfMonth() + "日";
            case 2 -> loan.format(DateTimeFormatter.ofPattern("yyyy.MM.dd"));
            case 3 -> (loan.getYear() == now.getYear() ? "今年" : loan.getYear() == now.getYear() - 1 ? "去年"
                    : loan.getYear() + "年") + loan.getMonthValue() + "月份";
            case 4 -> loan.toLocalDate().toString();
            default -> loan.getYear() + "年" + loan.getMonthValue() + "月" + loan.getDayOfMonth() + "号";
        };
    }

    private int randomDay() {
        return random.nextInt(spanDays);
    }

    private int clipDay(int day) {
        return Math.max(0, Math.min(spanDays - 1, day));
    }

    private int dayOf(Instant at) {
        return clipDay((int) Duration.between(START.toInstant(), at).toDays());
    }

    private Instant clip(Instant at) {
        Instant end = START.plusDays(spanDays).toInstant().minusSeconds(1);
        return at.isAfter(end) ? end : at.isBefore(START.toInstant()) ? START.toInstant() : at;
    }

    /** A time of day when people call and chat: mostly 8 to 22 h, some late at night. */
    private Instant anyTime(int day) {
        int hour = chance(0.92) ? between(8, 21) : pick(List.of(22, 23, 0, 1, 6, 7));
        return clip(START.plusDays(day).withHour(hour).withMinute(random.nextInt(60)).withSecond(random.nextInt(60))
                .toInstant());
    }

    /** Office hours: regulators transfer and agencies file during the working day. */
    private Instant workingTime(int day) {
        return clip(START.plusDays(day).withHour(between(9, 17)).withMinute(random.nextInt(60))
                .withSecond(random.nextInt(60)).toInstant());
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private List<Integer> sample(int of, int count) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < of; i++) {
            all.add(i);
        }
        Collections.shuffle(all, random);
        List<Integer> chosen = new ArrayList<>(all.subList(0, Math.min(count, of)));
        Collections.sort(chosen);
        return chosen;
    }

    // =========================================================================================================

    /**
     * Writes a set as JSON lines (one complaint with its labels per line) for inspection:
     * {@code EvaluationSetGenerator [size] [seed]}.
     */
    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_SIZE;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20251011L;
        JsonMapper mapper = JsonMapper.builder().build();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (LabelledComplaint complaint : new EvaluationSetGenerator(seed).generate(size)) {
            out.println(mapper.writeValueAsString(complaint));
        }
        Map<String, Long> kinds = new EvaluationSetGenerator(seed).generate(size).stream()
                .collect(Collectors.groupingBy(LabelledComplaint::kind, java.util.TreeMap::new, Collectors.counting()));
        System.err.println(kinds);
    }
}
