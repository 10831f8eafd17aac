package org.complaintsuite.model;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerKeyKindTest {

    @Test
    void everyPrefixHasTheLengthRiskScoringCutsKeysAtAndNoTwoAreAlike() {
        assertThat(CustomerKeyKind.values()).allSatisfy(kind ->
                assertThat(kind.prefix()).hasSize(CustomerKeyKind.PREFIX_LENGTH));
        assertThat(Arrays.stream(CustomerKeyKind.values()).map(CustomerKeyKind::prefix)).doesNotHaveDuplicates();
    }

    @Test
    void aKeyTellsTheKindItWasMadeAs() {
        for (CustomerKeyKind kind : CustomerKeyKind.values()) {
            assertThat(CustomerKeyKind.of(kind.key("5f3a9c"))).contains(kind);
        }
        assertThat(CustomerKeyKind.of("legacy-key")).isEmpty();
    }
}
