package org.attest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.attest.AttestException;
import org.attest.model.Document;
import org.attest.model.Source;
import org.junit.jupiter.api.Test;

/**
 * Structures met on real article pages in the fourth HTML round: whole stories a theme appends
 * below the article, cards of the next stories, headlines printed with typographic quotes where
 * the title has plain ones, a story laid out "with a sidebar", and picture credits alone on their
 * line or glued to their caption by the markup. Each is rebuilt as a small invented page, with a
 * contrast that keeps its reading.
 */
class CleanerFollowingStoriesTest {
    private static final Cleaner CLEANER = Cleaner.withDefaults();

    private static Document clean(String html) throws AttestException {
        return CLEANER.clean(new Source("page.html", "file:page.html", html.getBytes(StandardCharsets.UTF_8), null));
    }

    private static String page(String title, String body) {
        return "<html><head><title>" + title + " | Harbour Gazette</title></head><body>" + body + "</body></html>";
    }

    private static final String TITLE = "Flood barrier closes as river rises past record";
    private static final String STORY = "<p>The flood barrier across the Orne estuary was lowered on Tuesday night as the river rose past the mark set in the winter of 1998.</p>"
            + "<p>Engineers said the gates would stay shut until the tide turned, and asked residents of the lower town to move cars away from the quays.</p>"
            + "<p>The regional council opened two sports halls for families whose ground floors had already taken water during the afternoon.</p>"
            + "<p>Forecasters expect the rain to ease by Thursday, but warned that the ground upstream could hold no more water.</p>";
    private static final String OTHER = "<p>Dockworkers at the container terminal in Marrow Bay voted to accept a new contract after three weeks of talks.</p>"
            + "<p>The agreement raises pay by four percent this year and sets up a joint committee on night shifts and safety.</p>"
            + "<p>Shipping lines had diverted eleven vessels to other ports while the talks went on, the harbour authority said.</p>";
    private static final String THIRD = "<p>The old lighthouse on Gull Point will open to visitors in May after a restoration that took four years.</p>"
            + "<p>Volunteers rebuilt the spiral stair and a trust raised the money to replace the lantern room's cracked glass.</p>"
            + "<p>Tickets will be sold at the harbour office, and the trust hopes to welcome ten thousand visitors in the first season.</p>";

    @Test
    void storyAppendedUnderItsOwnHeadlineGoes() throws Exception {
        String html = page(TITLE, "<main><div class=\"post-main\"><h1>" + TITLE + "</h1>"
                + "<div class=\"content-main\">" + STORY + "</div>"
                + "<div class=\"post-add-box\"><div class=\"post-add-story\"><h3><a href=\"/business\">Business</a></h3>"
                + "<h1>Dockworkers accept contract after three weeks of talks</h1>"
                + "<div class=\"post-add-main\">" + OTHER + "</div></div>"
                + "<div class=\"post-add-story\"><h1>Lighthouse reopens after four years of repairs</h1>"
                + "<div class=\"post-add-main\">" + THIRD + "</div></div></div></div></main>");
        String text = clean(html).text();
        assertThat(text).contains("The flood barrier across the Orne estuary", "could hold no more water.")
                .doesNotContain("Dockworkers", "Marrow Bay", "Gull Point");
    }

    @Test
    void anH1SubheadingInsideTheStoryStays() throws Exception {
        // a misused h1 inside the story's body has the story's paragraphs before it
        String html = page(TITLE, "<main><h1>" + TITLE + "</h1><div class=\"body\">" + STORY
                + "<h1>What comes next</h1>" + OTHER + "</div></main>");
        String text = clean(html).text();
        assertThat(text).contains("What comes next", "Dockworkers at the container terminal");
    }

