package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Acts of the authorities and courts (releases, charges, commutations, detentions upheld, searches,
 * dismissals) and custody told without "arrested" (branch evacts). All sentences are invented for
 * these tests.
 */
class AuthorityActsTest {

    @Test
    void peopleLetGoFromCustodyAreAReleaseNotAnArrest() {
        assertThat(TestDocs.types("The farmers were released on Tuesday after promising to stay home.")).containsExactly("other");
        assertThat(TestDocs.types("Police have released about 40 students detained in Dorvana.")).contains("other");
        assertThat(TestDocs.types("Relatives of men who vanished after their release from prison gathered at the gate."))
                .contains("other");
    }

    @Test
    void thingsReleasedAndCallsForAReleaseAreNone() {
        assertThat(TestDocs.types("New figures were released on Tuesday by the health ministry.")).doesNotContain("other");
        assertThat(TestDocs.types("Police released a video showing the students in the square.")).doesNotContain("other");
        assertThat(TestDocs.types("The union urged that the students were released without delay.")).doesNotContain("other");
    }

    @Test
    void chargesBroughtByACourtAreOtherAndNoGathering() {
        assertThat(TestDocs.types("Five organisers were formally charged with illegal assembly.")).containsExactly("other");
        assertThat(TestDocs.types("A lower court charged three union leaders over the unrest.")).containsExactly("other");
        // the charge names the killing, it reports none (the charge itself was no event before ev36 and ev38)
        assertThat(TestDocs.types("Two farmhands were charged with the killing of a landowner.")).containsExactly("other");
        // the charge names a gathering, it reports none
        assertThat(TestDocs.types("Nine were charged on Monday with gathering a crowd to disturb the peace."))
                .doesNotContain("rally", "protest");
    }

    @Test
    void aCommutedDeathSentenceIsNoDeathSentence() {
        assertThat(TestDocs.types("The king commuted three death sentences to life imprisonment.")).containsExactly("other");
    }

    @Test
    void aCourtUpholdingADetentionIsItsActAndPretrialDetentionAnArrest() {
        assertThat(TestDocs.types("A city court decided to uphold the pretrial detention of six bloggers.")).containsExactly("other");
        assertThat(TestDocs.types("The blogger said he was beaten during his pretrial detention in the spring."))
                .containsExactly("arrest");
        assertThat(TestDocs.types("The bloggers are held in the pretrial detention centre of the capital.")).isEmpty();
    }

    @Test
    void custodyToldWithoutArrestedIsAnArrest() {
        assertThat(TestDocs.types("The officer who fired is under arrest, the governor said.")).contains("arrest");
        assertThat(TestDocs.types("Twelve dockers were placed under administrative detention by the port police."))
                .containsExactly("arrest");
        assertThat(TestDocs.types("The two organisers were taken to the central police station.")).containsExactly("arrest");
        assertThat(TestDocs.types("Hundreds of marchers have been jailed in the crackdown.")).contains("arrest");
        // a jailed man named: no jailing told; a disjunction sums up a kind of repression
        assertThat(TestDocs.types("Posters of the jailed poet appeared on the walls.")).doesNotContain("arrest");
        assertThat(TestDocs.types("Thousands of critics have been jailed or exiled.")).doesNotContain("arrest");
    }

    @Test
    void aWarrantForAnArrestIsNoArrest() {
        assertThat(TestDocs.types("The prosecutor said there was a warrant for her arrest.")).doesNotContain("arrest");
    }

    @Test
    void searchesDismissalsAndClosuresByTheAuthoritiesAreOther() {
        assertThat(TestDocs.types("The office of the weekly was searched and its computers were confiscated.")).containsExactly("other");
        assertThat(TestDocs.types("The board interdicted 40 of the striking nurses.")).contains("other");
        assertThat(TestDocs.types("The dismissal of three union organisers angered the workers.")).contains("other");
        assertThat(TestDocs.types("Police sealed the entry points into the city with containers.")).containsExactly("other");
        assertThat(TestDocs.types("The president closed the parliament and ruled by decree.")).contains("other");
        assertThat(TestDocs.types("The constitutional court ordered a rerun of the vote.")).contains("other");
        assertThat(TestDocs.types("The arrests came weeks after the new governor took office.")).contains("other");
    }

    @Test
    void aHeadingNamingWarningShotsIsATopic() {
        assertThat(TestDocs.events(TestDocs.doc().heading("Warning shots").build())).isEmpty();
        assertThat(TestDocs.types("Soldiers fired warning shots over the crowd.")).contains("other");
    }

    @Test
    void aQuotedChargeEndsBeforeTheDateOfTheDetention() {
        Document d = TestDocs.doc().published("2021-05-13")
                .paragraph("Twelve workers were detained on charges of \u201cdisturbing public order\u201d on 3 March 2021 in Dorvana.")
                .date("3 March 2021", "2021-03-03", DatePrecision.DAY).place("Dorvana", 9101).build();
        List<Event> events = TestDocs.events(d);
        assertThat(events).extracting(Event::type).containsExactly("arrest");
        assertThat(events.get(0).date()).isEqualTo("2021-03-03");
    }
}
