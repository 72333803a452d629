package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Round events65 (invented sentences): fines, a prosecutor's charges, a death in a penal colony,
 * a deadly disaster and a war's outbreak are acts of type `other` the lexicon had no line for.
 */
class PenaltiesAndDisastersTest {

    private static List<Event> events(String text) {
        return DatedReports.events(text + "\n", "2026-05-14");
    }

    @Test
    void aFineByACourtIsAnAct() {
        assertThat(datesOf(events("On Tuesday, a district court in Lenvik fined a retired engineer 900 crowns over a comment online."), "other"))
                .containsExactly("2026-05-12");
    }

    @Test
    void aFineOneCouldFaceIsNone() {
        assertThat(datesOf(events("Shop owners who open on the holiday could be fined up to 2,000 crowns."), "other"))
                .isEmpty();
    }

    @Test
    void aFineByStewardsIsNone() {
        assertThat(datesOf(events("Stewards fined two riders for skipping the weigh-in."), "other")).isEmpty();
    }

    @Test
    void prosecutorsChargingIsAnAct() {
        assertThat(datesOf(events("In March, prosecutors in Varel charged nine people over the fire, including the site manager."), "other"))
                .containsExactly("2026-03");
    }

    @Test
    void aDeathInAPenalColonyIsAnAct() {
        assertThat(datesOf(events("The dissident, 52, died on Sunday in a penal colony in the far north, his family said."), "other"))
                .containsExactly("2026-05-10");
    }

    @Test
    void aDeadlyCollapseIsAnActAndNoKilling() {
        List<Event> found = events("The roof of the covered market in Tarnow collapsed on 2 April, killing 11 shoppers.");
        assertThat(datesOf(found, "other")).containsExactly("2026-04-02");
        assertThat(datesOf(found, "killing")).isEmpty();
    }

    @Test
    void talksThatCollapsedKillNoOne() {
        assertThat(datesOf(events("The ceasefire talks collapsed on 2 April, and fighting killed 11 people the next day."), "other"))
                .isEmpty();
    }

    @Test
    void anEarthquakeIsDatedByItsVerb() {
        assertThat(datesOf(events("The town lies near the epicentre of the earthquake that struck the valley on February 3, "
                + "killing more than 400 people."), "other")).containsExactly("2026-02-03");
    }

    @Test
    void aWarBeginningIsAnAct() {
        assertThat(datesOf(events("The agency has worked from the coast since the war began in June 2024."), "other"))
                .containsExactly("2024-06");
    }
}
