package org.attest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Publication lines met in round ev25, on invented pages: a mail archive's printed date under the
 * sender, and a site's reading time before the date with the writer's byline after its time.
 */
class PublicationLinesTest {
    private static final DateParser DATES = DateParser.load();

    @Test
    void aPrintedDateLineUnderTheSenderIsThePublication() {
        assertThat(DATES.dateline("[list] weekly digest\n\nJane Roe jroe at example.org\nThu Mar 14 10:12:01 EST 2019\n\nNews."))
                .isEqualTo(LocalDate.of(2019, 3, 14));
        // the printed form inside a sentence is no publication line
        assertThat(DATES.dateline("Title\n\nThe log said Thu Mar 14 10:12:01 EST 2019 was the last entry.\n\nNews."))
                .isNull();
    }

    @Test
    void aReadingTimeMayOpenTheLineAndABylineCloseIt() {
        assertThat(DATES.dateline("Port strike spreads\n\n2 min read 03 Feb 2022, 09:40 AM IST Staff Writer\n\nDockers struck."))
                .isEqualTo(LocalDate.of(2022, 2, 3));
        assertThat(DATES.dateline("Port strike spreads\n\n3 Feb 2022, 09:40 AM IST Jane Roe\n\nDockers struck."))
                .isEqualTo(LocalDate.of(2022, 2, 3));
        // a sentence that goes on after the date is no byline
        assertThat(DATES.dateline("Port strike spreads\n\nOn 3 Feb 2022 dockers walked out of the harbour in the north.\n\nText."))
                .isNull();
    }
}
