package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.TestDocs.types;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Round events114 (invented sentences): gatherings of working people, pensioners and farmers told
 * as a noun or an infinitive press a claim, as "gathered" after them does; what a union says its
 * nurses "would" do is announced, as "said they would" is; a pledge "not to attend" protests
 * denies them; "turned out" in towns, a signed petition are news too; protests told as recurring "periodically" or "every year" are a record, no event.
 */
class LabourGatheringsTest {

    @Test
    void aGatheringInAParagraphOfWorkingPeopleIsAProtest() {
        assertThat(types("Smaller gatherings took place the same morning in Arak and Ilam, where pensioners held placards."))
                .contains("protest").doesNotContain("rally");
        assertThat(types("The biggest gathering was in Arak, where some 300 nurses waited outside the governor's office."))
                .contains("protest").doesNotContain("rally");
        // signatures a petition of farmers gathered are no gathering
        assertThat(types("Farmers started a petition, which gathered 4,000 signatures.")).doesNotContain("protest");
    }

    @Test
    void whatAUnionSaysItsNursesWouldDoIsAnnounced() {
        List<Event> events = DatedReports.events("The nurses' union said nurses would gather again outside the "
                + "governor's office in Yasuj on Sunday.\n", "2025-03-12");
        assertThat(datesOf(events, "protest")).containsExactly("2025-03-16");
        // what others would do to them stays a threat
        assertThat(types("The governor said farmers would be arrested if they blocked the road.")).doesNotContain("arrest");
    }

    @Test
    void aPledgeNotToAttendProtestsDeniesThem() {
        assertThat(types("Police detained four nurses for a day and made them sign pledges not to attend further protests."))
                .contains("arrest").doesNotContain("protest");
    }

    @Test
    void workingPeopleWhoTurnedOutProtested() {
        assertThat(types("The union said nurses turned out in Arak, Ilam and Yasuj on Monday.")).contains("protest");
        assertThat(types("The claim that nurses had quit turned out to be false.")).doesNotContain("protest");
    }

    @Test
    void aPetitionPeopleSignedIsASignatureDrive() {
        assertThat(types("The union said nurses in 12 provinces had signed a petition calling for higher pay."))
                .contains("online_campaign");
        assertThat(types("The union urged nurses who signed a petition to stay calm.")).doesNotContain("online_campaign");
    }

    @Test
    void aRecordOfRecurringProtestsIsNoProtest() {
        assertThat(types("Protests by nurses have taken place periodically since the pandemic.")).doesNotContain("protest");
        assertThat(types("Late payments have prompted protests by farmers almost every year.")).doesNotContain("protest");
    }
}
