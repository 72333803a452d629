package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.sentencesOf;

import org.attest.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Round ev23r (docs/history/events-rounds.md): acts of the authorities the lexicon missed (a house
 * surrounded by police, cases filed by police, an order restricting gatherings, sanctions), people
 * shot or beaten up, a witness's count of bodies; a strike named as the charge of an arrest
 * ("held for joining the strike") and a strike someone was kept from are no strike of their own;
 * a wish ("we want to shut down ...") and a group called banned tell no act.
 * All sentences are invented for these tests.
 */
class Ev23CarryOverTest {

    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', textBlock = """
        Police surrounded the home of the opposition leader in the hill town.                | other
        Troops have surrounded the house of the former mayor since dawn.                     | other
        The police filed three cases against the striking dockers.                           | other
        The governor passed an order restricting gatherings near the harbour.                | other
        Two neighbouring states imposed travel sanctions on the generals.                    | other
        Four villagers have been shot by police near the toll gate.                          | attack
        Guards were filmed beating up two cooks outside the canteen.                         | attack
        The porter was beaten up by guards at the depot gate.                                | attack
        A local reporter counted the bodies of seven farmers near the bridge.                | killing
        """)
    void typesTheMissedAct(String sentence, String type) {
        assertThat(EventTypingTest.types(sentence)).containsExactly(type);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The neighbours surrounded the new house with a fence.",
        "The tenants filed a complaint against the landlord.",
        "Rights groups urged the union to impose sanctions on the generals.",
        "The old film was shot in the harbour town.",
    })
    void leavesTheContrastsAlone(String sentence) {
        assertThat(EventTypingTest.types(sentence)).doesNotContain("other", "attack");
    }

    @Test
    void aStrikeNamedAsTheChargeOfAnArrestIsTheToldStrike() {
        Document d = TestDocs.doc()
                .paragraph("Bus drivers went on strike across the valley.")
                .paragraph("A driver was later arrested for joining the valley drivers' strike.")
                .build();
        assertThat(sentencesOf(d, "other")).containsExactly("Bus drivers went on strike across the valley.");
        assertThat(sentencesOf(d, "arrest")).hasSize(1);
    }

    @Test
    void aWishIsNoActOfTheAuthorities() {
        assertThat(EventTypingTest.types("\u201cWe want to shut down the assembly,\u201d a marcher told the radio.")).doesNotContain("other");
    }

    @Test
    void aGroupCalledBannedIsNoBan() {
        assertThat(EventTypingTest.types("The two clerks were accused of belonging to a banned reading circle.")).doesNotContain("other");
        // the contrast: a ban the authorities impose is one
        assertThat(EventTypingTest.types("The governor banned the reading circle in the spring.")).contains("other");
    }

    @Test
    void aStrikeSomeoneWasKeptFromIsNoStrike() {
        assertThat(EventTypingTest.types("Officials warned the nurses to dissuade them from going ahead with the walkouts."))
                .doesNotContain("protest");
    }
}
