package org.attest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Rules from a held-out set of Iran reports of wire services and rights groups (December 2026): a
 * labelled stamp on the line under the headline is the publication date, as one opening the text is.
 */
class HeldOutWireRoundTest {
    private static final DateParser DATES = DateParser.load();

    @Test
    void aLabelledStampUnderTheHeadlineIsThePublicationDate() {
        assertThat(DATES.dateline("Police detain 40 in a northern port\n date 2021-07-09 Photo gallery\nPolice detained 40 men."))
                .isEqualTo(LocalDate.of(2021, 7, 9));
        assertThat(DATES.dateline("Nurses strike for a third day\n\nPublished: 2020-02-11 Nurses in the capital stayed away."))
                .isEqualTo(LocalDate.of(2020, 2, 11));
    }

    @Test
    void aStampFarDownOrInsideALineIsNotRead() {
        // past the first lines: the body's, not the page's
        String deep = "Headline\nLine two.\nLine three.\nLine four.\nLine five.\nLine six.\nPosted on 2020-02-11 later.";
        assertThat(DATES.dateline(deep)).isNull();
        // the label must open its line
        assertThat(DATES.dateline("Nurses strike\nThe union posted on 2020-02-11 a call to strike.")).isNull();
    }
}
