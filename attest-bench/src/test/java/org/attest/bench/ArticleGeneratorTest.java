package org.attest.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.bench.SeedParagraphs.Paragraph;
import org.attest.gazetteer.Gazetteer;
import org.attest.gazetteer.GeoNamesFixture;
import org.attest.model.Document;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.attest.model.Span;
import org.junit.jupiter.api.Test;

class ArticleGeneratorTest {
    private static final String TEXT = "Marchers gathered in Lyon on Friday.\n\n"
            + "Police said 3,450 people walked from Lyon to Grenoble in 2021.\n\n"
            + "Short heading here";

    private static List<Paragraph> paragraphs() {
        int lyon = TEXT.indexOf("Lyon");
        int lyon2 = TEXT.indexOf("Lyon", lyon + 1);
        int gre = TEXT.indexOf("Grenoble");
        Document d = Document.of("t.txt", "test:t", "0", null, null, "en", TEXT, List.of()).withPlaces(List.of(
                town("Lyon", lyon), town("Lyon", lyon2), town("Grenoble", gre)), List.of());
        List<Paragraph> out = new java.util.ArrayList<>();
        SeedParagraphs.split(d, out);
        return out;
    }

    private static PlaceMention town(String name, int at) {
        return new PlaceMention(name, new Span(at, at + name.length()), 1L, name, PlaceKind.CITY, "FR", null,
                0.0, 0.0, 1.0, "test");
    }

    @Test
    void splitsOnBlankLinesAndKeepsTownOffsetsRelativeToTheParagraph() {
        List<Paragraph> ps = paragraphs();
        assertThat(ps).extracting(Paragraph::text).containsExactly("Marchers gathered in Lyon on Friday.",
                "Police said 3,450 people walked from Lyon to Grenoble in 2021.", "Short heading here");
        Paragraph second = ps.get(1);
        assertThat(second.townStarts()).hasSize(2);
        assertThat(second.text().substring(second.townStarts()[1], second.townEnds()[1])).isEqualTo("Grenoble");
        assertThat(ps.get(2).townStarts()).isEmpty();
    }

    @Test
    void sameSeedSameArticlesOtherSeedOtherArticles() {
        Gazetteer g = GeoNamesFixture.gazetteer();
        String a = new ArticleGenerator(paragraphs(), g, 42).article(5000);
        String b = new ArticleGenerator(paragraphs(), g, 42).article(5000);
        String c = new ArticleGenerator(paragraphs(), g, 43).article(5000);
        assertThat(a).isEqualTo(b).isNotEqualTo(c);
        assertThat(a.length()).isGreaterThanOrEqualTo(5000);
    }

    @Test
    void swapsTownsAndFiguresButKeepsYears() {
        ArticleGenerator gen = new ArticleGenerator(paragraphs(), GeoNamesFixture.gazetteer(), 7);
        assertThat(gen.townCount()).isGreaterThan(1000);
        Paragraph p = paragraphs().get(1);
        int changedTowns = 0;
        for (int i = 0; i < 20; i++) {
            String v = gen.vary(p);
            assertThat(v).contains("2021");
            if (!v.contains("Grenoble")) {
                changedTowns++;
            }
            assertThat(v).doesNotContain("3,450");
        }
        assertThat(changedTowns).isGreaterThan(15);
    }
}
