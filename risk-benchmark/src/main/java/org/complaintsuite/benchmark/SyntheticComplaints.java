package org.complaintsuite.benchmark;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.complaintsuite.model.Attachment;
import org.complaintsuite.model.BusinessType;
import org.complaintsuite.model.Channel;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.model.ComplaintText;
import org.complaintsuite.model.Customer;
import org.complaintsuite.model.RegulatorTransfer;
import org.complaintsuite.model.Representative;
import org.complaintsuite.support.text.CustomerText;

/**
 * A deterministic synthetic population of complainants and their complaints: the history (N complaints over the
 * two years before {@link #HISTORY_END}) and the stream of new complaints after it, mixed like the history.
 * <p>
 * Who complains:
 * <ul>
 * <li>ordinary customers: 70% complain once, the rest 2–5 times over months (gaps of about 45 days on average, so
 * some fall in the 30-day repeat window);</li>
 * <li>families: about 5% of new customers start a family of 2–3 customers at one address, a third of the members
 * giving the family's phone rather than their own;</li>
 * <li>company switchboards: a few dozen landlines per million complaints, each given as the phone of 5–30
 * employees;</li>
 * <li>proxy agencies: a few hundred rings, each recruiting 5–200 customers in batches over 1–8 months, filing
 * with the agency's phone, organization and (often) e-mail, a power of attorney, sometimes the agency's office
 * as the customer's address or its phone as the customer's, and the agency's templated text. A third of them are
 * still active when the history ends; new complaints join those.</li>
 * </ul>
 * Only the schedule (who complains when) is held in memory; each complaint is generated on demand from its own
 * seed, so the same seed gives the same complaints every run.
 */
final class SyntheticComplaints {

    static final Instant HISTORY_END = Instant.parse("2025-10-01T00:00:00Z");
    static final long HISTORY_DAYS = 730;
    private static final long DAY = 86_400;
    private static final long HISTORY_SECONDS = HISTORY_DAYS * DAY;
    private static final long END = HISTORY_END.getEpochSecond();
    private static final long START = END - HISTORY_SECONDS;
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /** What kind of complaint a new one is, for the latency split. */
    enum Scenario {
        FRESH("new customer"), REPEAT("returning customer"), FAMILY("new member of a known family"),
        SWITCHBOARD("new user of a shared switchboard"), RING_JOIN("joins an existing proxy ring"),
        NEW_RING("proxy agency new since the history");

        final String description;

        Scenario(String description) {
            this.description = description;
        }
    }

    /** A proxy agency: its contacts, its template and when it is active. */
    record Agency(int id, String organization, boolean lawFirm, String agentName, String phone, String email,
            String officeAddress, String officeAddressKey, PhraseBank.AgencyTemplate template, long from, long to,
            boolean activeAtEnd) {
    }

    /** A new complaint to score, with what kind of complaint it is. */
    record Sample(ComplaintReceived complaint, Scenario scenario) {
    }

    private final long seed;
    private final int complaints;

    // customers: index -> family, switchboard, agency (or -1)
    private int customerCount;
    private int[] family;
    private int[] board;
    private int[] agencyOf;
    private int familyCount;

    private final List<Agency> agencies = new ArrayList<>();
    private String[] boardPhones;
    private int[] boardCustomers;

    // history events, sorted by time: receipt time (epoch seconds), customer, and the event's own id (its seed)
    private long[] eventTime;
    private int[] eventCustomer;
    private int[] eventId;
    private int events;

    // shares of the history, for mixing the new complaints like it
    private int repeatEvents;
    private int ringEvents;
    private int boardFirstEvents;
    private int familyFirstEvents;

    // new complaints
    private int nextSample;
    private final List<Integer> activeAgencies = new ArrayList<>();

    SyntheticComplaints(long seed, int complaints, int agencyCount, int boardCount) {
        this.seed = seed;
        this.complaints = complaints;
        schedule(agencyCount, boardCount);
    }

    int complaints() {
        return events;
    }

    int customers() {
        return customerCount;
    }

    List<Agency> agencies() {
        return agencies;
    }

    int families() {
        return familyCount;
    }

    int switchboards() {
        return boardPhones.length;
    }

