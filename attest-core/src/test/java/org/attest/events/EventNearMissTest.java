package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Events found at the right sentence with the wrong type or date (ev26 round). All sentences are
 * invented for these tests.
 */
class EventNearMissTest {

    @Test
    void ralliesInAParagraphOfProtestsAreProtests() {
        Document d = TestDocs.doc().paragraph(
                "Students marched at two universities, and protesters clashed with police downtown.",
                "Rallies were also held in two provincial towns.").build();
        assertThat(TestDocs.sentencesOf(d, "protest")).contains("Rallies were also held in two provincial towns.");
        assertThat(TestDocs.sentencesOf(d, "rally")).isEmpty();
    }

    @Test
    void aRallyWithoutProtestsStaysARally() {
        Document d = TestDocs.doc().paragraph(
                "The ruling party held rallies in two provincial towns ahead of the vote.").build();
        assertThat(TestDocs.sentencesOf(d, "rally")).hasSize(1);
    }

    @Test
    void aCoupToldAsNewsIsOther() {
        assertThat(TestDocs.types("Generals seized power in the capital overnight.")).contains("other");
        assertThat(TestDocs.types("Strikes have spread to the mines since a coup in the spring.")).contains("other");
    }

    @Test
    void aCoupProtestedAgainstIsNoEventOfItsOwn() {
        assertThat(TestDocs.types("Students marched against a coup in the capital.")).containsExactly("protest");
        assertThat(TestDocs.types("Students marched against the coup in the capital.")).containsExactly("protest");
    }

    @Test
    void demosAreProtests() {
        assertThat(TestDocs.types("The square has stayed closed since the 2015 demos over fuel prices.")).contains("protest");
    }

    @Test
    void bansAndRestrictionsAreOtherAndTheirGatheringsATopic() {
        assertThat(TestDocs.types("The governor extended prohibitions on marches to three more districts."))
                .containsExactly("other");
        assertThat(TestDocs.types("Officials imposed a ten-day ban on gatherings in the port city."))
                .containsExactly("other");
        assertThat(TestDocs.types("The mayor imposed new restrictions on street rallies before the holidays."))
                .containsExactly("other");
    }

    @Test
    void suspendedPollingIsAnElectionAndAnInternetShutdownIsOther() {
        // acts28: a detail of polling day tells the vote
        assertThat(TestDocs.types("The commission suspended voting in four villages after gunfire.")).contains("election");
        assertThat(TestDocs.types("News was slow to emerge because of the shutdown of the internet in the province."))
                .containsExactly("other");
    }

    @Test
    void announcingIsAStatementAsAnnouncedIs() {
        assertThat(TestDocs.types("The minister angered the unions by announcing a pay freeze for nurses."))
                .containsExactly("statement");
    }

    @Test
    void pollingSuspendedInNamedStationsIsAnElectionWithTheSuspensionsDate() {
        Document d = TestDocs.doc().published("2024-02-19").paragraph(
                "Voting went ahead after the board suspended the polling process in three polling stations on 8 February over threats.")
                .date("8 February", "2024-02-08", DatePrecision.DAY).build();
        assertThat(TestDocs.events(d)).extracting(Event::type, Event::date)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("election", "2024-02-08"));
    }

    @Test
    void emergencyRuleAndAGroupDeclaredIllegalAreOther() {
        // other40: emergency rule declared is the authorities' measure (acts28 had typed it a statement)
        assertThat(TestDocs.types("The army declared a state of emergency in the border provinces."))
                .containsExactly("other");
        assertThat(TestDocs.types("The interior ministry declared the students' union illegal."))
                .containsExactly("other");
    }

    @Test
    void warningShotsIntoTheAirAreNoAttack() {
        assertThat(TestDocs.types("Witnesses saw soldiers shooting their rifles into the air to scatter the marchers."))
                .doesNotContain("attack");
        assertThat(TestDocs.types("Witnesses saw soldiers shooting at the marchers near the bridge."))
                .contains("attack");
    }

    @Test
    void aCourtRulingIsOther() {
        assertThat(TestDocs.types("The high court ruled that the dismissal of the editors was unlawful.")).contains("other");
        assertThat(TestDocs.types("The court ruled out any delay to the hearing.")).doesNotContain("other");
    }

    @Test
    void aPrayerMeetingIsARally() {
        assertThat(TestDocs.types("Church groups held a prayer meeting for the missing activists at the stadium."))
                .contains("rally");
    }
}
