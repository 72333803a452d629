package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Round events61 (invented sentences): a law a government imposes and bounties placed on people
 * are measures (`other`); a person confined to his home by soldiers or police is under house arrest.
 */
class MeasuresAndConfinementTest {

    private static List<Event> events(String text) {
        return DatedReports.events(text + "\n", "2026-05-14");
    }

    @Test
    void aLawImposedIsAMeasure() {
        assertThat(datesOf(events("The island is still ruled by the press law that the junta imposed on it in 2019."), "other"))
                .containsExactly("2019");
    }

    @Test
    void bountiesPlacedAreAMeasure() {
        assertThat(datesOf(events("In March, the interior ministry placed bounties of $50,000 each on four exiled editors."), "other"))
                .containsExactly("2026-03");
    }

    @Test
    void aLawOnlyDemandedIsNone() {
        assertThat(datesOf(events("Hardliners have called on the cabinet to pass a law that would be imposed on every region."), "other"))
                .isEmpty();
    }

    @Test
    void confinedHomeBySoldiersIsAnArrest() {
        assertThat(datesOf(events("The opposition leader, who has been confined to his home by soldiers since Monday, "
                + "called the count a fraud."), "arrest")).containsExactly("2026-05-11");
    }

    @Test
    void confinedHomeByIllnessIsNone() {
        assertThat(datesOf(events("The singer has been confined to her home by a long illness since Monday."), "arrest")).isEmpty();
    }
}
