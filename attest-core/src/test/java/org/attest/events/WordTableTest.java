package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The word index's flat table answers as the map it was made from. */
class WordTableTest {
    @Test
    void answersAsTheMapForKeysInAndOut() {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < 3000; i++) {
            map.put("w" + i, i);
        }
        map.put("", -1);
        map.put("Aa", 1); // "Aa" and "BB" share a hash code
        map.put("protest", 7);
        map.put("\u0627\u0639\u062a\u0635\u0627\u0628", 8);
        WordTable<Integer> table = new WordTable<>(map);
        map.forEach((k, v) -> assertThat(table.get(k)).as(k).isEqualTo(v));
        assertThat(table.get("BB")).isNull();
        assertThat(table.get("protests")).isNull();
        assertThat(table.get("protes")).isNull();
        assertThat(table.get("w3000")).isNull();
        assertThat(new WordTable<>(Map.of()).get("x")).isNull();
    }
}
