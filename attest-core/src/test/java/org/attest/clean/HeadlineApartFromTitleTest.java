package org.attest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.attest.AttestException;
import org.attest.model.Source;
import org.junit.jupiter.api.Test;

/**
 * A page whose {@code <title>} was written apart from the headline it prints still opens its
 * text with that headline; a logo or a section's name in an {@code h1} is never taken for it.
 */
class HeadlineApartFromTitleTest {
    private static final Cleaner CLEANER = Cleaner.withDefaults();
    private static final String STORY = "<div class=\"story-text\">"
            + "<p>Dock workers in the port of Kelmouth stopped work on Monday over unpaid wages, the union said, and the cranes stood still for the whole shift.</p>"
            + "<p>The port authority said the wages would be paid within a week and asked the crews to return to the quays before the next ships arrive.</p>"
            + "<p>Hauliers said the queue of lorries reached the ring road by noon, and the town council opened a car park on the edge of town for them.</p></div>";

    private static String text(String html) throws AttestException {
        return CLEANER.clean(new Source("page.html", "file:page.html", html.getBytes(StandardCharsets.UTF_8), null)).text();
    }

    private static String page(String head) {
        return "<html><head><title>Port strike | Valley Courier</title></head><body>"
                + "<div class=\"topbar\"><h1><a href=\"/\">Valley Courier</a></h1></div>"
                + "<div class=\"story\"><div class=\"story-head\">" + head + "</div>" + STORY + "</div></body></html>";
    }

    @Test
    void theOneHeadlineShapedH1OpensTheTextWhenTheTitleDiffers() throws Exception {
        String text = text(page("<h1 class=\"title\">Dock workers halt the port of Kelmouth over unpaid wages</h1>"));
        assertThat(text).startsWith("Dock workers halt the port of Kelmouth over unpaid wages\n\nDock workers in the port");
    }

    @Test
    void aShortSectionNameOrTwoCandidatesGiveNoHeadline() throws Exception {
        assertThat(text(page("<h1>Latest news</h1>"))).startsWith("Dock workers in the port");
        assertThat(text(page("<h1>Dock workers halt the port of Kelmouth</h1><h1>Ferry crews join the dock workers' strike</h1>")))
                .doesNotStartWith("Dock workers halt").doesNotStartWith("Ferry crews join");
    }
}
