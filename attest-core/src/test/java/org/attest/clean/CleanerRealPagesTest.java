package org.attest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.attest.AttestException;
import org.attest.model.Document;
import org.attest.model.Source;
import org.junit.jupiter.api.Test;

/**
 * Structures met on real news pages in the second HTML round (wire, national and regional
 * outlets), each rebuilt here as a small invented page, with a contrast case that must keep
 * its old reading.
 */
class CleanerRealPagesTest {
    private static final Cleaner CLEANER = Cleaner.withDefaults();
    private static final LinePatterns PATTERNS = LinePatterns.load();

    private static Document clean(String html) throws AttestException {
        return CLEANER.clean(new Source("page.html", "file:page.html", html.getBytes(StandardCharsets.UTF_8), null));
    }

    private static String paragraphs(String... texts) {
        StringBuilder sb = new StringBuilder();
        for (String t : texts) {
            sb.append("<p>").append(t).append("</p>\n");
        }
        return sb.toString();
    }

    private static final String STORY = paragraphs(
            "The river road between the two valley towns was closed by the county on the morning after the storm, officials said in a brief notice.",
            "Crews from three depots worked through the night to clear mud, fallen trees and two stranded delivery vans from the lower bends of the road.",
            "Residents of the upper villages, some four hundred households in all, were told to use the mountain pass until the engineers finish their checks.",
            "The county engineer said the retaining wall near the old mill had shifted by several centimetres and would need to be rebuilt before reopening.");

    @Test
    void headlineIsTheH1ThatAgreesWithTheTitleNotTheSiteLogo() throws Exception {
        String page = "<html><head><title>Storm closes the river road | Valley Ledger</title></head><body>"
                + "<div class=\"brand\"><h1><a href=\"/\">ValleyLedger</a></h1></div>"
                + "<div class=\"story-head\"><h1>Storm closes the river road</h1></div>"
                + "<div class=\"story-body\">" + STORY + "</div></body></html>";
        assertThat(clean(page).text()).startsWith("Storm closes the river road\n\nThe river road between");

        String noAgreeingHeadline = page.replace("<h1>Storm closes the river road</h1>", "<h2>Weather desk</h2>");
        assertThat(clean(noAgreeingHeadline).text()).startsWith("The river road between").doesNotContain("ValleyLedger");
    }

    @Test
    void headlineLeavesOutTheWidgetLinkBesideIt() throws Exception {
        String page = "<html><head><title>Storm closes the river road - Valley Ledger</title></head><body>"
                + "<div class=\"story-head\"><h1>Storm closes the river road <a href=\"#\" class=\"watch\">Add to ...</a></h1></div>"
                + "<div class=\"story-body\">" + STORY + "</div></body></html>";
        String text = clean(page).text();
        assertThat(text).startsWith("Storm closes the river road\n\n").doesNotContain("Add to");

        // a headline that is itself a link, and a headline longer than the page title, are written whole
        String linked = page.replace("Storm closes the river road <a href=\"#\" class=\"watch\">Add to ...</a>",
                "<a href=\"/story\">Storm closes the river road</a>");
        assertThat(clean(linked).text()).startsWith("Storm closes the river road\n\nThe river road");
        String withDeck = page.replace("Storm closes the river road <a href=\"#\" class=\"watch\">Add to ...</a>",
                "<span class=\"headline\">Storm closes the river road</span> <span class=\"deck\">Crews work through the night</span>");
        assertThat(clean(withDeck).text()).startsWith("Storm closes the river road\n\nThe river road");
        String longer = page.replace("Storm closes the river road <a href=\"#\" class=\"watch\">Add to ...</a>",
                "Storm closes the river road, county says");
        assertThat(clean(longer).text()).startsWith("Storm closes the river road, county says\n\n");
    }

