package org.complaintsuite.intake.normalize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataTest {

    @Test
    void idNumberWithTheRightCheckCharacterIsValid() {
        // the example of GB 11643-1999 itself
        assertThat(PersonalData.isValidIdNumber("11010519491231002X")).isTrue();
        assertThat(PersonalData.isValidIdNumber("11010519491231002x")).isTrue();
        // digits 44030119850101123 weighted 7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2 sum to 193;
        // 193 mod 11 = 6, and "10X98765432".charAt(6) is '6'
        assertThat(PersonalData.isValidIdNumber("440301198501011236")).isTrue();
    }

    @Test
    void theSpecsExampleIdNumberHasAWrongCheckCharacter() {
        // 44030119850101123 needs check character 6 (see above), the spec's example carries X
        assertThat(PersonalData.isValidIdNumber("44030119850101123X")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"110105194912310021", "440301198501011237", "4403011985010112", "44030119850101123Y",
            "4403011985010112366", "abcdefghijklmnopqr"})
    void idNumberWithAWrongCheckCharacterOrFormIsInvalid(String idNumber) {
        assertThat(PersonalData.isValidIdNumber(idNumber)).isFalse();
    }

    @Test
    void idNumberIsMaskedKeepingTheRegionPrefixAndTheLastFour() {
        assertThat(PersonalData.maskIdNumber("44030119850101123X")).isEqualTo("4403**********123X");
        assertThat(PersonalData.maskIdNumber("44030119850101123x")).isEqualTo("4403**********123X");
    }

    @Test
    void keyedHashIsStableForOneKeyAndDiffersAcrossKeysAndKinds() {
        var data = new PersonalData("key-one");

        String hash = data.keyedHash("id", "44030119850101123X");

        assertThat(hash).matches("[0-9a-f]{64}")
                .isEqualTo(new PersonalData("key-one").keyedHash("id", "44030119850101123X"));
        assertThat(new PersonalData("key-two").keyedHash("id", "44030119850101123X")).isNotEqualTo(hash);
        assertThat(data.keyedHash("phone", "44030119850101123X")).isNotEqualTo(hash);
    }

    @Test
    void fifteenDigitIdNumberIsWidenedToItsEighteenCharacterForm() {
        // first-generation numbers carry a two-digit year: century 19 goes in front of it and the check character
        // is computed (6, see idNumberWithTheRightCheckCharacterIsValid)
        String widened = PersonalData.canonicalIdNumber("440301850101123");

        assertThat(widened).isEqualTo("440301198501011236");
        assertThat(PersonalData.isValidIdNumber(widened)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"440301850101123", "４４０３０１８５０１０１１２３", " 440301 850101 123 ", "440301198501011236"})
    void bothFormsOfOnePersonsIdNumberHaveOneCanonicalForm(String idNumber) {
        assertThat(PersonalData.canonicalIdNumber(idNumber)).isEqualTo("440301198501011236");
    }

    @Test
    void canonicalFormOfAnEighteenCharacterIdNumberIsItselfInUpperCase() {
        assertThat(PersonalData.canonicalIdNumber("11010519491231002x")).isEqualTo("11010519491231002X");
    }

    @ParameterizedTest
    @ValueSource(strings = {"4403011985010112", "44030119850101ABCD", "E12345678"})
    void somethingThatIsNotAnIdNumberIsOnlyUpperCasedNotWidened(String idNumber) {
        assertThat(PersonalData.canonicalIdNumber(idNumber)).isEqualTo(idNumber.toUpperCase());
    }
}
