package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The countries searched for slips: the heaviest few, as a stable sort of all of them would order them. */
class HeaviestCountriesTest {
    private static List<String> bySorting(Map<String, Double> weight, int n) {
        return weight.keySet().stream().filter(cc -> weight.get(cc) > 0)
                .sorted(Comparator.comparingDouble(cc -> -weight.get(cc))).limit(n).toList();
    }

    @Test
    void keepsTheHeaviestInOrderAndSkipsNonPositiveWeights() {
        Map<String, Double> w = new HashMap<>(Map.of("QX", 1.0, "QY", 5.0, "QZ", 0.0, "QW", 3.0, "QV", -2.0));
        assertThat(HeaviestCountries.of(w, 3)).containsExactly("QY", "QW", "QX");
        assertThat(HeaviestCountries.of(w, 2)).containsExactly("QY", "QW");
    }

    @Test
    void agreesWithASortOfAllCountriesTiesIncluded() {
        Random r = new Random(11);
        for (int round = 0; round < 2000; round++) {
            Map<String, Double> w = new HashMap<>();
            int size = r.nextInt(40);
            for (int k = 0; k < size; k++) {
                // few distinct weights, so that ties are common
                w.put("C" + r.nextInt(60), (double) (r.nextInt(7) - 1) / 2);
            }
            for (int n = 1; n <= 4; n++) {
                assertThat(HeaviestCountries.of(w, n)).as("%s top %d", w, n).isEqualTo(bySorting(w, n));
            }
        }
    }
}
