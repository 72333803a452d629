package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.DateMention;
import org.junit.jupiter.api.Test;

/** A weekday of a reported plan ("would"), the end of a term ahead, and two days written with one month. */
class ReportedPlansAndPairedDaysTest {
    /** A Wednesday. */
    private static final String WEDNESDAY = "2024-05-15";

    @Test
    void aWeekdayAfterWouldIsTheComingOne() {
        String text = "Union leaders said they would stage another walkout on Friday.";
        assertThat(DateTesting.mention(text, WEDNESDAY, "Friday").value()).isEqualTo("2024-05-17");
        assertThat(DateTesting.mention(text, WEDNESDAY, "Friday").rule()).doesNotEndWith(DateStage.UNANNOUNCED_FUTURE);
    }

    @Test
    void wouldHaveLooksBack() {
        String text = "Organisers said the crowd would have been larger on Sunday without the rain.";
        assertThat(DateTesting.mention(text, WEDNESDAY, "Sunday").value()).isEqualTo("2024-05-12");
    }

    @Test
    void wouldPutsNoYearAhead() {
        String text = "Marchers demand a charter that would bar the governor from a third term in 2027.";
        assertThat(DateTesting.mention(text, WEDNESDAY, "2027").rule()).endsWith(DateStage.UNANNOUNCED_FUTURE);
    }

    @Test
    void theEndOfATermAheadDatesNothingThoughAPlanIsAnnounced() {
        String text = "Crowds rallied against planned reforms that would let the governor rule until 2034.";
        assertThat(DateTesting.mention(text, WEDNESDAY, "2034").rule()).endsWith(DateStage.UNANNOUNCED_FUTURE);
        String by = "The ministry plans to close the mines by 2031, officials said.";
        assertThat(DateTesting.mention(by, WEDNESDAY, "2031").rule()).endsWith(DateStage.UNANNOUNCED_FUTURE);
        // an announced year that ends no term stays a date
        String held = "The ministry plans to hold the census in 2031.";
        assertThat(DateTesting.mention(held, WEDNESDAY, "2031").rule()).doesNotEndWith(DateStage.UNANNOUNCED_FUTURE);
    }

    @Test
    void twoDaysWithOneMonthAreTwoDates() {
        assertThat(values("Farmers blocked the roads on May 3 and 4 near the border.")).containsExactly("2024-05-03", "2024-05-04");
        assertThat(values("Farmers blocked the roads on 3 and 4 May near the border.")).containsExactly("2024-05-03", "2024-05-04");
    }

    @Test
    void aRangeOrACountAfterTheDayIsNoSecondDay() {
        assertThat(values("Voting ran between May 3 and 9 in the north.")).doesNotContain("2024-05-09");
        assertThat(values("Police fired on the crowd on May 3 and 4 people died.")).containsExactly("2024-05-03");
    }

    private static List<String> values(String text) {
        return DateTesting.dates(text, WEDNESDAY).stream().map(DateMention::value).toList();
    }
}