    int historyCustomerOf(int sortedIndex) {
        return eventCustomer[sortedIndex];
    }

    int eventIdOf(int sortedIndex) {
        return eventId[sortedIndex];
    }

    /** The agency a customer filed through, or -1. */
    int agencyOfCustomer(int customer) {
        return agencyOf[customer];
    }

    /** The switchboard a customer gave as phone, or -1. */
    int boardOfCustomer(int customer) {
        return board[customer];
    }

    int customersOfBoard(int board) {
        return boardCustomers[board];
    }

    double share(Scenario scenario) {
        double ring = (double) ringEvents / events;
        double repeat = (double) repeatEvents / events;
        double boards = (double) boardFirstEvents / events;
        double families = (double) familyFirstEvents / events;
        return switch (scenario) {
            case REPEAT -> repeat;
            case RING_JOIN -> ring * 0.9;
            case NEW_RING -> ring * 0.1;
            case SWITCHBOARD -> boards;
            case FAMILY -> families;
            case FRESH -> 1 - ring - repeat - boards - families;
        };
    }

    // ------------------------------------------------------------------------------------------------ schedule

    private void schedule(int agencyCount, int boardCount) {
        int capacity = complaints + 16;
        long[] time = new long[capacity];
        int[] customer = new int[capacity];
        family = new int[Math.max(16, complaints)];
        board = new int[family.length];
        agencyOf = new int[family.length];
        SplittableRandom r = new SplittableRandom(seed);
        int count = 0;

        // proxy agencies: batches of recruited customers over their active months
        for (int a = 0; a < agencyCount && count < complaints; a++) {
            SplittableRandom ar = rng(a, 0xA6E4C1L);
            boolean active = ar.nextInt(3) == 0;
            long length = (30 + ar.nextInt(211)) * DAY;
            long from = active ? END - (30 + ar.nextInt(150)) * DAY : START + (long) (ar.nextDouble() * (HISTORY_SECONDS - 30 * DAY));
            long to = active ? END + 60 * DAY : Math.min(END, from + length);
            agencies.add(agency(a, from, to, active));
            if (active) {
                activeAgencies.add(a);
            }
            int size = Math.min(200, 5 + (int) Math.exp(Math.log(18) + 0.8 * ar.nextGaussian()));
            long historyTo = Math.min(to, END);
            List<Integer> recruited = new ArrayList<>();
            while (size > 0 && count < complaints) {
                long day = from + (long) (ar.nextDouble() * Math.max(DAY, historyTo - from - DAY));
                int batch = Math.min(size, 1 + ar.nextInt(6));
                for (int b = 0; b < batch && count < complaints; b++) {
                    int c;
                    if (!recruited.isEmpty() && ar.nextInt(20) == 0) {
                        c = recruited.get(ar.nextInt(recruited.size()));
                        repeatEvents++;
                    }
                    else {
                        c = newCustomer(-1, -1, a);
                        recruited.add(c);
                    }
                    time[count] = Math.min(END - 1, day + ar.nextInt(8 * 3600));
                    customer[count++] = c;
                    ringEvents++;
                }
                size -= batch;
            }
        }

        // company switchboards: landlines given by 5-30 employees each
        boardPhones = new String[boardCount];
        boardCustomers = new int[boardCount];
        for (int b = 0; b < boardCount; b++) {
            SplittableRandom br = rng(b, 0xB0A4DL);
            boardPhones[b] = landline(br);
            int employees = 5 + br.nextInt(26);
            boardCustomers[b] = employees;
            for (int e = 0; e < employees && count < complaints; e++) {
                int c = newCustomer(-1, b, -1);
                boardFirstEvents++;
                count = complaintsOf(c, r, time, customer, count, false);
            }
        }

        // ordinary customers, some in families, until the history is full
        while (count < complaints) {
            int c;
            if (r.nextInt(100) < 5) {
                int f = familyCount++;
                int members = 2 + r.nextInt(2);
                for (int m = 0; m < members && count < complaints; m++) {
                    c = newCustomer(f, -1, -1);
                    if (m > 0) {
                        familyFirstEvents++;
                    }
                    count = complaintsOf(c, r, time, customer, count, m == 0);
                }
            }
            else {
                c = newCustomer(-1, -1, -1);
                count = complaintsOf(c, r, time, customer, count, false);
            }
        }

        // sort by receipt time: the store was filled in time order
        events = count;
        long[] keys = new long[count];
        for (int i = 0; i < count; i++) {
            keys[i] = ((time[i] - START) << 25) | i;
        }
        Arrays.sort(keys);
        eventTime = new long[count];
        eventCustomer = new int[count];
        eventId = new int[count];
        for (int i = 0; i < count; i++) {
            int original = (int) (keys[i] & ((1 << 25) - 1));
            eventTime[i] = time[original];
            eventCustomer[i] = customer[original];
            eventId[i] = original;
        }
    }

