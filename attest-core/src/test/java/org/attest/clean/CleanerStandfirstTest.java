package org.attest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.attest.AttestException;
import org.attest.model.Document;
import org.attest.model.Source;
import org.attest.model.Span;
import org.junit.jupiter.api.Test;

/**
 * Structures met on real news pages in the third HTML round (standfirsts printed between the
 * headline and the story's block, camelCase furniture classes, pull quotes and the headings of
 * emptied boxes), each rebuilt as a small invented page with a contrast that keeps its reading.
 */
class CleanerStandfirstTest {
    private static final Cleaner CLEANER = Cleaner.withDefaults();

    private static Document clean(String html) throws AttestException {
        return CLEANER.clean(new Source("page.html", "file:page.html", html.getBytes(StandardCharsets.UTF_8), null));
    }

    private static String page(String title, String body) {
        return "<html><head><title>" + title + " | Valley Courier</title></head><body>" + body + "</body></html>";
    }

    private static final String TITLE = "Ferry strike halts crossings to the northern islands";
    private static final String DECK = "Crews of the island ferries stopped work at dawn over pay. Some 2,000 travellers were stranded.";
    private static final String STORY = "<p>Ferry crews on the northern routes walked off their ships at six in the morning, leaving the harbour at Kelmouth silent for the first time in a decade.</p>"
            + "<p>The union said its members had waited eighteen months for an offer that matched the rise in fuel and housing costs on the islands.</p>"
            + "<p>The operator said it had put forward a fair proposal and called on the union to return to talks at the labour office next week.</p>"
            + "<p>Island councils opened school halls for travellers who could not find rooms, and a fishing cooperative offered to carry medicine across.</p>";

    private static final String STORY2 = "<p>By noon the queue of lorries at the mainland terminal reached back to the ring road, police in the port town of Ardley said.</p>"
            + "<p>Hauliers warned that fresh fish and milk bound for the islands would spoil if the stoppage lasted beyond the weekend.</p>"
            + "<p>A spokeswoman for the transport ministry said a mediator had been asked to meet both sides on Monday morning.</p>";

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void standfirstUnderTheHeadlineIsWrittenWhenTheStoryBlockLeavesItOut() throws Exception {
        String html = page(TITLE, "<div class=\"wrap\"><div class=\"col\"><h1>" + TITLE + "</h1>"
                + "<p class=\"intro\">" + DECK + "</p>"
                + "<div class=\"share-bar\"><a href=\"#\">Share</a></div>"
                + "<div class=\"group\"><div class=\"longText\">" + STORY + "</div></div></div></div>");
        String text = clean(html).text();
        assertThat(text).startsWith(TITLE + "\n\n" + DECK + "\n\nFerry crews on the northern routes");
    }

    @Test
    void standfirstInsideAnArticleHeaderWithAFurnitureClassWordIsKept() throws Exception {
        // "article-header" carries the furniture word "header": the header goes, its standfirst stays
        String html = page(TITLE, "<main><header class=\"article-header\"><div class=\"topics\"><a href=\"/news\">News</a></div>"
                + "<h1>" + TITLE + "</h1><p class=\"article__subhead\"><em>" + DECK + "</em></p></header>"
                + "<div class=\"byline\">By Tomas Reyes</div>"
                + "<div class=\"wysiwyg\">" + STORY + "</div></main>");
        String text = clean(html).text();
        assertThat(count(text, DECK)).isEqualTo(1);
        assertThat(text.indexOf(DECK)).isLessThan(text.indexOf("Ferry crews on the northern routes"));
        assertThat(text).doesNotContain("By Tomas Reyes");
    }

    @Test
    void standfirstAlreadyInTheStoryBlockIsNotRepeated() throws Exception {
        String html = page(TITLE, "<article><h1>" + TITLE + "</h1><p class=\"intro\">" + DECK + "</p>" + STORY + "</article>");
        String text = clean(html).text();
        assertThat(count(text, DECK)).isEqualTo(1);
    }

    @Test
    void bylinesCaptionsAndShortTaglinesUnderTheHeadlineAreNoStandfirst() throws Exception {
        String byline = "By Tomas Reyes and Ines Carvalho, Harbour and transport correspondents, Kelmouth office";
        String caption = "Passengers wait on the quay at Kelmouth after the first sailing of the day was cancelled.";
        String html = page(TITLE, "<div class=\"wrap\"><div class=\"hero\"><h1>" + TITLE + "</h1>"
                + "<p class=\"dek\">Calm seas, empty quays</p>"
                + "<div class=\"c-byline\">" + byline + "</div></div>"
                + "<figure><img src=\"quay.jpg\"><figcaption>" + caption + "</figcaption></figure>"
                + "<div class=\"entry-content\">" + STORY + "</div></div>");
        String text = clean(html).text();
        assertThat(text).startsWith(TITLE + "\n\nFerry crews on the northern routes");
        assertThat(text).doesNotContain(byline).doesNotContain("Calm seas");
    }

