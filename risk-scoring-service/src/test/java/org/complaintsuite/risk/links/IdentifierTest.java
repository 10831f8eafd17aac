package org.complaintsuite.risk.links;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.Representative;
import org.complaintsuite.risk.Complaints;
import org.complaintsuite.risk.links.Identifier.Kind;
import org.complaintsuite.risk.links.Identifier.Role;

import static org.assertj.core.api.Assertions.assertThat;

class IdentifierTest {

    @Test
    void aComplaintCarriesTheCustomersAndTheAgentsIdentifiersEachWithItsRole() {
        ComplaintReceived complaint = Complaints.complaint("i1")
                .phone("+8613800138000")
                .email(" Chen.Mou@Example.COM ")
                .address("广东省深圳市南山区科技园路1号", "广东省深圳市南山区科技园路1号")
                .idNumberHash("9f86d081884c7d659a2feaa0c55ad015")
                .representative(new Representative("李某", "+8617712345678", "fawu@example.cn",
                        "某某 法务咨询（深圳）有限公司.", true))
                .build();

        assertThat(Identifier.of(complaint)).containsExactly(
                new Identifier(Kind.PHONE, "+8613800138000", Role.CUSTOMER),
                new Identifier(Kind.EMAIL, "chen.mou@example.com", Role.CUSTOMER),
                new Identifier(Kind.ADDRESS, "广东省深圳市南山区科技园路1号", Role.CUSTOMER),
                new Identifier(Kind.ID_NUMBER, "9f86d081884c7d659a2feaa0c55ad015", Role.CUSTOMER),
                new Identifier(Kind.PHONE, "+8617712345678", Role.AGENT),
                new Identifier(Kind.EMAIL, "fawu@example.cn", Role.AGENT),
                new Identifier(Kind.ORGANIZATION, "某某法务咨询深圳有限公司", Role.AGENT));
    }

    @Test
    void theAddressKeyNotTheAddressAsGivenIsTheIdentifier() {
        ComplaintReceived complaint = Complaints.complaint("i2").address("广东省 深圳市南山区 科技园路1号", "广东省深圳市南山区科技园路1号")
                .build();

        assertThat(Identifier.of(complaint)).containsExactly(
                new Identifier(Kind.ADDRESS, "广东省深圳市南山区科技园路1号", Role.CUSTOMER));
    }

    @Test
    void blankAndMissingValuesAreSkipped() {
        ComplaintReceived complaint = Complaints.complaint("i3")
                .phone("+8613800138000").email("  ").address(null, "").idNumberHash(null)
                .representative(new Representative("陈某某", " ", null, "（ ）", false))
                .build();

        assertThat(Identifier.of(complaint)).containsExactly(
                new Identifier(Kind.PHONE, "+8613800138000", Role.CUSTOMER));
    }

    @Test
    void aComplaintWithoutContactDetailsHasNoIdentifiers() {
        assertThat(Identifier.of(Complaints.complaint("i4").build())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "北京大成和律师事务所", "广东某某律所", "上海某某律師事務所", "King & Wood Law Firm" })
    void aLawFirmIsRecognizedByItsName(String organization) {
        assertThat(Identifier.isLawFirm(organization)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "重庆市金盾同创文化传媒有限公司", "宏达之星工作室", "某某法务咨询有限公司", "陈某某" })
    void anyOtherNameIsNoLawFirm(String organization) {
        assertThat(Identifier.isLawFirm(organization)).isFalse();
    }

    @Test
    void aLawFirmsIdentifiersAreALawyers() {
        ComplaintReceived complaint = Complaints.complaint("i5")
                .representative(new Representative("王律师", "+861065881234", null, "北京大成和律师事务所", true))
                .build();

        assertThat(Identifier.of(complaint)).containsExactly(
                new Identifier(Kind.PHONE, "+861065881234", Role.LAWYER),
                new Identifier(Kind.ORGANIZATION, "北京大成和律师事务所", Role.LAWYER));
    }

    @ParameterizedTest
    @ValueSource(strings = { "+861012345678", "+862161234567", "+864008001234", "+8675512345678" })
    void aMainlandFixedLineIsALandline(String phone) {
        assertThat(new Identifier(Kind.PHONE, phone, Role.CUSTOMER).isLandline()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "+8613800138000", "+8619912345678", "+85291234567", "13800138000" })
    void aMobileOrAForeignOrUnparsedNumberIsNotALandline(String phone) {
        assertThat(new Identifier(Kind.PHONE, phone, Role.CUSTOMER).isLandline()).isFalse();
    }

    @Test
    void onlyAPhoneCanBeALandline() {
        assertThat(new Identifier(Kind.ORGANIZATION, "+861012345678", Role.AGENT).isLandline()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
            "PHONE, +8613800138000, +86138****8000",
            "PHONE, +861012345678, +8610****5678",
            "PHONE, 1234567, ***",
            "EMAIL, chen.mou@example.com, c***@example.com",
            "EMAIL, a@example.com, ***@example.com",
            "ID_NUMBER, 9f86d081884c7d659a2feaa0c55ad015, id#9f86d081",
            "ORGANIZATION, 某某法务咨询有限公司, 某某法务咨询有限公司",
            "ADDRESS, 广东省深圳市南山区科技园路1号, 广东省深圳市…" })
    void evidenceShowsPersonalValuesMasked(Kind kind, String value, String shown) {
        assertThat(new Identifier(kind, value, Role.CUSTOMER).display()).isEqualTo(shown);
    }

    @Test
    void anEmailWithoutAnAtSignIsStillMasked() {
        // intake keeps a value that does not look like an e-mail address as given
        String shown = new Identifier(Kind.EMAIL, "chenmou.example.com", Role.CUSTOMER).display();

        assertThat(shown).doesNotContain("chenmou");
    }
}
