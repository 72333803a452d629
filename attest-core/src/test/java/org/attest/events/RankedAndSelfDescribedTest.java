package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.TestDocs.types;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Lines that tell no new event (round events63, invented sentences): a told event ranked against a
 * record, and a report describing its own contents.
 */
class RankedAndSelfDescribedTest {
    @Nested
    class Ranked {
        @Test
        void aRankedEventNamesNoNewOne() {
            assertThat(types("It was the fourth public hanging since the council took power in 2019.")).doesNotContain("execution");
            assertThat(types("Officials said it was the seventh such bombing since mid-April.")).doesNotContain("attack");
            assertThat(types("This is the bloodiest raid on the valley in a decade.")).doesNotContain("attack");
            assertThat(types("Campaigners said it was the first time a county had backed a boycott of a supermarket.")).doesNotContain("boycott_call");
        }

        @Test
        void anEventBeforeTheRankStays() {
            List<Event> events = DatedReports.events(
                    "Police arrested 40 dockers in Valmora on Tuesday; it was the largest walkout in the port's history.\n", "2025-03-06");
            assertThat(datesOf(events, "arrest")).containsExactly("2025-03-04");
        }

        @Test
        void aRankWithoutAPronounPointingBackStays() {
            assertThat(types("Soldiers killed the third protester in the square on Monday.")).contains("killing");
        }
    }

    @Nested
    class SelfDescribed {
        @Test
        void aReportListingItsTopicsReportsNothing() {
            assertThat(types("Today's briefing covers dock strikes in Valmora, a detention case in the north and election preparations.")).isEmpty();
            assertThat(types("Our weekly summary of executions, arrests and protests in the region.")).isEmpty();
            assertThat(types("Monthly report on death sentences, executions and arrests in the province.")).isEmpty();
        }

        @Test
        void anotherBodysReportStillTells() {
            assertThat(types("A report on the strike found that police arrested twelve dockers in Valmora on Tuesday.")).contains("arrest");
        }
    }
}
