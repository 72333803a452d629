package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.events;
import static org.attest.events.TestDocs.types;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Round other210 (invented sentences): the end of a term is no day of the act ("a curfew until
 * Friday"), a word right before a trigger ("a banned march") and objects right after it ("to
 * strike the base") tell its sense, a strike announced is a call, a strike and a march told in
 * clauses of their own are two happenings, and mobile data cut, broadcasters suspended, unions
 * dissolved, recounts ordered and detentions renewed are `other`.
 */
class StepsAndShutdownsTest {

    @Test
    void aDayAfterUntilEndsTheTermAndDatesNoAct() {
        Document d = TestDocs.doc().published("2024-04-11")
                .paragraph("Officials imposed a curfew in the old quarter of Lorn from 6 p.m. until Friday morning.")
                .date("Friday", "2024-04-12", DatePrecision.DAY)
                .build();
        assertThat(events(d)).filteredOn(e -> e.type().equals("other")).extracting(Event::date)
                .isNotEmpty().doesNotContain("2024-04-12");
    }

    @Test
    void aBannedMarchIsNoBanButABanIsOne() {
        assertThat(types("Riot police broke up a banned march of farmers in Lorn.")).doesNotContain("other");
        assertThat(types("The governor of Lorn banned the march of the farmers.")).contains("other");
    }

    @Test
    void aStrikeOnATargetIsNoWalkOut() {
        assertThat(types("Insurgents used armed drones to strike the barracks near Varna.")).doesNotContain("other");
        assertThat(types("Dockers in Varna went on strike over pay.")).contains("other");
    }

    @Test
    void aStrikeAnnouncedOrCalledIsACall() {
        assertThat(types("Teachers' unions in Lorn announced a three-day strike.")).contains("boycott_call").doesNotContain("other");
        assertThat(types("Several hospitals have announced strikes.")).contains("boycott_call");
        assertThat(types("The civic committee called the strike after the census was delayed.")).contains("boycott_call");
        assertThat(types("The union called the strike off after talks.")).doesNotContain("boycott_call");
    }

    @Test
    void aStrikeJoinedByOthersHappened() {
        assertThat(types("The unions called a general strike, which was joined by nurses and bakers.")).contains("boycott_call", "other");
    }

    @Test
    void aStrikeAndAMarchInClausesOfTheirOwnAreTwo() {
        assertThat(types("Traders in Lorn went on strike against the levy, while in Varna several hundred people marched to the town hall."))
                .contains("other", "protest");
        assertThat(types("Striking nurses walked out and marched to the ministry.")).contains("protest").doesNotContain("other");
    }

    @Test
    void networksAndMediaShutAreOther() {
        assertThat(types("The authorities restricted access to mobile data in Lorn.")).contains("other");
        assertThat(types("Mobile internet has been shut down in the border towns.")).contains("other");
        assertThat(types("The junta suspended two foreign broadcasters.")).contains("other");
        assertThat(types("The military government dissolved the students' union.")).contains("other");
        assertThat(types("Exiles urged the junta to restore mobile data.")).doesNotContain("other");
    }

    @Test
    void recountsOrderedAreOther() {
        assertThat(types("The election board ordered a recount in two districts.")).contains("other");
        assertThat(types("The opposition demanded that the board order a recount.")).doesNotContain("other");
    }

    @Test
    void aDetentionRenewedIsAStepNoArrest() {
        assertThat(types("Prosecutors renewed for another 30 days the detention of a blogger from Lorn."))
                .contains("other").doesNotContain("arrest");
        assertThat(types("Prison visits have been suspended in the province.")).contains("other");
    }

    @Test
    void aStateOrADutyOrAWishIsNoStep() {
        assertThat(types("Lawyers from Lorn remain in prolonged pretrial detention.")).doesNotContain("other");
        assertThat(types("By law, anyone detained must be brought before a judge within two days.")).doesNotContain("other");
        assertThat(types("The families want the release of the jailed students.")).doesNotContain("other");
    }
}
