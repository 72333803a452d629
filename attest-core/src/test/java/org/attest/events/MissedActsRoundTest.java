package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Events other than statements that were missed (round evfn20): leaders ousted, impeached or
 * resigning, broadcasters suspended, permission for a protest denied, prisoners' release, a court's
 * conviction in the active voice, stabbings and slayings, a coup beside a leader named further on;
 * and dates: a present-perfect report of the day of publication, an ouster's year after "since"
 * that dates no other sentence. All sentences are invented for these tests.
 */
class MissedActsRoundTest {
    @Test
    void leadersOustedOrImpeachedAreOther() {
        assertThat(TestDocs.types("The governor was ousted by the regional assembly after two years in office."))
                .containsExactly("other");
        assertThat(TestDocs.types("The Brandov Party came to power after the ouster of the long-serving mayor."))
                .containsExactly("other");
        assertThat(TestDocs.types("The generals ousted the elected cabinet in a bloodless takeover.")).containsExactly("other");
        assertThat(TestDocs.types("The former premier was impeached by parliament in the spring.")).containsExactly("other");
    }

    @Test
    void theOustedLeaderOnlyNamesAPersonAndADemandedOusterIsNone() {
        assertThat(TestDocs.types("Supporters of the ousted president held a vigil outside the court.")).doesNotContain("other");
        assertThat(TestDocs.types("Students are demanding the ouster of the university rector.")).doesNotContain("other");
    }

    @Test
    void resignationsAreOtherButDemandedOnesAreNone() {
        // other81: a resignation is an act, typed `other` (acts28 had typed it a statement)
        assertThat(TestDocs.types("Velma Orsk, who resigned as interior minister in May, criticised the new budget."))
                .contains("other");
        assertThat(TestDocs.types("After forcing the resignation of the veteran governor, the movement kept marching."))
                .contains("other");
        assertThat(TestDocs.types("Teachers are demanding the resignation of the education minister.")).doesNotContain("statement", "other");
        assertThat(TestDocs.types("Pupils in the yard are demanding the resignation of the head teacher.")).doesNotContain("other");
    }

    @Test
    void broadcastersSuspendedArePressMeasures() {
        assertThat(TestDocs.types("The media regulator suspended the signal of three private television stations for 48 hours."))
                .containsExactly("other");
        assertThat(TestDocs.types("The ministry suspended the opposition newspaper over its coverage of the strike."))
                .contains("other");
        assertThat(TestDocs.types("The union called on the regulator to suspend the television channel.")).doesNotContain("other");
    }

    @Test
    void permissionDeniedForAProtestIsOther() {
        assertThat(TestDocs.types("The city police have denied permission for the march, citing traffic.")).contains("other");
        assertThat(TestDocs.types("The council refused permission for a rally in the main square.")).contains("other");
        assertThat(TestDocs.types("A party spokesman urged the council to deny permission for the stadium camps."))
                .doesNotContain("other");
    }

    @Test
    void aReleaseOfPrisonersIsOtherButACallForItIsNone() {
        assertThat(TestDocs.types("Families celebrated the release of political prisoners outside the jail in Korvin."))
                .contains("other");
        assertThat(TestDocs.types("Hundreds marched demanding the release of the detained students.")).doesNotContain("other");
        assertThat(TestDocs.types("The agency delayed the release of the new inflation figures.")).doesNotContain("other");
    }

    @Test
    void aCourtConvictingInTheActiveVoiceIsItsVerdict() {
        assertThat(TestDocs.types("A court in Tarsova on Monday convicted 14 activists of sedition.")).containsExactly("other");
    }

    @Test
    void stabbingsAndSlayingsAreKillings() {
        assertThat(TestDocs.types("A party worker was stabbed to death near a polling station in Ostrel.")).contains("killing");
        assertThat(TestDocs.types("Reporters marched to mark the slaying of a radio journalist in the port city."))
                .contains("killing");
        assertThat(TestDocs.types("A farmer was hacked to death during a land dispute in the valley.")).contains("killing");
        assertThat(TestDocs.types("A union organiser was slain outside his home on Sunday night.")).contains("killing");
        // the participle before a noun only names the dead
        assertThat(TestDocs.types("Mourners gathered at the grave of the slain organiser.")).doesNotContain("killing");
    }

    @Test
    void pollsDueAreAVoteToCome() {
        assertThat(TestDocs.types("The alliance wants a new electoral board ahead of polls due next spring."))
                .contains("election");
    }

    @Test
    void aCoupStaysToldWhenALeaderIsNamedFurtherOn() {
        assertThat(TestDocs.types("The army launched a coup and detained the elected civilian leader of the country."))
                .contains("other", "arrest");
        // the people named after the act are no coup
        assertThat(TestDocs.types("The coup leaders met foreign envoys in the capital.")).doesNotContain("other");
        assertThat(TestDocs.types("The coup plotters fled across the border.")).doesNotContain("other");
    }

    @Test
    void aPresentPerfectLeadIsOfThePublicationDay() {
        // published Thursday 16 May 2024; the body then goes back to the Tuesday march
        String text = "Police arrest students in Dorvana\n\n"
                + "Police in Dorvana have arrested more than 200 students who staged a sit-in at the university.\n\n"
                + "Thousands of students marched through the city on Tuesday.";
        List<Event> events = events(text, "2024-05-16");
        assertThat(datesOf(events, "arrest")).containsExactly("2024-05-16");
        assertThat(datesOf(events, "protest")).contains("2024-05-16");
    }

    @Test
    void aPresentPerfectOverAStretchIsNoDayOfPublication() {
        String text = "Hangings in Varnos\n\n"
                + "On Monday two men were hanged in the city prison.\n\n"
                + "In the last ten years, over 2,000 prisoners have been executed in the province.";
        List<Event> events = events(text, "2024-05-16");
        assertThat(datesOf(events, "execution")).doesNotContain("2024-05-16");
    }

    @Test
    void anOustersYearAfterSinceDatesNoOtherSentence() {
        // published Tuesday 9 May 2023
        String text = "Unrest after arrest\n\n"
                + "Crowds rallied across Dorvana on Tuesday after the former premier was detained on his way to "
                + "a hearing in trials open since he was ousted last year, a local radio said. "
                + "Police fired live rounds at crowds in the capital.";
        List<Event> events = events(text, "2023-05-09");
        assertThat(datesOf(events, "other")).containsExactly("2022");
        assertThat(datesOf(events, "attack")).containsExactly("2023-05-09");
    }
}
