package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import org.junit.jupiter.api.Test;

/**
 * Branch events97: a speech made to a gathering ("addressed the summit on Monday") is of the day
 * after the gathering's noun, even when that noun is no event of its own. Invented undated
 * report; 6 May 2023 is a Saturday.
 */
class AddressedGatheringDatesTest {
    private static final String TEXT = "Exiles March in Vienna\n\n"
            + "Thousands of exiles marched through central Vienna on Saturday, May 6, 2023, chanting slogans.\n\n"
            + "The march opened a convention of exiles that went on until Monday.\n\n"
            + "Speakers\n\n"
            + "Former senator John Miller addressed the summit on Monday, urging the government to act.";

    @Test
    void aSpeechToAGatheringTakesTheGatheringsDay() {
        assertThat(datesOf(events(TEXT, null), "statement")).containsExactly("2023-05-08");
    }

    @Test
    void aConferenceAddressedIsAGatheringToo() {
        String text = TEXT.replace("addressed the summit", "addressed the conference");
        assertThat(datesOf(events(text, null), "statement")).containsExactly("2023-05-08");
    }
}
