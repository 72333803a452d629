package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A plural trigger noun inside an organisation's name ("of", "for") names no event. All sentences and names are invented. */
class NamesOfMonitorsTest {

    @Test
    void aMonitorNamedAfterGatheringsHoldsNone() {
        assertThat(TestDocs.types("The Registry of Street Gatherings, a volunteer monitor, estimated the crowd at 40,000 people."))
                .doesNotContain("rally", "protest");
    }

    @Test
    void aCommitteeNamedAfterProtestsHoldsNone() {
        assertThat(TestDocs.types("The Committee for Coordinating Protests of Dock Workers said on Monday that three ports had joined."))
                .doesNotContain("protest");
    }

    @Test
    void protestsOfPeopleInProseStayProtests() {
        assertThat(TestDocs.types("Thousands joined the protests of dock workers in the port on Monday."))
                .contains("protest");
    }

    @Test
    void aNamedDayOfProtestStaysAnEvent() {
        assertThat(TestDocs.types("Unions held a National Day of Protest on Monday in the capital."))
                .contains("protest");
    }
}
