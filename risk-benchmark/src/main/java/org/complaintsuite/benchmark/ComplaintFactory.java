package org.complaintsuite.benchmark;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
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

import static org.complaintsuite.benchmark.SyntheticContacts.hex;
import static org.complaintsuite.benchmark.SyntheticContacts.mix;
import static org.complaintsuite.benchmark.SyntheticContacts.mobile;

/**
 * One synthetic complaint as intake would have sent it: its channel and reference, its text, representative and
 * attachments, and its customer as intake normalizes them. The same id gives the same complaint, the same customer
 * index the same customer.
 */
final class ComplaintFactory {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final Population people;
    private final long seed;

    ComplaintFactory(Population people) {
        this.people = people;
        this.seed = people.seed();
    }

    private static final String[] CATEGORIES = {"贷款", "信用卡", "消费贷", "分期", "支付", "个人信息", "其他"};
    private static final BusinessType[] CATEGORY_TYPES = {BusinessType.LOAN, BusinessType.BANK_CARD, BusinessType.LOAN,
            BusinessType.LOAN, BusinessType.PAYMENT_SETTLEMENT, BusinessType.PERSONAL_FINANCIAL_INFORMATION,
            BusinessType.OTHER};

    /** The channel and reference of a complaint: what its id is derived from, as intake derives it. */
    private record Origin(Channel channel, ComplaintSource source, String reference) {
    }

    private Origin origin(int id, boolean agency) {
        SplittableRandom r = people.rng(id, 0x0121C1L);
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
    ComplaintReceived complaint(int id, int c, long at) {
        int a = people.agencyOf(c);
        SyntheticComplaints.Agency agency = a < 0 ? null : people.agencies().get(a);
        Origin origin = origin(id, agency != null);
        String complaintId = UUID.nameUUIDFromBytes((origin.channel().name() + ':' + origin.reference())
                .getBytes(StandardCharsets.UTF_8)).toString();
        SplittableRandom r = people.rng(id, 0xC0FFEEL);
        Instant receivedAt = Instant.ofEpochSecond(at, r.nextInt(1000) * 1_000_000L);

        String text = agency != null ? AgencyPhrases.agencyText(r, agency.template()) : PhraseBank.customerText(r);
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
                        "lawyer" + hex(r.nextLong(), 5) + "@" + PhraseSlots.pick(r, SyntheticContacts.MAIL_DOMAINS),
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
    private Customer customer(int c, SyntheticComplaints.Agency agency) {
        SplittableRandom r = people.rng(c, 0xC57L);
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
        int f = people.familyOf(c);
        if (people.boardOf(c) >= 0) {
            phone = people.boardPhone(people.boardOf(c));
        }
        else if (agency != null && r.nextInt(100) < 25) {
            phone = agency.phone();
        }
        else if (f >= 0 && r.nextInt(3) == 0) {
            phone = mobile(people.rng(f, 0xFA4E1L));
        }
        else {
            phone = r.nextInt(100) < 3 ? null : mobile(r);
        }
        String email = r.nextInt(100) < 30 ? (r.nextBoolean() ? "" : "u") + hex(mix(c ^ seed), 9) + "@"
                + PhraseSlots.pick(r, SyntheticContacts.MAIL_DOMAINS) : null;
        String address;
        String addressKey;
        if (f >= 0) {
            address = SyntheticContacts.address(people.rng(f, 0xFA4E2L), null);
            addressKey = CustomerText.fold(address);
        }
        else if (agency != null && r.nextInt(100) < 35) {
            address = agency.officeAddress();
            addressKey = agency.officeAddressKey();
        }
        else if (r.nextInt(100) < 60) {
            address = SyntheticContacts.address(r, null);
            addressKey = CustomerText.fold(address);
        }
        else {
            address = null;
            addressKey = null;
        }
        return new Customer(customerId, key, name, phone, idHash, idMasked, email, address, addressKey);
    }
}
