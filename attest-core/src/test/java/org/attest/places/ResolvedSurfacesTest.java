package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.attest.model.Span;
import org.junit.jupiter.api.Test;

/** {@link ResolvedSurfaces} answers as comparing every mention's surface with {@code equalsIgnoreCase} did. */
class ResolvedSurfacesTest {
    /** Letters whose cases are tricky: dotted and dotless i, long s, sharp s, sigmas, Kelvin, a surrogate pair. */
    private static final String[] LETTERS = {"a", "A", "i", "I", "İ", "ı", "s", "S", "ſ", "ß", "ẞ", "σ", "ς", "Σ", "k", "K",
        "\u212A", "\uD801\uDC00", "\uD801\uDC28", "-"};

    @Test
    void agreesWithTheFullScanAsTheListGrows() {
        Random random = new Random(11);
        List<PlaceMention> mentions = new ArrayList<>();
        ResolvedSurfaces set = new ResolvedSurfaces(mentions);
        for (int round = 0; round < 20_000; round++) {
            String s = word(random);
            boolean scan = mentions.stream().anyMatch(m -> m.surface().equalsIgnoreCase(s));
            assertThat(set.contains(s)).as(s).isEqualTo(scan);
            if (random.nextInt(3) == 0) {
                mentions.add(mention(word(random)));
            }
        }
    }

    private static String word(Random random) {
        StringBuilder b = new StringBuilder();
        for (int k = 1 + random.nextInt(3); k > 0; k--) {
            b.append(LETTERS[random.nextInt(LETTERS.length)]);
        }
        return b.toString();
    }

    private static PlaceMention mention(String surface) {
        return new PlaceMention(surface, new Span(0, surface.length()), null, surface, PlaceKind.CITY, "XX", null, null,
                null, 1.0, "test");
    }
}
