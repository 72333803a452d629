package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Document;
import org.attest.model.Event;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Who acted and who says so. All sentences are invented for these tests. */
class ActorsAndClaimantsTest {
    private static final EventStage STAGE = new EventStage(EventLexicon.load());

    private static Event only(Document d) {
        var events = STAGE.apply(d).events();
        assertThat(events).isNotEmpty();
        return events.get(events.size() - 1);
    }

    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', textBlock = """
        Border Watch said guards shot dead two porters.                               | Border Watch
        According to the Teachers Union, police detained nine organisers.             | Teachers Union
        "Nine organisers were detained," said the Teachers Union.                      | Teachers Union
        The Prisoners Committee reported that two men were hanged.                    | Prisoners Committee
        In a statement, the Lawyers Association wrote that the court sentenced him to death. | Lawyers Association
        Amnesty International has also reported that protesters were arrested.        | Amnesty International
        The Valley Commission on Human Rights reported that guards shot dead a porter. | Valley Commission on Human Rights
        Police detained nine organisers in the port, Harbour 24 reported.            | Harbour 24
        """)
    void claimantPatterns(String sentence, String claimant) {
        assertThat(only(TestDocs.sentence(sentence)).claimant()).isEqualTo(claimant);
    }

    @Test
    void aSentenceInTheTextsOwnVoiceHasNoClaimant() {
        assertThat(only(TestDocs.sentence("Police arrested eleven students at the gate.")).claimant()).isNull();
        assertThat(only(TestDocs.sentence("Students marched on Thursday after Prime Minister Ivo Marn announced "
                + "that talks would stop.")).claimant()).isNull();
    }

    @Test
    void theNetworkResolvesToTheNearestEarlierNetwork() {
        Document d = TestDocs.doc()
                .paragraph("The Campus Radio Network published a long piece on Monday.",
                        "\"Dozens of students were arrested overnight,\" said the network.")
                .build();
        assertThat(only(d).claimant()).isEqualTo("Campus Radio Network");
    }

    @Test
    void aQuotedSentenceInheritsTheSpeakerWhoOpenedTheQuote() {
        Document d = TestDocs.doc()
                .paragraph("The Harbour Workers Council wrote: \u201cThe bosses ignore us.",
                        "Three of our members were arrested last night.\u201d")
                .build();
        assertThat(only(d).claimant()).isEqualTo("Harbour Workers Council");
    }

    @Test
    void actorsAreGenericGroupsOrganisationsAndTheSubject() {
        Event e = only(TestDocs.sentence("Riot police and the Revolutionary Guards arrested dozens of students."));
        assertThat(e.actors()).contains("Riot police", "Revolutionary Guards", "students");
    }

    @Test
    void aDatelinesCapitalisedPlaceIsNoActorButAnAcronymIs() {
        Document d = TestDocs.doc().paragraph("KORVALA, May 4 - The UNHRO said riot police detained nine students.")
                .place("KORVALA", 1L).build();
        assertThat(only(d).actors()).contains("UNHRO", "riot police").doesNotContain("KORVALA");
    }

    @Test
    void aNameBeforeAGenericGroupIsJoinedToIt() {
        Event e = only(TestDocs.sentence("Opposition supporters held demonstrations in forty towns."));
        assertThat(e.actors()).containsExactly("Opposition supporters");
    }

    @Test
    void theCapitalisedSubjectOfTheTriggerIsAnActor() {
        Event e = only(TestDocs.sentence("Yesterday Maria Lopez announced her resignation."));
        assertThat(e.actors()).containsExactly("Maria Lopez");
    }
}
