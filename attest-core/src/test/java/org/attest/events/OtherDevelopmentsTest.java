package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.doc;
import static org.attest.events.TestDocs.sentencesOf;
import static org.attest.events.TestDocs.types;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Round other200 (invented sentences): ACLED's strategic developments, our `other`, that no line
 * knew (a court's further steps, a bill withdrawn, a march or a vote put off, blockades lifted, a
 * stoppage joined, a note of protest, complaints filed, weapons seized, people questioned, access
 * blocked, power cut, house arrest), a call for a strike in other words as a `boycott_call` with no
 * strike of its own beside it, and sayings that name a step without taking it.
 */
class OtherDevelopmentsTest {

    @Test
    void aCourtsFurtherStepsAreOther() {
        assertThat(types("A court in Lorn jailed four students for up to two years on Monday."))
                .contains("other").doesNotContain("arrest");
        assertThat(types("A judge in Varna sentenced three members of a farmers' cooperative known locally as the Green Ploughs to nine years in prison."))
                .contains("other");
        assertThat(types("The appeals court in Lorn upheld the acquittal of six journalists.")).contains("other");
        assertThat(types("The trial of two guards accused of beating a prisoner was adjourned again.")).contains("other");
        assertThat(types("The retrial of 40 students resumed in Varna on Monday.")).contains("other");
        assertThat(types("The next hearing in the case is set for 3 May.")).contains("other");
        assertThat(types("The court in Lorn rejected a request to free the editor on bail.")).contains("other");
    }

    @Test
    void aStepAskedForOrAnotherThingResumedIsNone() {
        assertThat(types("Lawyers for the defence have asked for the hearing to be adjourned.")).doesNotContain("other");
        assertThat(types("The tenants filed a complaint against the landlord.")).doesNotContain("other");
    }

    @Test
    void aCallForAStrikeInOtherWordsIsACallAndNoStrike() {
        assertThat(types("Dock unions in Varna on Friday urged their members to join a nationwide strike next month."))
                .contains("boycott_call").doesNotContain("other");
        assertThat(types("The union called on nurses to down tools from Monday.")).contains("boycott_call").doesNotContain("other");
        assertThat(types("The council called on civil servants to stay away from work until Friday."))
                .contains("boycott_call").doesNotContain("other");
        assertThat(types("Exiled leaders urged shopkeepers in Lorn to stage a general strike.")).contains("boycott_call").doesNotContain("other");
        assertThat(types("The strike had been called on Friday by the dockers' union.")).contains("boycott_call");
        // the strike itself stays other
        assertThat(types("Workers at the plant in Lorn went on strike on Monday.")).contains("other");
    }

    @Test
    void actsOfADayThatEndOrMoveAnotherAreOther() {
        assertThat(types("The government withdrew the bill on Friday.")).contains("other");
        assertThat(types("A march planned in Lorn was postponed by its organisers.")).contains("other");
        assertThat(types("The blockades near Varna were lifted on Sunday.")).contains("other");
        assertThat(types("Taxi drivers in Varna also joined the stoppage on Monday.")).contains("other");
        assertThat(types("Nine students were placed under house arrest in Lorn.")).contains("other").doesNotContain("arrest");
    }

    @Test
    void diplomaticNotesComplaintsSeizuresAndCutsAreOther() {
        assertThat(types("The ministry in Lorn sent a note of protest to its neighbour on Tuesday.")).contains("other").doesNotContain("protest");
        assertThat(types("The group said it had filed three legal complaints in Varna.")).contains("other");
        assertThat(types("The mayor of Lorn declared a day of mourning.")).contains("other");
        assertThat(types("Police officers seized four rifles in a house in Varna.")).contains("other");
        assertThat(types("Some 40 activists have been questioned in Lorn since early May.")).contains("other");
        assertThat(types("Farmers said their access to grazing land near Lorn had been blocked again.")).contains("other");
        assertThat(types("Electricity in Varna was cut for several hours on Monday night.")).contains("other");
        // a power cut an attack caused is that attack's harm
        assertThat(types("A drone strike on a power plant near Lorn cut electricity to 30 villages.")).doesNotContain("other");
    }

    @Test
    void stepsOnlyNamedOrIntendedAreNone() {
        assertThat(types("His uncle said the student's funeral would be held in Varna.")).doesNotContain("other");
        assertThat(types("Both men will appear before a judge next week.")).doesNotContain("other");
        assertThat(types("The opposition says the delay amounts to a constitutional coup.")).doesNotContain("other");
        assertThat(types("Supporters of a disqualified candidate marched in Lorn on Monday.")).doesNotContain("other");
        assertThat(types("Turnout reached 40 percent, according to the commission.")).doesNotContain("other");
        assertThat(types("Activists demanded that all those jailed for their posts be freed.")).doesNotContain("other");
        assertThat(types("Ministers said they respect the court's ruling.")).doesNotContain("other");
        assertThat(types("A petition asked the governor to commute the sentence.")).doesNotContain("other");
        assertThat(types("Lorn has seen repeated teachers' strikes.")).doesNotContain("other");
    }

    @Test
    void aMurderChargeAfterArrestsIsAStepOfItsOwn() {
        String charge = "Three guards were charged with murder over the student's death.";
        Document d = doc().paragraph("Police arrested 30 protesters in Lorn on Monday.").paragraph(charge).build();
        assertThat(sentencesOf(d, "other")).containsExactly(charge);
    }

    @Test
    void aStrikeADatedStatementSpeaksOfIsItsTopic() {
        String strike = "Teachers in Lorn went on strike on Monday.";
        Document d = doc().paragraph(strike)
                .paragraph("The ministry said in a statement on Tuesday that the walkout was illegal.").build();
        assertThat(sentencesOf(d, "other")).containsExactly(strike);
    }

    @Test
    void aDateInAPerfectRelativeClauseIsTheBackstorys() {
        Document before = doc().published("2026-02-10")
                .paragraph("Nine pupils who had joined a sit-in in 2024 were acquitted in Lorn on Friday.")
                .date("2024", "2024", DatePrecision.YEAR).date("Friday", "2026-02-06", DatePrecision.DAY).build();
        assertThat(TestDocs.events(before)).filteredOn(e -> e.type().equals("other")).extracting(Event::date)
                .containsExactly("2026-02-06");
        Document after = doc().published("2026-02-10")
                .paragraph("A court in Varna upheld the acquittal of four drivers who had blocked a road in 2023.")
                .date("2023", "2023", DatePrecision.YEAR).build();
        assertThat(TestDocs.events(after)).filteredOn(e -> e.type().equals("other")).extracting(Event::date)
                .doesNotContain("2023");
    }
}
