package org.attest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Rules from a held-out set of wire and rights-group reports (December 2026): a labelled stamp on
 * a line of its own under the title is the publication date, as one that opens the text is.
 */
class HeldOutWireTest {
    private static final DateParser DATES = DateParser.load();

    @Test
    void aStampLineUnderTheTitleIsThePublicationDate() {
        assertThat(DATES.dateline("Dockers walk out over pay\n\ndate 2024-05-06 Dockers in the port city stopped work on Monday."))
                .isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(DATES.dateline("Dockers walk out over pay\nPublished: 2024-05-06\nDockers stopped work on Monday."))
                .isEqualTo(LocalDate.of(2024, 5, 6));
    }

    @Test
    void aDatelineWrappedOverTwoLinesIsRead() {
        assertThat(DATES.dateline("Free the dockers now\n(HARBOURTOWN, March 4,\n2024)—Police should release the dockers held"))
                .isEqualTo(LocalDate.of(2024, 3, 4));
        // two lines that only together hold a date, without a dateline's frame, are none
        assertThat(DATES.dateline("Free the dockers now\nThe strike began on March 4,\n2024 was a hard year for the port."))
                .isNull();
    }

    @Test
    void aLabelInsideALineOrPastTheFirstLinesIsNoStamp() {
        assertThat(DATES.dateline("Dockers walk out over pay\nThe union set the date 2024-05-06 for a vote.")).isNull();
        assertThat(DATES.dateline("a\nb\nc\nd\ne\nf\ng\ndate 2024-05-06 Dockers stopped work.")).isNull();
    }
}
