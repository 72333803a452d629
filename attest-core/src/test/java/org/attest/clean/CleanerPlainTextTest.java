package org.attest.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.attest.AttestException;
import org.attest.model.Document;
import org.attest.model.Source;
import org.attest.model.Span;
import org.junit.jupiter.api.Test;

class CleanerPlainTextTest {
    private static final Cleaner CLEANER = Cleaner.withDefaults();

    private static Document clean(String text) throws AttestException {
        return CLEANER.clean(new Source("t.txt", "file:t.txt", text.getBytes(StandardCharsets.UTF_8), "text/plain"));
    }

    private static final String PAGE = String.join("\n",
            "300x250",
            "",
            "Teachers strike for a third day",
            "",
            "Kestrel City, March 3, 2022 (Wire) - Teachers in the invented province stayed away from",
            "classrooms for a third day on Thursday, their union said.",
            "",
            "Advertisement",
            "",
            "(Example Agency / Example Site) and (Union): Teachers gather outside a school.",
            "",
            "The union said more than 2,000 schools were affected.",
            "Share this:",
            "Follow us on Twitter and Facebook",
            "",
            "Read more",
            "Tags: , , , ,",
            "Copyright \u00a9 2022 All Rights Reserved | XML Sitemap",
            "Site icons powered by SomeWidget");

    @Test
    void dropsFurnitureLinesButKeepsContent() throws Exception {
        Document d = clean(PAGE);
        String text = d.text();
        assertThat(text).doesNotContain("300x250", "Advertisement", "Share this", "Follow us", "Read more",
                "Tags:", "Copyright", "powered by");
        assertThat(text).contains("Teachers strike for a third day",
                "classrooms for a third day on Thursday, their union said.",
                "The union said more than 2,000 schools were affected.");
        assertThat(text).doesNotContain("\n\n\n");
        assertThat(text).startsWith("Teachers strike");
    }

    @Test
    void keepsCaptionInTextAndMarksItBoilerplate() throws Exception {
        Document d = clean(PAGE);
        String caption = "(Example Agency / Example Site) and (Union): Teachers gather outside a school.";
        int at = d.text().indexOf(caption);
        assertThat(at).isGreaterThanOrEqualTo(0);
        assertThat(d.boilerplate()).containsExactly(new Span(at, at + caption.length()));
        assertThat(d.inBoilerplate(new Span(at + 5, at + 10))).isTrue();
    }

    @Test
    void aWirePicturesCreditMarksItsCaption() throws Exception {
        String caption = "Strikers block the port road in Kestrel City, Sunday, March 6, 2022. (Jane Roe / AP Photo)";
        String body = "The union said a photo of the march was shared widely (as the union's site shows).";
        Document d = clean("Dockers strike\n\n" + caption + "\n\n" + body);
        int at = d.text().indexOf(caption);
        assertThat(d.boilerplate()).containsExactly(new Span(at, at + caption.length()));
    }

    @Test
    void ordinarySentencesThatMentionFurnitureWordsSurvive() throws Exception {
        String text = "Copyright law was the subject of a protest.\nShare prices fell after the strike.\n"
                + "Tags were sprayed on the walls of the ministry overnight.\n"
                + "Related groups said 40 people attended.";
        assertThat(clean(text).text()).isEqualTo(text);
    }

    @Test
    void titleDatelineAndLanguage() throws Exception {
        Document d = clean(PAGE);
        assertThat(d.title()).isEqualTo("Teachers strike for a third day");
        assertThat(d.published()).isEqualTo(LocalDate.of(2022, 3, 3));
        assertThat(d.language()).isEqualTo("en");
        assertThat(d.sha256()).hasSize(64);
        assertThat(d.name()).isEqualTo("t.txt");
    }

    @Test
    void noTitleWhenFirstLineIsASentence() throws Exception {
        assertThat(clean("The march began at noon and ended peacefully.\n\nMore text here.").title()).isNull();
    }

    @Test
    void textOfOnlyFurnitureHasNoText() {
        assertThatThrownBy(() -> clean("728 x 90\nTags: , ,\nShare this:\n"))
                .isInstanceOf(AttestException.class).hasMessageContaining("t.txt").hasMessageContaining("no text");
    }

    @Test
    void cleansAMegabyteOfRepeatedFurniture() throws Exception {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 1_000_000) {
            sb.append("Protesters gathered in the square on Monday, witnesses said.  Police made 3 arrests.\n");
            sb.append("Share this:\n\n\n");
        }
        String big = sb.toString();
        // speed is measured by attest-bench (CleanBench, DocLengthBench), not here
        Document d = clean(big);
        assertThat(d.text()).doesNotContain("Share this").contains("Police made 3 arrests.\n\nProtesters");
    }
}
