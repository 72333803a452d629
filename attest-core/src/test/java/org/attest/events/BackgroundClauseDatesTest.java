package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import org.junit.jupiter.api.Test;

/**
 * Branch events97: a clause of "in which" after a dated noun tells a retold happening of that
 * noun's date, also when the noun is no event of its own (an anniversary's) and when a figure's
 * digit groups ("1,500") stand in the clause; a year such a noun bears does not lead an undated
 * report whose later lead date tells a month or day of a later year. Invented undated reports under a month dateline.
 */
class BackgroundClauseDatesTest {
    @Test
    void anInWhichClauseAfterAnAnniversarysNounTakesTheNounsDate() {
        String text = "Posters in Velmar\n\nVelmar, April 2022\n\n"
                + "Activists put up posters in Velmar on Monday.\n\n"
                + "On the fourth anniversary of the March 2018 uprising, in which police killed some 900 "
                + "demonstrators within days, activists put up posters in Velmar and Tarvel.";
        var events = events(text, null);
        assertThat(datesOf(events, "killing")).containsExactly("2018-03");
        assertThat(datesOf(events, "protest")).containsOnly("2022-04");
    }

    @Test
    void aFiguresDigitGroupsBreakNoInWhichClause() {
        String text = "Posters in Velmar\n\nVelmar, April 2022\n\n"
                + "Activists put up posters in Velmar on Monday.\n\n"
                + "The government has never admitted the toll of the March 2018 uprising, in which more "
                + "than 1,500 demonstrators were killed, according to the opposition.";
        assertThat(datesOf(events(text, null), "killing")).containsExactly("2018-03");
    }

    @Test
    void aBackgroundYearDoesNotLeadAnUndatedReportWhoseNewsIsLater() {
        String text = "Arrests in Velmar\n\n"
                + "Police have detained relatives of people killed in the 2019 protests in Velmar and Tarvel, rights groups said.\n\n"
                + "At least 20 people were detained between 3 and 8 March 2024, the groups said.";
        assertThat(datesOf(events(text, null), "arrest")).isNotEmpty().allMatch(d -> d.startsWith("2024-03"));
    }
}