    @Test
    void publicationTimeWithMalformedMachineValueIsReadByItsPrintedDate() throws Exception {
        // the printed date sits in a page header that the text leaves out, so only the time element can date the page
        String page = "<html><head><title>Storm closes the river road</title></head><body>"
                + "<header><p>Published <time datetime=\"2019-00-14T08:00:00Z\" pubdate>Thursday, Mar. 14 2019, 8:00 AM</time></p></header>"
                + "<article>" + STORY + "</article></body></html>";
        assertThat(clean(page).text()).doesNotContain("2019");
        assertThat(clean(page).published()).isEqualTo(LocalDate.of(2019, 3, 14));

        String wellFormed = page.replace("2019-00-14T08:00:00Z", "2019-03-13T23:00:00-05:00");
        assertThat(clean(wellFormed).published()).isEqualTo(LocalDate.of(2019, 3, 13));
    }

    @Test
    void microdataPublicationDateOnAPageElementIsRead() throws Exception {
        String page = "<html><head><title>Storm closes the river road</title></head><body><article><header>"
                + "<h1>Storm closes the river road</h1>"
                + "<p class=\"blurb\">A long summary of the story sits between the headline and the date line, as decks often do on such pages.</p>"
                + "<div class=\"date\">Posted: <span itemprop=\"datePublished\" content=\"2014-12-15T12:56:00-05:00\">Monday</span></div>"
                + "</header><section itemprop=\"articleBody\">" + STORY + "</section></article></body></html>";
        assertThat(clean(page).published()).isEqualTo(LocalDate.of(2014, 12, 15));

        // the same property with no machine value leaves the date to the other sources
        String printedOnly = page.replace(" content=\"2014-12-15T12:56:00-05:00\"", "");
        assertThat(clean(printedOnly).published()).isNull();
    }

    @Test
    void dateLinePrintedUnderTheHeadlineDatesAPageWithoutMetadata() throws Exception {
        String page = "<html><head><title>Storm closes the river road</title></head><body>"
                + "<div class=\"story-head\"><h1>Storm closes the river road</h1>"
                + "<div class=\"meta\"><span>By the county desk</span><span>June 3, 2021, 9:15 AM</span></div></div>"
                + "<div class=\"story-body\">" + STORY + "</div></body></html>";
        Document d = clean(page);
        assertThat(d.published()).isEqualTo(LocalDate.of(2021, 6, 3));
        assertThat(d.text()).doesNotContain("June 3, 2021");

        // a date printed after the story has begun belongs to something else (a teaser, a letter)
        String afterStory = "<html><head><title>Storm closes the river road</title></head><body>"
                + "<div class=\"story-head\"><h1>Storm closes the river road</h1></div>"
                + "<div class=\"story-body\">" + STORY + "</div>"
                + "<div class=\"rail\"><span>May 1, 2020</span></div></body></html>";
        assertThat(clean(afterStory).published()).isNull();
    }

    @Test
    void storySplitIntoBlocksOfOneClassIsJoined() throws Exception {
        String lead = paragraphs(
                "Voters in the coastal district queued from dawn on Sunday for a by-election called after the death of the sitting member last spring.",
                "Officials at the district office said turnout had passed thirty percent by noon, higher than in the general election two years ago.");
        String rest = paragraphs(
                "Three candidates are standing: a retired headteacher, a fisheries union organiser and a young lawyer backed by the opposition alliance.",
                "Observers from two civic groups reported long lines at the schools used as polling stations but no incidents by early afternoon.",
                "The union organiser told reporters outside a polling station that the harbour closures had dominated every meeting of the campaign.",
                "Counting will begin when the polls close at eight in the evening, and the result is expected before midnight, the district office said.",
                "The seat has changed hands only once since the district was drawn, when a boundary review moved two inland villages into it.");
        String page = "<html><head><title>Coastal district votes in by-election</title></head><body><main>"
                + "<section class=\"row lead\"><div class=\"col\"><h2>Coastal district votes in by-election</h2></div>"
                + "<div class=\"col\"><div class=\"story-text\">" + lead + "</div></div></section>"
                + "<section class=\"row main-section\"><div class=\"col\"><div class=\"story-text\">" + rest + "</div></div></section>"
                + "</main></body></html>";
        String text = clean(page).text();
        assertThat(text).contains("Voters in the coastal district queued", "turnout had passed thirty percent",
                "Three candidates are standing", "two inland villages");

        // a teaser that shares the class in a rail beside the story is no part of it
        String teaserPage = "<html><head><title>Coastal district votes in by-election</title></head><body><div class=\"page\">"
                + "<div class=\"main\"><div class=\"story-text\">" + lead + rest + "</div></div>"
                + "<div class=\"rail\"><div class=\"story-text\"><p>Another district elsewhere held a recount last week after a dispute over postal ballots in two wards.</p></div>"
                + "<div class=\"notes\">" + paragraphs(
                        "Letters to the editor are welcome and may be shortened for length and clarity before they are printed.",
                        "Corrections and clarifications are published on this page every Saturday in the print and online editions.",
                        "Readers who spot an error may write to the standards editor, whose address is printed on page two.")
                + "</div></div></div></body></html>";
        assertThat(clean(teaserPage).text()).contains("Voters in the coastal district queued")
                .doesNotContain("recount last week", "Letters to the editor");
    }

