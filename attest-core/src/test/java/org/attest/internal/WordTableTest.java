package org.attest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WordTableTest {
    private final WordTable<Integer> table = new WordTable<>(Map.of("june", 6, "آبان", 8, "may", 5));

    @Test
    void findsARegionOfATextIgnoringCase() {
        String text = "on JUNE 3 and June 4 and in آبان";
        assertThat(table.get(text, 3, 7)).isEqualTo(6);
        assertThat(table.get(text, 14, 18)).isEqualTo(6);
        assertThat(table.get(text, text.length() - 4, text.length())).isEqualTo(8);
    }

    @Test
    void missesOtherWordsAndPartialWords() {
        String text = "Juno jun junes";
        assertThat(table.get(text, 0, 4)).isNull();
        assertThat(table.get(text, 5, 8)).isNull();
        assertThat(table.get(text, 9, 14)).isNull();
    }
}