    /** Schedules a customer's complaints: the first anywhere in the history, the next ones weeks to months later. */
    private int complaintsOf(int c, SplittableRandom r, long[] time, int[] customer, int count, boolean familyHead) {
        int roll = r.nextInt(1000);
        int n = roll < 700 ? 1 : roll < 850 ? 2 : roll < 930 ? 3 : roll < 975 ? 4 : 5;
        long t = START + (long) (r.nextDouble() * HISTORY_SECONDS);
        for (int i = 0; i < n && count < complaints && t < END; i++) {
            time[count] = t;
            customer[count++] = c;
            if (i > 0) {
                repeatEvents++;
            }
            t += DAY + (long) (-Math.log(1 - r.nextDouble()) * 45 * DAY);
        }
        return count;
    }

    private int newCustomer(int familyId, int boardId, int agencyId) {
        if (customerCount == family.length) {
            int size = family.length * 3 / 2 + 16;
            family = Arrays.copyOf(family, size);
            board = Arrays.copyOf(board, size);
            agencyOf = Arrays.copyOf(agencyOf, size);
        }
        family[customerCount] = familyId;
        board[customerCount] = boardId;
        agencyOf[customerCount] = agencyId;
        return customerCount++;
    }

    private Agency agency(int a, long from, long to, boolean active) {
        SplittableRandom ar = rng(a, 0xA6E4C2L);
        boolean lawFirm = ar.nextInt(100) < 15;
        String city = PhraseBank.city(ar);
        String organization = PhraseBank.agencyName(ar, lawFirm, city);
        String phone = ar.nextInt(100) < 85 ? mobile(ar) : landline(ar);
        String email = ar.nextBoolean() ? "service" + hex(ar.nextLong(), 6) + "@" + PhraseBank.pick(ar, MAIL_DOMAINS) : null;
        String office = address(ar, city);
        return new Agency(a, organization, lawFirm, PhraseBank.personName(ar), phone, email, office,
                CustomerText.fold(office), PhraseBank.agencyTemplate(ar, organization), from, to, active);
    }

    // ------------------------------------------------------------------------------------------------ new complaints

    /** The next new complaint after the history, mixed like the history, received a little after the last one. */
    Sample nextSample() {
        int i = nextSample++;
        int id = complaints + i;
        long interval = Math.max(1, HISTORY_SECONDS / Math.max(1, events));
        long at = END + (i + 1) * interval;
        SplittableRandom r = rng(id, 0x5A3F1EL);
        double roll = r.nextDouble();
        Scenario scenario = Scenario.FRESH;
        double sum = 0;
        for (Scenario candidate : List.of(Scenario.RING_JOIN, Scenario.NEW_RING, Scenario.REPEAT, Scenario.FAMILY,
                Scenario.SWITCHBOARD)) {
            sum += share(candidate);
            if (roll < sum) {
                scenario = candidate;
                break;
            }
        }
        int c = switch (scenario) {
            case FRESH -> newCustomer(-1, -1, -1);
            case REPEAT -> recentCustomer(r, at);
            case FAMILY -> newCustomer(familyCount == 0 ? -1 : r.nextInt(familyCount), -1, -1);
            case SWITCHBOARD -> newCustomer(-1, r.nextInt(boardPhones.length), -1);
            case RING_JOIN -> newCustomer(-1, -1, activeAgencies.isEmpty() ? newAgency(at)
                    : activeAgencies.get(r.nextInt(activeAgencies.size())));
            case NEW_RING -> newCustomer(-1, -1, newAgencyOrRecent(r, at));
        };
        return new Sample(complaint(id, c, at), scenario);
    }

