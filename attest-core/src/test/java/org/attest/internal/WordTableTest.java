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

    @Test
    void answersAsTheMapItWasMadeFromForThousandsOfKeys() {
        Map<String, Integer> map = new java.util.HashMap<>();
        for (int i = 0; i < 3000; i++) {
            map.put("w" + i, i);
        }
        map.put("protest", 7);
        map.put("\u0627\u0639\u062a\u0635\u0627\u0628", 8);
        WordTable<Integer> big = new WordTable<>(map);
        map.forEach((k, v) -> assertThat(big.get(k, 0, k.length())).as(k).isEqualTo(v));
        assertThat(big.get("protests", 0, 8)).isNull();
        assertThat(big.get("protes", 0, 6)).isNull();
        assertThat(big.get("w3000", 0, 5)).isNull();
        assertThat(new WordTable<>(Map.of()).get("x", 0, 1)).isNull();
    }
}