    @Test
    void longWireCreditTrailerIsFurniture() throws Exception {
        String trailer = "Reporting by Ana Ruiz in Valletta and Tomas Berg in Oslo; Additional reporting by Lea Park "
                + "and Omar Haddad in Amman, Nina Volkova in Tbilisi and Peter Lang and Sara Eko in Lagos; Editing by Mark Dunn and Ruth Hale";
        assertThat(trailer.length()).isGreaterThan(LinePatterns.MAX_FURNITURE_LENGTH);
        assertThat(PATTERNS.isFurniture(trailer)).isTrue();
        String page = "<html><head><title>Storm closes the river road</title></head><body><article>"
                + STORY + "<div class=\"attribution\"><p>" + trailer + "</p></div></article></body></html>";
        assertThat(clean(page).text()).doesNotContain("Additional reporting", "Amman");

        // a story sentence that speaks of reporting and editing is no trailer
        String sentence = "The ministry criticised the reporting by local outlets; editing by the state censor was routine, "
                + "a former editor said, and reporters in Amman and Tbilisi described the same pressure on their desks.";
        assertThat(PATTERNS.isFurniture(sentence)).isFalse();
    }

    @Test
    void promptToFollowSomeoneOnANetworkIsFurniture() {
        assertThat(PATTERNS.isFurniture("Follow Maria on Twitter.")).isTrue();
        assertThat(PATTERNS.isFurniture("Follow the Valley Ledger on Facebook")).isTrue();
        assertThat(PATTERNS.isFurniture("Follow-up talks on Tuesday were cancelled after the strike.")).isFalse();
        assertThat(PATTERNS.isFurniture("Followers of the movement on Telegram called for a march on Friday.")).isFalse();
    }

    @Test
    void seriesPromotionLineIsFurniture() {
        assertThat(PATTERNS.isFurniture("This story is part of our Valley Voices series. Follow the series on Facebook and "
                + "Instagram. Read more from the series at our site.")).isTrue();
        assertThat(PATTERNS.isFurniture("This report is part of a project on river towns funded by readers.")).isTrue();
        assertThat(PATTERNS.isFurniture("The story is part of a wider pattern of closures, the engineer said.")).isFalse();
        assertThat(PATTERNS.isFurniture("This story is partly based on court records seen by the paper.")).isFalse();
    }

    @Test
    void referencesEscapedTwiceAreDecoded() throws Exception {
        String page = "<html><head><title>Storm closes the river road</title></head><body><article>"
                + "<p>&amp;#151; -- The county council met on Monday &amp;amp; voted to rebuild the wall near the old mill before winter.</p>"
                + STORY + "</article></body></html>";
        String text = clean(page).text();
        assertThat(text).contains("\u2014 -- The county council met on Monday & voted").doesNotContain("&#151;", "&amp;");

        String once = page.replace("&amp;#151; -- ", "").replace("&amp;amp;", "&amp;");
        assertThat(clean(once).text()).contains("The county council met on Monday & voted");
        assertThat(EscapedEntities.decode("AT&T and R&D; no reference here")).isEqualTo("AT&T and R&D; no reference here");
    }
}
