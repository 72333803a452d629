package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * A source's count given as a figure of its own, round events80 (6 December 2026, invented
 * sentences): "the association put the death toll at 23" is the association's statement, not the
 * deaths told again, as the seeds count "announced that the death toll ... is more than 69,800";
 * undated, it takes the day of the deaths or the gathering it counts.
 */
class CountStatementsTest {

    @Test
    void aBodysTollIsAStatementNotAKilling() {
        assertThat(types("The Velmar Doctors' Union put the death toll at 23.")).containsExactly("statement");
        assertThat(types("The harbour rights group later raised the toll to at least 41.")).containsExactly("statement");
        assertThat(types("The Dock Workers Alliance gave a higher toll of 19 dead.")).containsExactly("statement");
        assertThat(types("The interior ministry put the total number of deaths at more than 200.")).containsExactly("statement");
    }

    @Test
    void otherCountsOfABodyAreStatementsToo() {
        assertThat(types("A separate tally by the Velmar Justice Network put the March total at 52.")).containsExactly("statement");
        assertThat(types("The prosecutor's office put the number of detainees at 14.")).contains("statement");
    }

    @Test
    void onlookersWhoSizeACrowdOnlySourceIt() {
        assertThat(types("Witnesses put the crowd at about 5,000.")).doesNotContain("statement");
    }

    @Test
    void anUndatedCountTakesTheDayOfWhatItCounts() {
        List<Event> events = DatedReports.events("""
                Port clashes

                Riot police shot dead at least 17 dockers in Velmar on Tuesday.

                The Velmar Doctors' Union put the death toll at 23.

                Thousands of dockers rallied in Velmar on Thursday.

                The Port Monitoring Group estimated the crowd at 40,000.
                """, "2026-03-13");
        assertThat(events).filteredOn(e -> e.type().equals("statement")).extracting(Event::date)
                .containsExactly("2026-03-10", "2026-03-12");
    }
}