    /** A new agency's complaints come several at a time: reuse the newest agency for a while. */
    private int newAgencyOrRecent(SplittableRandom r, long at) {
        Agency newest = agencies.getLast();
        if (newest.from() > END && r.nextInt(4) != 0) {
            return newest.id();
        }
        return newAgency(at);
    }

    private int newAgency(long at) {
        int a = agencies.size();
        agencies.add(agency(a, at, at + 120 * DAY, true));
        return a;
    }

    /** A customer who complained in the two months before: repeats come within weeks. */
    private int recentCustomer(SplittableRandom r, long at) {
        long from = at - 60 * DAY;
        int lo = lowerBound(from);
        if (lo >= events) {
            return eventCustomer[r.nextInt(events)];
        }
        return eventCustomer[lo + r.nextInt(events - lo)];
    }

    private int lowerBound(long t) {
        int lo = 0;
        int hi = events;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (eventTime[mid] < t) {
                lo = mid + 1;
            }
            else {
                hi = mid;
            }
        }
        return lo;
    }

    // ------------------------------------------------------------------------------------------------ complaints

    /** The history complaint at a position in time order. */
    ComplaintReceived historyComplaint(int sortedIndex) {
        return complaint(eventId[sortedIndex], eventCustomer[sortedIndex], eventTime[sortedIndex]);
    }

    Instant historyReceivedAt(int sortedIndex) {
        return Instant.ofEpochSecond(eventTime[sortedIndex]);
    }

    private static final String[] MAIL_DOMAINS = {"qq.com", "163.com", "126.com", "sina.com", "foxmail.com",
            "gmail.com", "139.com", "outlook.com", "yeah.net", "sohu.com"};
    private static final String[] CATEGORIES = {"贷款", "信用卡", "消费贷", "分期", "支付", "个人信息", "其他"};
    private static final BusinessType[] CATEGORY_TYPES = {BusinessType.LOAN, BusinessType.BANK_CARD, BusinessType.LOAN,
            BusinessType.LOAN, BusinessType.PAYMENT_SETTLEMENT, BusinessType.PERSONAL_FINANCIAL_INFORMATION,
            BusinessType.OTHER};

    /** The channel and reference of a complaint: what its id is derived from, as intake derives it. */
    private record Origin(Channel channel, ComplaintSource source, String reference) {
    }

    private Origin origin(int id, boolean agency) {
        SplittableRandom r = rng(id, 0x0121C1L);
        int roll = r.nextInt(100);
        Channel channel = agency ? (roll < 70 ? Channel.REGULATOR : roll < 80 ? Channel.PHONE : Channel.CHAT)
                : roll < 45 ? Channel.PHONE : roll < 80 ? Channel.CHAT : Channel.REGULATOR;
        int sub = r.nextInt(100);
        ComplaintSource source = switch (channel) {
            case PHONE -> ComplaintSource.PHONE;
            case CHAT -> sub < 50 ? ComplaintSource.APP : sub < 80 ? ComplaintSource.WECHAT : ComplaintSource.WEB;
            case REGULATOR -> sub < 45 ? ComplaintSource.NFRA_12378 : sub < 70 ? ComplaintSource.PBOC_12363
                    : sub < 85 ? ComplaintSource.CCA_12315 : ComplaintSource.HEIMAO;
        };
        String reference = switch (channel) {
            case PHONE -> "CALL-" + hex(r.nextLong(), 16);
            case CHAT -> "S" + hex(r.nextLong(), 20);
            // unique per complaint: the id scrambled by a bijection of [0, 9e9)
            case REGULATOR -> source.name().replace("_", "") + "-" + (2023 + r.nextInt(3)) + "-"
                    + (1_000_000_000L + Math.floorMod(id * 2_654_435_761L, 9_000_000_000L));
        };
        return new Origin(channel, source, reference);
    }

    /** The complaint with this id, by this customer, received at this time. */
    private ComplaintReceived complaint(int id, int c, long at) {
        int a = agencyOf[c];
        Agency agency = a < 0 ? null : agencies.get(a);
        Origin origin = origin(id, agency != null);
        String complaintId = UUID.nameUUIDFromBytes((origin.channel().name() + ':' + origin.reference())
                .getBytes(StandardCharsets.UTF_8)).toString();
        SplittableRandom r = rng(id, 0xC0FFEEL);
        Instant receivedAt = Instant.ofEpochSecond(at, r.nextInt(1000) * 1_000_000L);

        String text = agency != null ? PhraseBank.agencyText(r, agency.template()) : PhraseBank.customerText(r);
        int category = r.nextInt(CATEGORIES.length);
        ComplaintText complaintText = new ComplaintText(text, text,
                origin.channel() == Channel.PHONE ? PhraseBank.agentSummary(r) : null,
                r.nextInt(10) < 4 ? PhraseBank.demands(r) : null, CATEGORIES[category], CATEGORY_TYPES[category]);

        Representative representative = null;
        List<Attachment> attachments = new ArrayList<>();
        if (agency != null) {
            boolean poa = r.nextInt(10) < 7;
            representative = new Representative(agency.agentName(), agency.phone(), agency.email(),
                    agency.organization(), poa);
            if (poa) {
                attachments.add(new Attachment("授权委托书.jpg", hex(r.nextLong(), 16) + hex(r.nextLong(), 16)
                        + hex(r.nextLong(), 16) + hex(r.nextLong(), 16)));
            }
        }
        else {
            int roll = r.nextInt(1000);
            if (roll < 20) {
                // a relative files for an elderly or ill customer
                representative = new Representative(PhraseBank.personName(r) + "(家属)", mobile(r), null, null, false);
            }
            else if (roll < 23) {
                // a genuine lawyer with a client
                representative = new Representative(PhraseBank.personName(r) + "律师", mobile(r),
                        "lawyer" + hex(r.nextLong(), 5) + "@" + PhraseBank.pick(r, MAIL_DOMAINS),
                        PhraseBank.city(r) + "市" + PhraseBank.personName(r) + "律师事务所", true);
                attachments.add(new Attachment("委托书.pdf", null));
            }
        }
        RegulatorTransfer regulator = null;
        if (origin.channel() == Channel.REGULATOR) {
            regulator = new RegulatorTransfer(origin.reference(),
                    LocalDate.ofInstant(receivedAt, BEIJING).plusDays(15));
            if (r.nextInt(10) < 3) {
                attachments.add(new Attachment("转办单.pdf", hex(r.nextLong(), 16) + hex(r.nextLong(), 16)
                        + hex(r.nextLong(), 16) + hex(r.nextLong(), 16)));
            }
        }
        return new ComplaintReceived(new UUID(r.nextLong(), r.nextLong()),
                receivedAt.plusSeconds(1 + r.nextInt(5)), complaintId, origin.channel(), origin.source(),
                origin.reference(), receivedAt, customer(c, agency), representative, complaintText, regulator,
                attachments, List.of());
    }

    /** The customer as intake would have normalized them; the same customer index gives the same customer. */
    private Customer customer(int c, Agency agency) {
        SplittableRandom r = rng(c, 0xC57L);
        int keyRoll = r.nextInt(100);
        String kind = agency != null ? (keyRoll < 55 ? "idn" : keyRoll < 90 ? "cid" : "tel")
                : keyRoll < 60 ? "cid" : keyRoll < 90 ? "idn" : "tel";
        String key = kind + "-" + hex(mix(seed ^ 0x6B6579L ^ c * 0x9E3779B97F4A7C15L), 8) + hex(mix(seed + c), 4);
        String customerId = kind.equals("cid") ? "C" + (100_000_000 + c) : null;
        String name = PhraseBank.personName(r);
        boolean idKnown = kind.equals("idn") || r.nextInt(100) < 25;
        String idHash = idKnown ? hex(mix(seed ^ 0x1D1DL ^ c), 16) + hex(mix(c * 31L + seed), 16)
                + hex(mix(c * 131L ^ seed), 16) + hex(mix(c * 7L - seed), 16) : null;
        String idMasked = idKnown ? "4403**********" + String.format("%03d", r.nextInt(1000)) + (r.nextInt(11) == 0 ? "X" : r.nextInt(10))
                : null;

        String phone;
        int f = family[c];
        if (board[c] >= 0) {
            phone = boardPhones[board[c]];
        }
        else if (agency != null && r.nextInt(100) < 25) {
            phone = agency.phone();
        }
        else if (f >= 0 && r.nextInt(3) == 0) {
            phone = mobile(rng(f, 0xFA4E1L));
        }
        else {
            phone = r.nextInt(100) < 3 ? null : mobile(r);
        }
        String email = r.nextInt(100) < 30 ? (r.nextBoolean() ? "" : "u") + hex(mix(c ^ seed), 9) + "@"
                + PhraseBank.pick(r, MAIL_DOMAINS) : null;
        String address;
        String addressKey;
        if (f >= 0) {
            address = address(rng(f, 0xFA4E2L), null);
            addressKey = CustomerText.fold(address);
        }
        else if (agency != null && r.nextInt(100) < 35) {
            address = agency.officeAddress();
            addressKey = agency.officeAddressKey();
        }
        else if (r.nextInt(100) < 60) {
            address = address(r, null);
            addressKey = CustomerText.fold(address);
        }
        else {
            address = null;
            addressKey = null;
        }
        return new Customer(customerId, key, name, phone, idHash, idMasked, email, address, addressKey);
    }

    // ------------------------------------------------------------------------------------------------ identifiers

    private static final String[] MOBILE_PREFIXES = {"130", "131", "132", "133", "135", "136", "137", "138", "139",
            "150", "151", "152", "155", "157", "158", "159", "166", "170", "176", "177", "178", "180", "181", "182",
            "183", "185", "186", "187", "188", "189", "191", "195", "198", "199"};
    private static final String[] AREA_CODES = {"10", "21", "20", "755", "571", "28", "27", "25", "512", "769",
            "757", "731", "371", "29", "23"};
    private static final String[] DISTRICTS = {"南山区", "福田区", "天河区", "越秀区", "西湖区", "滨江区", "武侯区",
            "锦江区", "江汉区", "洪山区", "雨花区", "金水区", "雁塔区", "鼓楼区", "玄武区", "朝阳区", "海淀区", "浦东新区",
            "徐汇区", "和平区", "南岸区", "思明区", "五华区", "青秀区"};
    private static final String[] STREETS = {"人民路", "解放路", "建设路", "中山路", "和平路", "新华路", "胜利路",
            "文化路", "青年路", "长江路", "黄河路", "科技园路", "工业大道", "滨海大道", "花园街", "东风路", "学府路",
            "光明街", "幸福路", "振兴路", "迎宾大道", "湖滨路", "金融街", "创业路"};
    private static final String[] ESTATES = {"阳光花园", "碧桂园", "万科城", "保利花园", "锦绣家园", "翠苑小区",
            "幸福里", "世纪新城", "金色港湾", "书香门第", "丽景湾", "龙湖天街", "滨江花园", "新村", "御景华庭"};

    static String mobile(SplittableRandom r) {
        return "+86" + PhraseBank.pick(r, MOBILE_PREFIXES) + String.format("%08d", r.nextInt(100_000_000));
    }

    static String landline(SplittableRandom r) {
        String area = PhraseBank.pick(r, AREA_CODES);
        return "+86" + area + String.format(area.length() == 2 ? "%08d" : "%07d",
                (area.length() == 2 ? 20_000_000 : 2_000_000) + r.nextInt(area.length() == 2 ? 70_000_000 : 7_000_000));
    }

    private static String address(SplittableRandom r, String city) {
        String in = city != null ? city : PhraseBank.city(r);
        return in + "市" + PhraseBank.pick(r, DISTRICTS) + PhraseBank.pick(r, STREETS) + (1 + r.nextInt(400)) + "号"
                + PhraseBank.pick(r, ESTATES) + (1 + r.nextInt(30)) + "栋" + (1 + r.nextInt(3)) + "单元"
                + (1 + r.nextInt(33)) + String.format("%02d", 1 + r.nextInt(8)) + "室";
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private SplittableRandom rng(long id, long salt) {
        return new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + salt) ^ mix(id + salt * 31));
    }

    private static String hex(long value, int bytes) {
        String full = HexFormat.of().toHexDigits(value);
        return bytes >= 8 ? full : full.substring(16 - 2 * bytes);
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static Duration historySpan() {
        return Duration.ofDays(HISTORY_DAYS);
    }
}
