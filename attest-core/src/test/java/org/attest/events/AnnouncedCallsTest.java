package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.TestDocs.types;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Round stmt210 (7 December 2026): a body that announces strikes calls them; a date after a call to boycott that names what is boycotted does not date the
 * call ({@link BoycottObjects}). All sentences and names are invented.
 */
class AnnouncedCallsTest {

    @Test
    void bodiesThatAnnounceStrikesCallThem() {
        assertThat(types("Three teachers' unions in Morvel announced a general strike over the pay freeze."))
                .contains("boycott_call").doesNotContain("other");
        assertThat(types("Dozens of clinics and two hospitals in Morvel have announced strikes.")).contains("boycott_call");
    }

    @Test
    void anEndOrAHungerStrikeAnnouncedIsNoCall() {
        assertThat(types("The dockers' union announced an end to the strike after the pay deal.")).doesNotContain("boycott_call");
        assertThat(types("The jailed editor announced a hunger strike in Morvel prison.")).doesNotContain("boycott_call");
    }

    @Test
    void theDayOfTheVoteBoycottedDoesNotDateTheCall() {
        // 2023-11-15 is a Wednesday; the elections are two months ahead, which the dates stage reads as last January
        String text = String.join("\n\n",
                "Police in Morvel broke up a rally of the Liberty Party with tear gas on Monday.",
                "The party said in a statement on Tuesday that it would appeal. It also urged its members to boycott the "
                        + "general elections due in January.");
        List<Event> events = DatedReports.events(text, "2023-11-15");
        assertThat(datesOf(events, "boycott_call")).containsExactly("2023-11-14");
    }

    @Test
    void aCallForABoycottOfAVoteOfTheMonthKeepsTheMonth() {
        List<Event> events = DatedReports.events(
                "Exiled opposition groups called for a boycott of the sham elections in June.", "2023-06-02");
        assertThat(datesOf(events, "boycott_call")).containsExactly("2023-06");
    }
}
