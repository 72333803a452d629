package org.attest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Rules from a held-out set of reports beyond Iran (December 2026): a labelled machine stamp
 * that opens a text is its publication date even when the body runs on in the same line.
 */
class HeldOutAbroadTest {
    private static final DateParser DATES = DateParser.load();

    @Test
    void labelledStampOpeningTheTextIsThePublicationDate() {
        assertThat(DATES.dateline(" date 2023-03-14 A court in the capital jailed four students on Monday."))
                .isEqualTo(LocalDate.of(2023, 3, 14));
        assertThat(DATES.dateline("Published: 2022-11-02 Riot police broke up a march of nurses."))
                .isEqualTo(LocalDate.of(2022, 11, 2));
        assertThat(DATES.dateline("Posted on 2021-05-20\nHundreds of workers rallied outside the mill."))
                .isEqualTo(LocalDate.of(2021, 5, 20));
    }

    @Test
    void aStampNeedsItsLabelAFullDateAndTheStartOfTheText() {
        // no label: a date in the body's first words is not a stamp (nor a dateline: no dash follows)
        assertThat(DATES.dateline("2023-03-14 was the day a court jailed four students.")).isNull();
        // a month without its day is no publication day
        assertThat(DATES.dateline(" date 2023-03 A court jailed four students on Monday.")).isNull();
        // the label must open the text, not stand inside the body
        assertThat(DATES.dateline("A court jailed four students; the date 2023-03-14 was set for appeal.")).isNull();
        // "dated" is no label
        assertThat(DATES.dateline("Dated 2023-03-14 letters were read out.")).isNull();
        // an impossible day stays unread
        assertThat(DATES.dateline(" date 2023-02-30 A court jailed four students.")).isNull();
    }
}
