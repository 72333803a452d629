package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.Document;
import org.attest.model.Quantity;
import org.attest.segment.SentenceSplitter;
import org.junit.jupiter.api.Test;

class RowNumbersTest {
    private static final QuantityStage STAGE = new QuantityStage(QuantityLexicon.load());

    private static List<String> figures(String text) {
        Document d = SentenceSplitter.withDefaults().apply(Document.of("t.txt", "test", "", null, null, "en", text, List.of()));
        return STAGE.apply(d).quantities().stream().map(Quantity::text).toList();
    }

    @Test
    void numbersLabellingConsecutiveRowsAreNoCounts() {
        String table = "Table 2: Detentions recorded by the monitor\n\n"
                + "No. Name Trade Town Held on\n\n"
                + "1 Amina Yusuf Teacher Kano 3 April\n\n"
                + "2 Bello Musa Driver Zaria 5 April\n\n"
                + "3 Chidi Okafor Nurse Enugu 9 April\n\n"
                + "The monitor counted 14 detentions in all.";
        assertThat(figures(table)).containsExactly("14 detentions");
    }

    @Test
    void aParagraphOpeningWithACountStaysACount() {
        String text = "Police dispersed the march at noon.\n\n12 protesters were held overnight.\n\n"
                + "30 more were released without charge.";
        assertThat(figures(text)).containsExactly("12 protesters", "30");
    }
}
