package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Round stmt35 (invented sentences): a hospital or emergency service that gives its count of the
 * hurt only sources the toll, as police do; a health ministry, or a carer who takes a stand, still
 * makes a statement.
 */
class CareAccountsTest {

    private static List<String> statements(String text) {
        List<Event> events = DatedReports.events("Dock workers clashed with guards in Corvan on Monday.\n\n" + text + "\n", "2026-04-16");
        return datesOf(events, "statement");
    }

    @Test
    void hospitalOfficialsCountingTheHurtOnlySource() {
        assertThat(statements("Officials at the Corvan General Hospital said eleven dockers and two guards were treated "
                + "for cuts and bruises.")).isEmpty();
    }

    @Test
    void anEmergencyServiceCountingTheHurtOnlySources() {
        assertThat(statements("The Corvan Emergency Medical Service says nine people have been treated for injuries, "
                + "two of them guards.")).isEmpty();
    }

    @Test
    void aHealthMinistryStillSpeaks() {
        assertThat(statements("The Health Ministry said on Tuesday that eleven people had been taken to hospital.")).hasSize(1);
    }

    @Test
    void aHospitalThatTakesAStandStillSpeaks() {
        assertThat(statements("The director of the Corvan General Hospital warned on Tuesday that guards had entered its wards.")).hasSize(1);
    }
}