    @Test
    void cardsOfTheNextStoriesGo() throws Exception {
        String html = page(TITLE, "<div id=\"headline\"><h1>" + TITLE + "</h1></div><div id=\"story\">" + STORY
                + "<div id=\"next-post-thumbnails\"><div class=\"nextstory\"><h2><a href=\"/dock\">Dockworkers accept contract</a></h2>"
                + OTHER + "<h3><a href=\"/dock\">Read the rest</a></h3></div></div></div>");
        String text = clean(html).text();
        assertThat(text).contains("could hold no more water.").doesNotContain("Dockworkers", "Marrow Bay");
    }

    private static final String QUOTED_TITLE = "Town votes to keep its 'floating' market on the river";
    private static final String QUOTED_HEADLINE = "Town votes to keep its ‘floating’ market on the river";
    private static final String DECK = "Traders on the barges won a vote of the council after a campaign that lasted two summers.";

    @Test
    void headlineWithTypographicQuotesAgreesWithThePlainTitle() throws Exception {
        String html = page(QUOTED_TITLE, "<article><header><h1>" + QUOTED_HEADLINE + "</h1></header>"
                + "<div class=\"intro\"><p>" + DECK + "</p></div><div class=\"article-content\">" + STORY + "</div></article>");
        String text = clean(html).text();
        assertThat(text).startsWith(QUOTED_HEADLINE + "\n\n" + DECK + "\n\nThe flood barrier");
    }

    @Test
    void standfirstInALayoutNamedForItsSidebarIsFound() throws Exception {
        // "layout-with-sidebar" holds the story: its class word "sidebar" names the layout, not a sidebar
        String html = page(TITLE, "<article><header><h1>" + TITLE + "</h1></header>"
                + "<div class=\"row layout-with-sidebar\"><div class=\"meta\">By Staff</div>"
                + "<div class=\"col\"><div class=\"intro\"><p>" + DECK + "</p></div>"
                + "<div class=\"article-content\">" + STORY + "</div></div></div></article>");
        String text = clean(html).text();
        assertThat(text).startsWith(TITLE + "\n\n" + DECK + "\n\nThe flood barrier");
    }

    @Test
    void pictureCreditsAloneOnTheirLineAreFurniture() {
        LinePatterns patterns = LinePatterns.load();
        assertThat(patterns.isFurniture("Photograph by Jane Roe, Example Restoration Trust")).isTrue();
        assertThat(patterns.isFurniture("Photograph by Tom Weir, Fauna & Flora Society")).isTrue();
        assertThat(patterns.isFurniture("(Credit: Jane Roe / Harbour Gazette)")).isTrue();
        assertThat(patterns.isFurniture("Photo courtesy of Marrow Bay Dock Company")).isTrue();
        // a caption that tells what the picture shows keeps its line
        assertThat(patterns.isFurniture("Photo by a drone shows the flooded quays of the lower town")).isFalse();
    }

    @Test
    void aCreditGluedToItsCaptionByTheMarkupGoes() throws Exception {
        String html = page(TITLE, "<article><h1>" + TITLE + "</h1><figure><img src=\"gates.jpg\"><figcaption>"
                + "<p class=\"figure-caption\"><span class=\"mr10\">The gates were lowered at dusk.</span>"
                + "<span>Credit: Jane Roe/Gull Point Agency</span></p></figcaption></figure>" + STORY + "</article>");
        Document doc = clean(html);
        assertThat(doc.text()).contains("The gates were lowered at dusk.").doesNotContain("Jane Roe").doesNotContain("Agency");
        // a caption with no credit keeps its spans, and a span that only names the place stays
        String plain = page(TITLE, "<article><h1>" + TITLE + "</h1><figure><img src=\"gates.jpg\"><figcaption>"
                + "<span>The gates were lowered at dusk </span><span>in Marrow Bay.</span></figcaption></figure>"
                + STORY + "</article>");
        assertThat(clean(plain).text()).contains("The gates were lowered at dusk in Marrow Bay.");
        LinePatterns patterns = LinePatterns.load();
        assertThat(patterns.isFurniture("Credit: Jane Roe/Gull Point Agency")).isTrue();
        assertThat(patterns.isFurniture("Credit: the union said the deal was fair.")).isFalse();
    }
}
