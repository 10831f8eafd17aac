package org.complaintsuite.support.jdbc;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ColumnsTest {

    @Test
    void rowsBecomeOneTextArrayPerColumnInRowOrder() {
        var rows = new Columns(3);
        rows.add("a", "1", null);
        rows.add("b", "2", "x");

        assertThat(rows.size()).isEqualTo(2);
        assertThat(rows.arrays()).containsOnlyKeys("c0", "c1", "c2");
        assertThat((String[]) rows.arrays().get("c0")).containsExactly("a", "b");
        assertThat((String[]) rows.arrays().get("c2")).containsExactly(null, "x");
    }

    @Test
    void aRowOfTheWrongWidthIsRefused() {
        var rows = new Columns(2);

        assertThatIllegalArgumentException().isThrownBy(() -> rows.add("only one"))
                .withMessageContaining("2 columns was given 1 values");
        assertThat(rows.isEmpty()).isTrue();
    }
}
