package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.Quantity;
import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * A long text of ordinary prose, most of it without figures (the contexts the stage skips
 * untokenised), gives every figure once and no others. Its speed is measured by attest-bench
 * (StageBench), never by a timed test.
 */
class QuantityStageLongTextTest {
    private static final String[] PROSE = {
        "The committee met behind closed doors and issued a statement calling for calm in the capital.\n",
        "Witnesses described how the crowd moved slowly along the avenue while police watched from a distance.\n",
        "Observers from several organisations said the vote had been marred by irregularities and intimidation.\n",
        // the count of workers differs in every cycle: a figure written again with its noun is one record
        "According to the union, %,d workers walked out on Monday and about 1,200 more joined them later.\n",
        "Critics of the government argued that the new law would further restrict the freedom of assembly.\n",
    };

    @Test
    void findsEveryFigureOfALongTextOnce() {
        StringBuilder sb = new StringBuilder();
        int cycles = 0;
        while (sb.length() < 1_000_000) {
            for (String line : PROSE) {
                sb.append(line.contains("%") ? String.format(java.util.Locale.ROOT, line, 10_000 + cycles) : line);
            }
            cycles++;
        }
        String text = sb.toString();
        QuantityStage stage = new QuantityStage(QuantityLexicon.load());
        List<Quantity> quantities = stage.apply(
                Document.of("long", "test", "", null, null, "en", text, List.of())).quantities();
        int found = quantities.size();
        assertThat(found).as("two figures in every cycle of the prose").isEqualTo(2 * cycles);
        assertThat(quantities).extracting(q -> q.value()).allMatch(v -> v == 1200.0 || v >= 10_000);
    }
}
