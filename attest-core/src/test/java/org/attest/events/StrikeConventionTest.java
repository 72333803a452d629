package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;
import static org.attest.events.TestDocs.types;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The strike convention (invented sentences): a strike, a walk-out, a stay-away or shops shut is
 * `other` (ACLED counts as a protest only people who gather; the gold format's protest is a
 * demonstration, a rally in the street, slogans, graffiti or posters); a call for a strike, a
 * general strike, a shutdown or a stay-away is a `boycott_call`; strikers who march, picket or
 * block a road protest; a hunger strike is `other` as before.
 */
class StrikeConventionTest {

    @Test
    void aStrikeIsOther() {
        assertThat(types("Bakery workers in Tarsel went on strike on Wednesday over night-shift pay.")).containsExactly("other");
        assertThat(types("Customs officers at the Tarsel border post began a go-slow on Monday.")).containsExactly("other");
        assertThat(types("Most shopkeepers in the Tarsel bazaar kept their shutters down on Monday.")).containsExactly("other");
        assertThat(types("About 2,000 dockworkers took part in the strike on Monday.")).containsExactly("other");
    }

    @Test
    void aCallForAGeneralStrikeOrAStayAwayIsABoycottCall() {
        assertThat(types("The federation called for a general strike across Tarsel on Friday.")).containsExactly("boycott_call");
        assertThat(types("The opposition alliance urged shopkeepers to observe a general strike on Saturday."))
                .containsExactly("boycott_call");
        assertThat(types("Civic groups called for a two-day stay-away in Tarsel next week.")).containsExactly("boycott_call");
        assertThat(types("The union called a general strike for Thursday.")).containsExactly("boycott_call");
    }

    @Test
    void strikersWhoMarchPicketOrBlockARoadProtest() {
        assertThat(types("Striking bakery workers marched to the town hall in Tarsel on Wednesday.")).containsExactly("protest");
        assertThat(types("Strikers picketed the gates of the Tarsel flour mill on Wednesday.")).containsExactly("protest");
        assertThat(types("Striking drivers blocked the ring road around Tarsel on Wednesday.")).containsExactly("protest");
        assertThat(types("Taxi drivers staged a go-slow along the Tarsel ring road on Monday.")).containsExactly("protest");
        // strikers met with force were gathered where it met them
        assertThat(types("Police fired tear gas at striking miners outside the pit in Tarsel on Monday."))
                .contains("protest").doesNotContain("other");
    }

    @Test
    void aHungerStrikeStaysOther() {
        assertThat(types("A jailed teacher in Tarsel began a hunger strike on Wednesday.")).containsExactly("other");
        assertThat(types("Two detainees in Tarsel have been on hunger strike since Monday.")).containsExactly("other");
    }

    @Test
    void aProtestToldAsTheStrikesPurposeIsTheStrike() {
        assertThat(types("Dockworkers in Tarsel stopped work on Sunday, demanding unpaid wages and protesting against a new shift system."))
                .containsExactly("other");
        // a strike and its strikers' protest of one day, told in one sentence, are one happening: the protest
        assertThat(types("Nurses in Tarsel went on strike on Monday and protested outside the health ministry."))
                .containsExactly("protest");
        assertThat(types("Farmers blocked roads around Tarsel on Tuesday at the start of an indefinite strike."))
                .containsExactly("protest");
    }

    @Test
    void aStrikeToldAgainOnItsDayIsOneStrike() {
        String text = "Bakery strike in Tarsel\n\n"
                + "Bakery workers in Tarsel went on strike on Wednesday over night-shift pay.\n\n"
                + "The strike on Wednesday closed nearly every bakery in the town.";
        assertThat(datesOf(events(text, "2025-10-16"), "other")).containsExactly("2025-10-15");
    }

    @Test
    void everyStrikePhraseIsAnOtherLineOfTheLexicon() throws Exception {
        Set<String> others = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                StrikeConventionTest.class.getResourceAsStream("/org/attest/events/triggers.tsv"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t");
                if (!line.startsWith("#") && f.length > 1 && f[0].equals("other")) {
                    others.add(f[1].replace(' ', '_'));
                }
            }
        }
        assertThat(others).containsAll(WordSets.named("strike-phrases"));
    }
}
