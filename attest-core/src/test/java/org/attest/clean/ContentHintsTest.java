package org.attest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ContentHintsTest {
    private static final ContentHints HINTS = ContentHints.load();

    private static ContentHints.Kind kind(String cls) {
        Element e = Jsoup.parse("<div class=\"" + cls + "\">x</div>").selectFirst("div");
        return HINTS.kindOf(e);
    }

    @Test
    void furnitureWordsOfWidgetsRailsAndScreenReaderText() {
        for (String cls : new String[] {"sr-only", "screen-reader-text", "visually-hidden", "gallery col3", "slideshow",
                "carousel", "video-player", "jwplayer", "most-popular", "mostread", "recirc", "up-next",
                "further-reading", "d-none d-print-block", "author-bio", "transcript"}) {
            assertThat(kind(cls)).as(cls).isEqualTo(ContentHints.Kind.JUNK);
        }
    }

    @Test
    void wordsThatMayStyleContentAreNotFurniture() {
        // a bare "video" or "player" may style a link or a name inside a paragraph
        for (String cls : new String[] {"video", "player-name", "caption-text", "story-body"}) {
            assertThat(kind(cls)).as(cls).isNotEqualTo(ContentHints.Kind.JUNK);
        }
    }
}
