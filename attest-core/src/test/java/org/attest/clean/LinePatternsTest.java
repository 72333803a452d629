package org.attest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinePatternsTest {
    private static final LinePatterns PATTERNS = LinePatterns.load();

    @Test
    void furnitureLines() {
        for (String line : List.of("728 x 90", "300x250", "Tags: , , , ,", "Copyright \u00a9 2021 Example",
                "\u00a9 2021 Example Media", "Sitemap | XML Sitemap", "Icons powered by SomeWidget",
                "Our Channel (follow us on Twitter and Facebook)", "Share this:", "Read more", "ADVERTISEMENT",
                "An Example Group \u2013 YouTube", "By Staff Reporter \u00b7 4 min read", "6 min read",
                "Example News | 2 May 2026 | Reading time: 5 minutes",
                "(Reporting by Ann Lee in Dubai; Editing by Bo Chan)", "Writing by Ann Lee; Editing by Bo Chan",
                "Our Standards: The Trust Principles.", "Related coverage",
                "Take action: Write to the minister urging him to free the prisoners.")) {
            assertThat(PATTERNS.isFurniture(line)).as(line).isTrue();
        }
    }

    @Test
    void contentLinesAreNotFurniture() {
        for (String line : List.of("Police said 300 people were detained.", "Share prices fell.",
                "Protesters marched 728 km to the capital.", "The copyright office was closed.",
                "The union gave members 10 minutes to read the statement.",
                "Reporting by state media could not be verified, the group said.",
                "Take action against the polluters, the union urged its members.")) {
            assertThat(PATTERNS.isFurniture(line)).as(line).isFalse();
        }
        assertThat(PATTERNS.isFurniture("Follow us " + "x".repeat(300))).isFalse(); // too long to be furniture
    }

    @Test
    void teaserPromptsWidgetsAndNewsletterBoxes() {
        for (String line : List.of("Read more: Invented city renames its old squares",
                "See also: Dock strike enters its second week", "Watch: Crowds outside the invented court",
                "Recommended Stories", "Explore further", "Most Read Articles", "Latest news", "Top stories:",
                "More from Example News", "Watch video 02:17", "Play video", "Listen (3 mins)",
                "Listen to this article 4 min", "Download the full report (PDF, 2 MB)", "Donate now",
                "Each morning our desk mails a digest of the news. Sign up for the newsletter here.",
                "Our newsletter: subscribe for free and get the briefing every Friday.")) {
            assertThat(PATTERNS.isFurniture(line)).as(line).isTrue();
        }
        for (String line : List.of("The union newsletter called the strike a success.",
                "Read more than 300 pages of court documents, the lawyer told reporters.",
                "More than 40 people were detained, the group said.",
                "Latest figures show 12 people were detained on Monday.",
                "Download speeds fell after the authorities cut mobile data in 12 provinces.")) {
            assertThat(PATTERNS.isFurniture(line)).as(line).isFalse();
        }
    }

    @Test
    void bylinesAloneOnTheirLine() {
        for (String line : List.of("By Jane Roe", "By Jane Roe and AFP", "Text by NEWS WIRES", "by Bob Roe , Example.org",
                "Author: Jane Roe (jr)", "BY JANE ROE", "Written by Jane Roe | Example News")) {
            assertThat(PATTERNS.isFurniture(line)).as(line).isTrue();
        }
        for (String line : List.of("By the end of the day, 40 people had been detained.", "By Tuesday the strike had spread.",
                "by then the crowd had left", "Authorities said the march would go ahead.",
                "By Staff Writer | February 20, 2024", "By Jane Roe, 3 May 2021")) {
            assertThat(PATTERNS.isFurniture(line)).as(line).isFalse();
        }
    }

    @Test
    void captionLines() {
        assertThat(PATTERNS.isCaption("(Credit: Jane Roe / Example Agency)")).isTrue();
        assertThat(PATTERNS.isCaption("(Photo: Example Agency)")).isTrue();
        assertThat(PATTERNS.isCaption("(Some Agency) and (Some Group): People gather in a square.")).isTrue();
        assertThat(PATTERNS.isCaption("Photo: A crowd outside the court.")).isTrue();
        assertThat(PATTERNS.isCaption("A crowd outside the court (Photo: Some Agency)")).isTrue();
        assertThat(PATTERNS.isCaption("A crowd gathered outside the court on Monday.")).isFalse();
    }

    @Test
    void classTokensSplitOnDashAndUnderscore() {
        assertThat(ContentHints.tokens("Article-Body main_nav  x")).containsExactlyInAnyOrder(
                "article-body", "article", "body", "main_nav", "main", "nav", "x");
    }

    @Test
    void needleFormFindsAsciiNeedlesAsTheLowerCaseDoes() {
        List<String> needles = List.of("follow us", "photo", "min read", "kit", "is part of", "i");
        for (String line : List.of("FOLLOW US on \u201cKanal\u201d", "Caf\u00e9 PHOTO\u2019s", "5\u00a0min read",
                "\u212Ait of the day", "\u0130s part of it", "Stra\u00dfe \u03a3\u039f\u03a6\u0399\u0391 min READ")) {
            String jdk = line.toLowerCase(java.util.Locale.ROOT);
            String fast = LinePatterns.needleForm(line);
            for (String needle : needles) {
                assertThat(fast.contains(needle)).as(line + " / " + needle).isEqualTo(jdk.contains(needle));
            }
        }
        assertThat(LinePatterns.needleForm("Follow Us \u201cnow\u201d")).isEqualTo("follow us \u0080now\u0080");
    }
}
