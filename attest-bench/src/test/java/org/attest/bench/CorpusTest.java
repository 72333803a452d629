package org.attest.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.attest.AttestException;
import org.attest.clean.Cleaner;
import org.attest.ingest.MediaTypes;
import org.attest.model.Document;
import org.attest.model.Source;
import org.junit.jupiter.api.Test;

class CorpusTest {
    @Test
    void htmlPageHidesTheArticleAmongFurnitureThatTheCleanerRemoves() throws AttestException {
        List<String> body = List.of("Workers at the ceramics plant walked out on Monday over unpaid wages, "
                        + "the union said in a statement.",
                "About two hundred of them gathered at the gate, and the management promised an answer by Friday.",
                "Talks resumed",
                "The union said the strike would go on until every worker had been paid what was owed.",
                "A spokesman for the plant declined to comment on the figures given by the union.");
        String html = HtmlPage.wrap("Ceramics workers strike over wages", body, LocalDate.of(2023, 5, 2), new Random(3));
        assertThat(html).contains("<nav", "class=\"ad\"", "share-bar", "<footer>");
        Document d = Cleaner.withDefaults().clean(new Source("p.html", "test:p", html.getBytes(), MediaTypes.HTML));
        assertThat(d.text()).contains("walked out on Monday", "declined to comment");
        assertThat(d.text()).doesNotContain("Share on", "Privacy policy", "Related stories", "gtag");
        assertThat(d.published()).isEqualTo(LocalDate.of(2023, 5, 2));
    }

    @Test
    void scanCountsWordTokens() {
        // one token "x": its hash ('x') plus a count of 1; punctuation and spaces add nothing
        assertThat(ScanBench.scan("x")).isEqualTo('x' + 1);
        assertThat(ScanBench.scan(" -x- ")).isEqualTo('x' + 1);
        assertThat(ScanBench.scan("  --  ")).isZero();
    }
}
