package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Claimants that were plainly wrong, round stmt25 (invented sentences): a weekday, a place after
 * "in", a name that opens what is said ("wrote on Vox that"), a possessive, and "the party" read as
 * a body of an earlier sentence when the sentence itself named the party.
 */
class ClaimantMisreadingsTest {
    private static final EventStage STAGE = new EventStage(EventLexicon.load());

    private static Event last(Document d) {
        var events = STAGE.apply(d).events();
        assertThat(events).isNotEmpty();
        return events.get(events.size() - 1);
    }

    @Test
    void aWeekdayBeforeTheVerbIsNoClaimant() {
        Document d = TestDocs.doc().published("2025-09-17")
                .paragraph("Opposition parties on Monday warned that the count would be rigged.")
                .date("Monday", "2025-09-15", DatePrecision.DAY).build();
        assertThat(last(d).claimant()).isNull();
    }

    @Test
    void aSpeakerTiedToAPlaceIsTheSpeakerNotThePlace() {
        assertThat(last(TestDocs.sentence("Officials in Varna said on Monday the talks would resume soon.")).claimant())
                .isEqualTo("Officials in Varna");
    }

    @Test
    void aNameThatOpensWhatIsSaidIsNoClaimant() {
        assertThat(last(TestDocs.sentence("The army chief, General Lor Abari, wrote on Vox that the raids would stop."))
                .claimant()).isNotEqualTo("Vox");
    }

    @Test
    void aPossessiveIsDroppedFromTheClaimant() {
        assertThat(last(TestDocs.sentence("According to the Harbour Union's records, police detained 40 dockers."))
                .claimant()).isEqualTo("Harbour Union");
    }

    @Test
    void theAgentOfAPassiveAnnouncementIsTheClaimant() {
        assertThat(last(TestDocs.sentence("The curfew, announced by Governor Tal Meron on television, keeps residents indoors."))
                .claimant()).isEqualTo("Governor Tal Meron");
    }

    @Test
    void thePartyIsTheOneTheSentenceNamed() {
        Document d = TestDocs.doc()
                .paragraph("The Coast News Agency carried the story first.",
                        "The Green Reform Party held its congress in the port; the party said police had detained 12 of its members.")
                .build();
        assertThat(last(d).claimant()).isEqualTo("Green Reform Party");
    }
}
