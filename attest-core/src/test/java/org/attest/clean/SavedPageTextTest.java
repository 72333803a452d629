package org.attest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.attest.AttestException;
import org.attest.model.Document;
import org.attest.model.Source;
import org.attest.model.Span;
import org.junit.jupiter.api.Test;

/**
 * Plain text saved from a news page, links and all (invented pages): navigation lines, the
 * title below the section names, the headlines of a teaser box.
 */
class SavedPageTextTest {
    private static final Cleaner CLEANER = Cleaner.withDefaults();

    private static Document clean(String... lines) throws AttestException {
        byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        return CLEANER.clean(new Source("t.txt", "file:t.txt", bytes, "text/plain"));
    }

    @Test
    void headlinesUnderATeaserBoxHeadingGoWithIt() throws AttestException {
        Document d = clean("Dockers strike in Portville for a second day",
                "Dockers in Portville stayed away from the quays on Tuesday, their union said.",
                "Related Articles",
                "Police detain 12 in Eastbridge after march",
                "Farmers block roads near Lakeside over water",
                "The union said the strike would go on until wages were paid.");
        assertThat(d.text()).doesNotContain("Eastbridge").doesNotContain("Lakeside").doesNotContain("Related");
        // a paragraph of the article ends the box
        assertThat(d.text()).contains("The union said the strike would go on");
    }

    @Test
    void blankLinesDoNotEndTheBoxButASentenceDoes() throws AttestException {
        Document d = clean("Dockers strike in Portville", "", "Dockers stayed away on Tuesday.", "",
                "More stories", "", "Police detain 12 in Eastbridge", "", "Farmers block roads near Lakeside", "",
                "Workers at the second port joined them on Wednesday.", "", "A heading of the article itself");
        assertThat(d.text()).doesNotContain("Eastbridge").doesNotContain("Lakeside")
                .contains("Workers at the second port").contains("A heading of the article itself");
    }

    @Test
    void headlinesWithoutAHeadingAboveThemStay() throws AttestException {
        Document d = clean("Dockers strike in Portville", "Dockers stayed away on Tuesday.",
                "Police detain 12 in Eastbridge", "The union said more would join.");
        assertThat(d.text()).contains("Police detain 12 in Eastbridge");
    }

    @Test
    void aReadingPromptWithItsTeaserDropsOnlyItsLine() throws AttestException {
        Document d = clean("Dockers strike in Portville", "Read more: Farmers block roads near Lakeside",
                "Police detain 12 in Eastbridge", "The union said more would join.");
        assertThat(d.text()).doesNotContain("Lakeside").contains("Police detain 12 in Eastbridge");
    }

    @Test
    void navigationLinesGoAndTheTitleIsTheHeadlineBelowTheSections() throws AttestException {
        Document d = clean("Menu", "Search", "World", "Middle East",
                "Dockers strike in Portville for a second day", "Updated 3 hours ago",
                "Dockers in Portville stayed away from the quays on Tuesday, their union said.");
        assertThat(d.title()).isEqualTo("Dockers strike in Portville for a second day");
        assertThat(d.text()).doesNotContain("Menu").doesNotContain("Search").doesNotContain("hours ago");
    }

    @Test
    void aShortFirstLineIsStillTheTitleWhenNothingLongerLooksLikeOne() throws AttestException {
        assertThat(clean("Strike news", "Dockers stayed away on Tuesday.").title()).isEqualTo("Strike news");
    }

    @Test
    void pictureCaptionAndSourceLinesAreMarked() throws AttestException {
        Document d = clean("Dockers strike in Portville", "Image source, Example Pictures",
                "Image caption, Dockers have held several marches over pay in recent months",
                "Police in the port city detained 15 dockers on Thursday, their union said.");
        String caption = "Image caption, Dockers have held several marches over pay in recent months";
        int at = d.text().indexOf(caption);
        assertThat(d.inBoilerplate(new Span(at, at + caption.length()))).isTrue();
        int body = d.text().indexOf("Police in the port city");
        assertThat(d.inBoilerplate(new Span(body, body + 10))).isFalse();
    }

    @Test
    void creditsContributorNotesAndPageToolsGo() throws AttestException {
        Document d = clean("Dockers strike in Portville", "Listen to this article", "Save",
                "Dockers in Portville stayed away from the quays on Tuesday, their union said.",
                "Photograph: Jane Roe/Example Agency/Getty Images",
                "Example Press writer John Doe in Eastbridge contributed to this report.",
                "This article is more than 2 years old");
        assertThat(d.text()).doesNotContain("Jane Roe").doesNotContain("Eastbridge").doesNotContain("years old")
                .doesNotContain("Listen").doesNotContain("Save").contains("stayed away from the quays");
    }

    @Test
    void aPhotoLineThatTellsSomethingIsACaptionNotACredit() throws AttestException {
        Document d = clean("Dockers strike in Portville", "Photo: Dockers march to the harbour office on Tuesday",
                "Dockers in Portville stayed away from the quays on Tuesday, their union said.");
        assertThat(d.text()).contains("Dockers march to the harbour office");
    }
}
