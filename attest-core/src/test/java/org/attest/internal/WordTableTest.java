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

    @Test
    void aWordOfEqualHashIsNoKey() {
        // "ac0" and "aan" share their String hash: the letters decide
        WordTable<String> words = WordTable.of(java.util.List.of("aan"));
        assertThat(words.get("AC0", 0, 3)).isNull();
        assertThat(words.get("ac0".toCharArray(), 0, 3)).isNull();
        assertThat(words.get("x AAN", 2, 5)).isEqualTo("aan");
        assertThat(words.get("x AAN".toCharArray(), 2, 5)).isEqualTo("aan");
    }
}
