package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.attest.events.TestDocs.types;

import java.util.List;
import org.attest.model.DatePrecision;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Statements of official speakers, round stmt20 (4 December 2026, invented sentences): a speech
 * verb ("said", "warned", "denied", "urged", "called on" ...) is a statement when an officeholder,
 * a government body or an organisation opens its clause as subject; witnesses, lawyers, unnamed
 * sources, pronouns, closing attributions, passives and subordinate clauses give none, and the
 * event a speaker reports stays the sentence's news.
 */
class OfficialSpeakersTest {

    @Test
    void aTitledOfficialWhoSpeaksMakesAStatement() {
        assertThat(types("Finance Minister Joana Beltre warned that the unrest could delay pension payments."))
                .containsExactly("statement");
        assertThat(types("The country's prime minister, Anders Holm, said late Friday that the border would stay open."))
                .containsExactly("statement");
        // the resignation told of the speaker between commas is an event of its own and no news the speech reports
        // (other81: a resignation is typed `other`, beside the speech)
        assertThat(types("Veran Dask, who resigned as mayor in March, said the dispute endangered the peace talks."))
                .containsExactly("other", "statement");
        assertThat(types("On Tuesday, Transport Minister Olu Badejo told reporters that the ports would reopen."))
                .containsExactly("statement");
    }

    @Test
    void aBodyOrOrganisationThatSpeaksMakesAStatement() {
        assertThat(types("The Regional Human Rights Commission called on the government to free the detained editors."))
                .containsExactly("statement");
        assertThat(types("Amnesty International has accused the prison guards of denying inmates medical care."))
                .containsExactly("statement");
        assertThat(types("The National Guard (NG) said on Sunday its units were being confronted by armed men."))
                .containsExactly("statement");
        assertThat(types("Coastal police accused the fishermen of smuggling, saying on local radio that their families had been told."))
                .containsExactly("statement");
    }

    @Test
    void witnessesLawyersAndSourcesOnlyAttribute() {
        assertThat(types("A nurse, Lena Ostrova, said dozens had been treated for burns.")).isEmpty();
        assertThat(types("Defence lawyer Piet Maas said the hearing had been postponed.")).isEmpty();
        assertThat(types("Witnesses said the convoy turned back at the bridge.")).isEmpty();
        assertThat(types("A spokesman said the talks would resume next week.")).isEmpty();
        assertThat(types("Port officials said that loading had continued through the night.")).isEmpty();
    }

    @Test
    void pronounsBareNamesAndTheBodyAgainGiveNoNewStatement() {
        assertThat(types("He said the committee would meet again on Friday.")).isEmpty();
        assertThat(types("Okafor said the committee would meet again on Friday.")).isEmpty();
        assertThat(TestDocs.events(TestDocs.doc()
                .paragraph("Police blamed the fire on the RDP.", "The party rejected any part in the fire.").build()))
                .extracting(Event::type).doesNotContain("statement");
        assertThat(types("The party rejected any part in the fire.")).containsExactly("statement");
    }

    @Test
    void aClosingAttributionPassiveOrSubordinateClauseIsNoStatement() {
        assertThat(types("The bridge was closed for three hours, the governor said.")).isEmpty();
        assertThat(types("Three editors were accused of spreading false news.")).isEmpty();
        assertThat(types("The fares rose sharply last year, which the minister said was unavoidable.")).isEmpty();
    }

    @Test
    void aForcesPlainAccountOnlySourcesWhatItReports() {
        // round evfp25 (5 December 2026): the force is the source of the facts, as a witness is
        assertThat(types("Border police said the crossing stayed calm overnight.")).isEmpty();
        assertThat(types("Police in the port city said the march ended without incident.")).isEmpty();
        // a quoted word, a named officer or a verb that takes a stand keeps the statement
        assertThat(types("Police said the crowd had been \"largely peaceful\" until dusk.")).containsExactly("statement");
        assertThat(types("The regional police chief said the coast road would reopen on Monday.")).containsExactly("statement");
        assertThat(types("Border police warned drivers to avoid the coast road.")).containsExactly("statement");
        // a denial is a statement; what it denies is no event (round r2d, DenialPassTest)
        assertThat(types("Border police denied that the crossing had been closed.")).containsExactly("statement");
    }

    @Test
    void theEventAnOfficialReportsStaysTheNews() {
        assertThat(types("Interior Minister Sami Tarek said police arrested 40 people in the capital."))
                .containsExactly("arrest");
    }

    @Test
    void oneStatementPerSentence() {
        assertThat(types("On Monday, Interior Minister Ana Ruiz said the roads were open and Defence Minister Tomas Vega said the depots were secure."))
                .containsExactly("statement");
    }

    @Test
    void aDescriptionOrAWritingNeedsAnOfficialSpeaker() {
        assertThat(types("The party's foreign affairs chairman, Karim Nouri, described the vote as a sham."))
                .containsExactly("statement");
        assertThat(types("Kessler also described the arrest in a series of posts.")).isEmpty();
    }

    @Test
    void aDateInsideTheSpeakersRelativeClauseDatesNoStatement() {
        List<Event> events = TestDocs.events(TestDocs.doc()
                .published("2021-05-20")
                .paragraph("Veran Dask, who resigned as mayor in March, said on Wednesday the dispute endangered the peace talks.")
                .date("in March", "2021-03", DatePrecision.MONTH).date("on Wednesday", "2021-05-19", DatePrecision.DAY)
                .build());
        assertThat(events).extracting(Event::type, Event::date)
                .containsExactly(tuple("other", "2021-03"), tuple("statement", "2021-05-19")); // other81: the resignation is `other`
    }

    @Test
    void aBodysFindingIsAStatementAResolveIsNone() {
        assertThat(types("The Supreme Court of Valdor determined that the decree to dissolve the assembly was void."))
                .containsExactly("statement");
        assertThat(types("The Supreme Court of Valdor seemed determined to hear the case quickly.")).isEmpty();
    }

    @Test
    void aStatementGivenIsAStatement() {
        assertThat(types("The president gives a statement on the vaccine rollout in Geneva.")).containsExactly("statement");
    }
}
