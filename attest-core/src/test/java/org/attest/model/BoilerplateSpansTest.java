package org.attest.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Document#inBoilerplate} answers as reading every boilerplate span did, spans in any order and overlapping. */
class BoilerplateSpansTest {
    @Test
    void agreesWithTheFullScan() {
        Random random = new Random(7);
        for (int doc = 0; doc < 200; doc++) {
            List<Span> spans = new ArrayList<>();
            for (int k = random.nextInt(12); k > 0; k--) {
                spans.add(span(random));
            }
            Document d = Document.of("d", "test", "", null, null, "en", "x".repeat(200), spans);
            assertThat(d.boilerplate()).containsExactlyElementsOf(spans);
            Document later = d.withSentences(List.of());
            for (int q = 0; q < 200; q++) {
                Span s = span(random);
                boolean scan = spans.stream().anyMatch(b -> b.contains(s));
                assertThat(d.inBoilerplate(s)).as("%s in %s", s, spans).isEqualTo(scan);
                assertThat(later.inBoilerplate(s)).isEqualTo(scan);
            }
        }
    }

    private static Span span(Random random) {
        int start = random.nextInt(100);
        return new Span(start, start + random.nextInt(30));
    }
}
