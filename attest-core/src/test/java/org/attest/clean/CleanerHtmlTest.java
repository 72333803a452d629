package org.attest.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.attest.AttestException;
import org.attest.model.Document;
import org.attest.model.Source;
import org.attest.model.Span;
import org.junit.jupiter.api.Test;

class CleanerHtmlTest {
    private static final Cleaner CLEANER = Cleaner.withDefaults();

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = CleanerHtmlTest.class.getResourceAsStream("/clean/" + name)) {
            return in.readAllBytes();
        }
    }

    private static Document clean(String name, byte[] bytes) throws AttestException {
        return CLEANER.clean(new Source(name, "file:" + name, bytes, null));
    }

    @Test
    void keepsArticleAndDropsFurniture() throws Exception {
        Document d = clean("article.html", fixture("article.html"));
        String text = d.text();
        assertThat(text).contains("Several thousand farmers walked into the invented city of Northvale",
                "Police response", "Police said 12 people were detained",
                "Water quotas were cut by a third last year.",
                "Farmers gather outside the ministry in Northvale.");
        assertThat(text).doesNotContain("tracking", "display: none", "Home", "Sport", "invented widgets",
                "Share on Facebook", "Another story about rivers", "Great article", "unrelated story",
                "All rights reserved");
    }

    @Test
    void separatesBlocksWithBlankLines() throws Exception {
        String text = clean("article.html", fixture("article.html")).text();
        assertThat(text).contains("according to witnesses.\n\nFarmers gather");
        assertThat(text).contains("\n\nPolice response\n\n");
        assertThat(text).contains("last year.\n\nFarmers want");
        assertThat(text).doesNotContain("\n\n\n");
    }

    @Test
    void marksFigureCaptionAsBoilerplate() throws Exception {
        Document d = clean("article.html", fixture("article.html"));
        String caption = "Farmers gather outside the ministry in Northvale.";
        int at = d.text().indexOf(caption);
        assertThat(d.boilerplate()).contains(new Span(at, at + caption.length()));
        assertThat(d.inBoilerplate(new Span(d.text().indexOf("Police said"), d.text().indexOf("Police said") + 6)))
                .isFalse();
    }

    @Test
    void titleDateAndLanguageFromMetadata() throws Exception {
        Document d = clean("article.html", fixture("article.html"));
        assertThat(d.title()).isEqualTo("Farmers march on the capital over water rights");
        assertThat(d.published()).isEqualTo(LocalDate.of(2023, 4, 12));
        assertThat(d.language()).isEqualTo("en");
        assertThat(d.text()).startsWith("Farmers march on the capital over water rights\n\n");
    }

    @Test
    void dateFromJsonLdGraph() throws Exception {
        Document d = clean("jsonld.html", fixture("jsonld.html"));
        assertThat(d.published()).isEqualTo(LocalDate.of(2022, 11, 3));
        assertThat(d.title()).isEqualTo("Vigil held for detained students");
        assertThat(d.text()).contains("candlelit vigil").contains("25 students");
    }

    @Test
    void dateFromTimeElementAndMetaName() throws Exception {
        String timePage = "<html><body><article><time datetime=\"2020-05-05\">5 May</time>"
                + "<p>Workers stopped production at the invented plant to demand unpaid wages.</p></article></body></html>";
        assertThat(clean("t.html", timePage.getBytes(StandardCharsets.UTF_8)).published())
                .isEqualTo(LocalDate.of(2020, 5, 5));
        String metaPage = "<html><head><meta name=\"DC.date\" content=\"2019/12/31\"></head><body>"
                + "<p>Workers stopped production at the invented plant to demand unpaid wages.</p></body></html>";
        assertThat(clean("m.html", metaPage.getBytes(StandardCharsets.UTF_8)).published())
                .isEqualTo(LocalDate.of(2019, 12, 31));
    }

    @Test
    void decodesDeclaredWindows1256() throws Exception {
        Document d = clean("arabic-1256.html", fixture("arabic-1256.html"));
        assertThat(d.text()).isEqualTo("\u0627\u0644\u0645\u0637\u0627\u0644\u0628\u0629 \u0628\u0627\u0644\u062d\u0631\u064a\u0629 \u0641\u064a \u0627\u0644\u0645\u062f\u064a\u0646\u0629 \u0645\u0646 \u0623\u062c\u0644 \u0627\u0644\u0634\u0639\u0628");
    }

    @Test
    void pageWithoutTextIsRefused() {
        assertThatThrownBy(() -> clean("empty-text.html", fixture("empty-text.html")))
                .isInstanceOf(AttestException.class).hasMessageContaining("empty-text.html")
                .hasMessageContaining("no text");
    }

    @Test
    void survivesDeeplyNestedPage() throws Exception {
        int depth = 100_000;
        StringBuilder sb = new StringBuilder(depth * 12 + 200);
        sb.append("<html><body>");
        sb.append("<div>".repeat(depth));
        sb.append("<p>A sentence deep inside the nesting, long enough to count as a paragraph.</p>");
        sb.append("</div>".repeat(depth));
        sb.append("</body></html>");
        Document d = clean("deep.html", sb.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).isEqualTo("A sentence deep inside the nesting, long enough to count as a paragraph.");
    }

    @Test
    void picksTheTextDenseContainerWithoutSemanticMarkup() throws Exception {
        String page = "<html><body><div id=\"top\"><a href=\"/\">Home</a> <a href=\"/n\">News</a> <a href=\"/o\">Opinion</a></div>"
                + "<div id=\"x1\"><div id=\"x2\">"
                + "<p>Hundreds of nurses rallied outside the invented hospital, saying wages had not been paid for months.</p>"
                + "<p>A spokesperson for the nurses said the protest would continue, and that 300 staff had joined.</p>"
                + "</div></div>"
                + "<div id=\"links\"><a href=\"/1\">Other story one</a><br><a href=\"/2\">Other story two</a></div>"
                + "</body></html>";
        Document d = clean("p.html", page.getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).startsWith("Hundreds of nurses").endsWith("300 staff had joined.");
    }

    private static final String LEAD = "<p>Hundreds of nurses rallied outside the invented hospital on Monday, saying wages had not been paid for months.</p>";
    private static final String MORE = "<p>A spokesperson for the nurses said the protest would continue, and that 300 staff had joined by noon.</p>"
            + "<p>The invented health ministry said talks with the nurses' union would resume next week in the capital.</p>";

    private static String page(String article) {
        return "<html><head><title>Nurses rally over unpaid wages | Example News</title></head><body>"
                + "<div id=\"top\"><a href=\"/\">Home</a> <a href=\"/n\">News</a></div>" + article + "</body></html>";
    }

    private static String text(String html) throws AttestException {
        return clean("x.html", html.getBytes(StandardCharsets.UTF_8)).text();
    }

    @Test
    void givesEachTableCellALineOfItsOwn() throws Exception {
        // joined by spaces, "Tarvo Nurses walked out" would read as one name
        String t = text(page("<article>" + LEAD + "<table><tr><th>Date</th><th>Where</th><th>What</th></tr>"
                + "<tr><td>3 May</td><td>Lindby, Tarvo</td><td>Nurses walked out for a day.</td></tr></table>" + MORE + "</article>"));
        assertThat(t).contains("Date\nWhere\nWhat\n\n3 May\nLindby, Tarvo\nNurses walked out for a day.");
    }

    @Test
    void dropsElementsHiddenByInlineStyle() throws Exception {
        String t = text(page("<article>" + LEAD + "<div style=\"DISPLAY: none\"><p>Invented hidden panel text that a reader never sees on the page.</p></div>"
                + "<span style=\"visibility:hidden\">Invisible label</span>" + MORE + "</article>"));
        assertThat(t).contains("Hundreds of nurses", "talks with the nurses' union").doesNotContain("hidden panel", "Invisible label");
    }

    @Test
    void dropsTeaserBoxWithItsHeadingAndScreenReaderNotes() throws Exception {
        String t = text(page("<article>" + LEAD + "<section class=\"more-box\"><h2>Stories we picked</h2>"
                + "<span class=\"screen-reader-text\">list of 2 items</span><ul>"
                + "<li><a href=\"/a\">Invented teachers strike in the north</a></li>"
                + "<li><a href=\"/b\">Invented port workers walk out</a></li></ul></section>" + MORE + "</article>"));
        assertThat(t).contains("Hundreds of nurses", "talks with the nurses' union")
                .doesNotContain("Stories we picked", "list of 2 items", "teachers strike", "port workers");
    }

    @Test
    void dropsSlideshowBesideTheStory() throws Exception {
        String t = text(page("<article>" + LEAD + MORE + "<div class=\"gallery\"><ul class=\"slides\"><li><h2>Back in 1950</h2>"
                + "<p>An invented caption retelling how 2,000 workers marched through the old town decades ago.</p></li></ul></div>"
                + "</article>"));
        assertThat(t).contains("Hundreds of nurses").doesNotContain("Back in 1950", "2,000 workers");
    }

    @Test
    void keepsLeadParagraphsBesideAReadMoreBox() throws Exception {
        String rest = "<p>The nurses' union said members in three other invented towns would join the action on Thursday.</p>"
                + "<p>Hospital managers said emergency wards stayed open and that patients were moved to other sites.</p>"
                + "<p>A court in the invented capital is due to hear the union's complaint about the unpaid wages next month.</p>"
                + "<p>Opposition lawmakers asked the health minister to explain why the payments had been delayed so long.</p>";
        String t = text(page("<div class=\"story-body\">" + LEAD
                + "<p>Nurses from the night shift joined the rally at dawn, carrying banners that listed the months owed.</p>"
                + "<div id=\"expand\"><div class=\"expand-link\"><a href=\"#\">Read more</a></div><div class=\"expand-content\">"
                + MORE + rest + "</div></div></div>"));
        assertThat(t).contains("Hundreds of nurses", "night shift", "300 staff", "payments had been delayed");
    }

    @Test
    void publicationDateFromWidespreadMetaNamesAndTitle() throws Exception {
        String body = "<body><article>" + LEAD + MORE + "</article></body></html>";
        assertThat(clean("a.html", ("<html><head><meta name=\"publishedDate\" content=\"2026-06-11T07:49:38\">"
                + "</head>" + body).getBytes(StandardCharsets.UTF_8)).published()).isEqualTo(LocalDate.of(2026, 6, 11));
        assertThat(clean("b.html", ("<html><head><meta name=\"article:publicationdate\" content=\"Fri Mar 13 21:30:09 EST 2015\">"
                + "</head>" + body).getBytes(StandardCharsets.UTF_8)).published()).isEqualTo(LocalDate.of(2015, 3, 13));
        Document d = clean("c.html", ("<html><head><meta property=\"og:title\" content=\"Nurses rally over unpaid wages | EN | 19.01.2020\">"
                + "</head>" + body).getBytes(StandardCharsets.UTF_8));
        assertThat(d.published()).isEqualTo(LocalDate.of(2020, 1, 19));
        assertThat(d.title()).isEqualTo("Nurses rally over unpaid wages");
        assertThat(clean("d.html", ("<html><head><meta name=\"publish_date\" content=\"2021-07-02\">"
                + "<meta property=\"article:published_time\" content=\"2021-07-01T10:00:00Z\"></head>" + body)
                .getBytes(StandardCharsets.UTF_8)).published()).isEqualTo(LocalDate.of(2021, 7, 1));
    }

    @Test
    void dropsShortBlocksThatAreMostlyOneLinkAndDisplayNoneUtilityClass() throws Exception {
        String t = text(page("<article>" + LEAD + "<div class=\"further\"><p>Explore further</p>"
                + "<a href=\"/x\">Invented dockers in the south end their week-long strike</a></div>"
                + "<p>The nurses' leader, who spoke to <a href=\"/r\">a local radio station</a>, said the rally was peaceful.</p>"
                + MORE + "<div class=\"d-none d-print-block\">Citation: invented print-only line retrieved 3 May 2021</div></article>"));
        assertThat(t).contains("Hundreds of nurses", "a local radio station, said the rally was peaceful", "300 staff")
                .doesNotContain("Explore further", "dockers in the south", "print-only");
    }

    @Test
    void timeInTheArticleBeatsTimesOfOtherStoriesInSidebars() throws Exception {
        String side = "<aside><div class=\"ticker\"><time datetime=\"2021-03-05T10:25:00\">10:25</time> Markets rise</div></aside>";
        String article = "<article><header><h1>Nurses rally over unpaid wages</h1><time datetime=\"2021-03-04\">4 March</time></header>"
                + LEAD + MORE + "</article>";
        assertThat(clean("s.html", ("<html><body>" + side + article + "</body></html>").getBytes(StandardCharsets.UTF_8))
                .published()).isEqualTo(LocalDate.of(2021, 3, 4));
        assertThat(clean("t.html", ("<html><body>" + side + "<div>" + LEAD + MORE + "</div></body></html>")
                .getBytes(StandardCharsets.UTF_8)).published()).isNull();
    }

    @Test
    void dropsAuthorBoxesAndVideoTranscripts() throws Exception {
        String t = text(page("<article>" + LEAD + MORE + "<div class=\"transcript\"><p>Invented transcript: crowds chant in the square of another city while 40 officers watch.</p></div>"
                + "<div class=\"author-bio\"><p>Jane Roe is an invented reporter who covered labour unrest in three invented provinces since 2015.</p></div></article>"));
        assertThat(t).contains("Hundreds of nurses", "300 staff").doesNotContain("transcript", "Jane Roe");
    }

    @Test
    void jsonLdDatePublishedOutranksWeakMetaNamesButNotArticlePublishedTime() throws Exception {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-01-19T12:25:36Z\"}</script>";
        String body = "<body><article>" + LEAD + MORE + "</article></body></html>";
        assertThat(clean("w.html", ("<html><head><meta name=\"sailthru.date\" content=\"2020-01-20T09:49:32Z\">" + ld
                + "</head>" + body).getBytes(StandardCharsets.UTF_8)).published()).isEqualTo(LocalDate.of(2020, 1, 19));
        assertThat(clean("s.html", ("<html><head><meta property=\"og:article:published_time\" content=\"2020-01-18T22:00:00Z\">" + ld
                + "</head>" + body).getBytes(StandardCharsets.UTF_8)).published()).isEqualTo(LocalDate.of(2020, 1, 18));
    }

    @Test
    void marksTextInAPictureBoxAsCaption() throws Exception {
        Document d = clean("pb.html", page("<article>" + LEAD + "<div class=\"pic\"><a href=\"#\"><img src=\"a.jpg\"></a>"
                + "<p>An invented union leader speaks to the crowd</p></div>"
                + "<p><img src=\"flag.png\"> Nurses in the invented north joined the rally, the union said on Tuesday evening.</p>"
                + MORE + "</article>").getBytes(StandardCharsets.UTF_8));
        String t = d.text();
        String caption = "An invented union leader speaks to the crowd";
        int at = t.indexOf(caption);
        assertThat(at).isGreaterThan(0);
        assertThat(d.boilerplate()).contains(new Span(at, at + caption.length()));
        int inline = t.indexOf("Nurses in the invented north");
        assertThat(d.inBoilerplate(new Span(inline, inline + 10))).isFalse();
        int lead = t.indexOf("Hundreds of nurses");
        assertThat(d.inBoilerplate(new Span(lead, lead + 10))).isFalse();
    }

    @Test
    void dateFromTheCanonicalAddressWhenTheMetadataHasNone() throws Exception {
        String body = "<body><div>" + LEAD + MORE + "</div></body></html>";
        assertThat(clean("u1.html", ("<html><head><link rel=\"canonical\" href=\"https://news.example/world/2026/6/11/nurses-rally\">"
                + "</head>" + body).getBytes(StandardCharsets.UTF_8)).published()).isEqualTo(LocalDate.of(2026, 6, 11));
        assertThat(clean("u2.html", ("<html><head><meta property=\"og:url\" content=\"http://news.example/en/20150512-nurses-rally\">"
                + "</head>" + body).getBytes(StandardCharsets.UTF_8)).published()).isEqualTo(LocalDate.of(2015, 5, 12));
        assertThat(clean("u3.html", ("<html><head><link rel=\"canonical\" href=\"https://news.example/story/a-12345678\">"
                + "</head>" + body).getBytes(StandardCharsets.UTF_8)).published()).isNull();
        assertThat(clean("u4.html", ("<html><head><link rel=\"canonical\" href=\"https://news.example/2019-13-45-nurses\">"
                + "</head>" + body).getBytes(StandardCharsets.UTF_8)).published()).isNull();
    }

    @Test
    void jsonLdDateOfTheArticleBeatsADateListedEarlierForAnotherItem() throws Exception {
        String ld = "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"ItemList\",\"itemListElement\":"
                + "[{\"@type\":\"ListItem\",\"datePublished\":\"2019-02-02\"}]},"
                + "{\"@type\":[\"NewsArticle\"],\"datePublished\":\"2021-07-09T08:00:00Z\"}]}</script>";
        assertThat(clean("g.html", ("<html><head>" + ld + "</head><body><article>" + LEAD + MORE + "</article></body></html>")
                .getBytes(StandardCharsets.UTF_8)).published()).isEqualTo(LocalDate.of(2021, 7, 9));
    }
}