    @Test
    void aCamelCaseFurnitureClassIsReadLikeItsHyphenatedSpelling() throws Exception {
        assertThat(ContentHints.tokens("authorPopup storyBody")).contains("author", "popup", "authorpopup", "story", "body");
        String bio = "Ines Carvalho joined the paper in 2009 and covered the regional parliament before she moved to the harbour desk in 2016.";
        String html = page(TITLE, "<article><h1>" + TITLE + "</h1><section class=\"authors\"><span>By Ines Carvalho</span>"
                + "<div class=\"authorPopup\"><p>" + bio + "</p></div></section>" + STORY + "</article>");
        assertThat(clean(html).text()).doesNotContain("joined the paper in 2009").contains("Ferry crews on the northern routes");
        // a class value in one lower-case word is one word, as before
        String kept = page(TITLE, "<article><h1>" + TITLE + "</h1><div class=\"authorpopup\"><p>" + bio + "</p></div>" + STORY + "</article>");
        assertThat(clean(kept).text()).contains("joined the paper in 2009");
    }

    @Test
    void aCaptionStaysMarkedWhenTheLinkAroundItsPictureHasAFurnitureClass() throws Exception {
        String caption = "Lorries queue at the Kelmouth terminal gate";
        String html = page(TITLE, "<article><h1>" + TITLE + "</h1>" + STORY
                + "<div class=\"picBox\"><a class=\"overlayLink\" href=\"#\"><img src=\"gate.jpg\"></a><p>" + caption + "</p></div>"
                + STORY2 + "</article>");
        Document d = clean(html);
        int at = d.text().indexOf(caption);
        assertThat(at).isGreaterThan(0);
        assertThat(d.boilerplate()).anyMatch(s -> s.start() <= at && s.end() >= at + caption.length());
    }

    @Test
    void headingsAfterTheLastTextTitleNothingAndGo() throws Exception {
        String html = page(TITLE, "<article><h1>" + TITLE + "</h1>" + STORY
                + "<h2>What the union wants</h2>" + STORY2
                + "<div class=\"standaloneWrap\"><div class=\"teaserContentWrap\"><h2>Fishing fleet stays in port as storm nears</h2></div></div>"
                + "<h4>The operator said it had put forward a fair proposal and called on the union to return to talks.</h4>"
                + "</article>");
        String text = clean(html).text();
        assertThat(text).contains("What the union wants").doesNotContain("Fishing fleet stays in port")
                .endsWith("asked to meet both sides on Monday morning.");
    }

    @Test
    void aPullQuoteThatRepeatsALineOfTheStoryIsWrittenOnce() throws Exception {
        String quote = "The union said its members had waited eighteen months for an offer";
        String html = page(TITLE, "<article><h1>" + TITLE + "</h1>" + STORY
                + "<blockquote class=\"pullquote\"><p>" + quote + "</p></blockquote>"
                + "<h3>Island councils opened school halls</h3>" + STORY2 + "</article>");
        String text = clean(html).text();
        assertThat(count(text, quote)).isEqualTo(1);
        // a short subhead whose words also stand in the story is a subhead, not a repeat
        assertThat(text).contains("Island councils opened school halls\n\n");
    }

    @Test
    void twoEqualParagraphsKeepOneAndTheHeadlineIsNeverDropped() throws Exception {
        String para = "<p>Ferry crews on the northern routes walked off their ships at six in the morning, leaving the harbour at Kelmouth silent.</p>";
        String html = page(TITLE, "<article><h1>" + TITLE + "</h1>" + para + STORY + para + "</article>");
        Document d = clean(html);
        assertThat(count(d.text(), "leaving the harbour at Kelmouth silent.")).isEqualTo(1);
        assertThat(d.text()).startsWith(TITLE);
        for (Span s : d.boilerplate()) {
            assertThat(s.end()).isLessThanOrEqualTo(d.text().length());
        }
    }

    @Test
    void theArticleHeadlineOfJsonLdOpeningTheTitleIsTheTitle() throws Exception {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Der Damm\","
                + "\"datePublished\":\"2021-03-20T08:00:00+0100\"}</script>";
        String body = "<body><article><h1>Der Damm</h1>" + STORY + "</article></body></html>";
        // two words of headline before four of issue label: the words alone cannot tell them apart
        Document d = clean("<html><head><title>Der Damm - DIE WOCHE 12/2021</title>" + ld + "</head>" + body);
        assertThat(d.title()).isEqualTo("Der Damm");
        assertThat(clean("<html><head><title>Der Damm - DIE WOCHE 12/2021</title></head>" + body).title())
                .isEqualTo("Der Damm - DIE WOCHE 12/2021");
        // a JSON-LD headline that only begins a word of the title is no headline before a separator
        String other = ld.replace("Der Damm", "Der Dam");
        assertThat(clean("<html><head><title>Der Damm - DIE WOCHE 12/2021</title>" + other + "</head>" + body).title())
                .isEqualTo("Der Damm - DIE WOCHE 12/2021");
    }
}
