package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.attest.events.TestDocs.events;
import static org.attest.events.TestDocs.sentencesOf;

import java.util.List;
import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * An event the report tells again, with the same day ("hanged two men on Saturday ... were executed
 * early on Saturday") or as a mention that points back and dates it ("the arrests took place on
 * Sunday"), is one event, which takes the retelling's figures and day. Invented sentences, each
 * with a contrast that must keep its event.
 */
class RetellingsTest {

    @Test
    void anEventToldAgainWithItsDayIsOneEvent() {
        Document d = TestDocs.doc().published("2024-03-04")
                .paragraph("The authorities hanged two men on Saturday, the judiciary said.")
                .paragraph("Both were executed at dawn on Saturday, state media reported.")
                .date("Saturday", "2024-03-02", DatePrecision.DAY)
                .date("Saturday", "2024-03-02", DatePrecision.DAY).build();
        assertThat(sentencesOf(d, "execution")).hasSize(1).allMatch(s -> s.startsWith("The authorities hanged"));
    }

    @Test
    void aTownTheFirstTellingDidNotNameMayTellOneOfTheDaysEvents() {
        Document d = TestDocs.doc().published("2024-03-04")
                .paragraph("The authorities hanged eleven prisoners on Saturday, the monitor said.")
                .paragraph("Three of them were executed on Saturday in Norvik prison.")
                .date("Saturday", "2024-03-02", DatePrecision.DAY)
                .date("Saturday", "2024-03-02", DatePrecision.DAY)
                .place("Norvik", 9001).build();
        assertThat(sentencesOf(d, "execution")).hasSize(2);
    }

    @Test
    void aSecondPlaceOrASecondDayIsASecondEvent() {
        Document places = TestDocs.doc().published("2024-03-04")
                .paragraph("Police arrested nine students in Norvik on Saturday.")
                .paragraph("Police also arrested four teachers in Selby on Saturday.")
                .date("Saturday", "2024-03-02", DatePrecision.DAY)
                .date("Saturday", "2024-03-02", DatePrecision.DAY)
                .place("Norvik", 9001).place("Selby", 9002).build();
        assertThat(sentencesOf(places, "arrest")).hasSize(2);
        Document days = TestDocs.doc().published("2024-03-04")
                .paragraph("Police arrested nine students on Saturday.")
                .paragraph("Police arrested four more students on Sunday.")
                .date("Saturday", "2024-03-02", DatePrecision.DAY)
                .date("Sunday", "2024-03-03", DatePrecision.DAY).build();
        assertThat(sentencesOf(days, "arrest")).hasSize(2);
    }

    @Test
    void aStretchStartingOnADayDoesNotSwallowTheArrestsOfThatDay() {
        Document d = TestDocs.doc().published("2024-03-07")
                .paragraph("Police have arrested 23 students since Tuesday, a monitor said.")
                .paragraph("One of them was arrested at her home in Norvik on Tuesday night.")
                .date("Tuesday", "2024-03-05", DatePrecision.DAY)
                .date("Tuesday", "2024-03-05", DatePrecision.DAY)
                .place("Norvik", 9001).build();
        assertThat(sentencesOf(d, "arrest")).hasSize(2);
    }

    @Test
    void aMentionPointingBackDatesTheEventToldBefore() {
        Document d = TestDocs.doc().published("2024-03-05")
                .paragraph("Police detained 40 dockers in Norvik, their union said.")
                .paragraph("According to the union, the arrests took place on 3 March.")
                .date("3 March", "2024-03-03", DatePrecision.DAY)
                .place("Norvik", 9001).build();
        assertThat(events(d)).filteredOn(e -> e.type().equals("arrest")).singleElement()
                .satisfies(e -> {
                    assertThat(d.text().substring(e.span().start(), e.span().end())).startsWith("Police detained");
                    assertThat(e.date()).isEqualTo("2024-03-03");
                });
    }

    @Test
    void aTellingOfTheVoteOnItsDayIsThatVoteWithItsTowns() {
        // acts28 counted each telling of polling day as an election; retold190: a telling on the day of
        // the vote told before is that vote's detail, and its towns join the vote's
        Document d = TestDocs.doc().published("2024-03-05")
                .paragraph("Voters in the province went to the polls on Sunday.")
                .paragraph("Voter turnout in Norvik and Selby stayed low, observers said.")
                .date("Sunday", "2024-03-03", DatePrecision.DAY)
                .place("Norvik", 9001).place("Selby", 9002).build();
        assertThat(events(d)).filteredOn(e -> e.type().equals("election")).extracting(Event::date, Event::places)
                .containsExactly(tuple("2024-03-03", List.of(0, 1)));
    }

    @Test
    void aMentionThatIsTheObjectOfNewsOfItsOwnStaysAnEvent() {
        Document d = TestDocs.doc()
                .paragraph("Exiled groups called for a boycott of the vote.")
                .paragraph("Several unions endorsed the boycott campaign on 3 March.")
                .date("3 March", "2024-03-03", DatePrecision.DAY).build();
        assertThat(sentencesOf(d, "boycott_call")).hasSize(2);
    }

    @Test
    void aReportsElectionToldAgainIsOneElectionButAnotherDateIsAnother() {
        Document d = TestDocs.doc().published("2024-03-04")
                .paragraph("Voters in Kestria went to the polls on Sunday to elect a new parliament.")
                .paragraph("Turnout was low at polling stations in the capital, observers said.")
                .paragraph("The vote follows the 2019 election, which the opposition boycotted.")
                .date("Sunday", "2024-03-03", DatePrecision.DAY)
                .date("2019", "2019", DatePrecision.YEAR).build();
        assertThat(events(d)).filteredOn(e -> e.type().equals("election")).extracting(e -> e.date())
                .containsExactly("2024-03-03", "2019");
    }

    @Test
    void anEventToldBeforeGoingOnToLaterDaysIsOneEvent() {
        Document d = TestDocs.doc().published("2024-03-08")
                .paragraph("Dockers in Norvik went on strike on Monday over unpaid wages.")
                .paragraph("As a result, the dock strike continued on Wednesday and Thursday.")
                .date("Monday", "2024-03-04", DatePrecision.DAY)
                .date("Wednesday", "2024-03-06", DatePrecision.DAY)
                .date("Thursday", "2024-03-07", DatePrecision.DAY)
                .place("Norvik", 9001).build();
        assertThat(sentencesOf(d, "other")).hasSize(1).allMatch(s -> s.startsWith("Dockers"));
    }

    @Test
    void aRetellingsFiguresJoinTheFirstRecordUnlessTheyCountOneOfItsTowns() {
        Document town = TestDocs.doc().published("2024-03-05")
                .paragraph("Dockers marched in Norvik and Selby on 3 March.")
                .paragraph("In Selby, about 3,000 people marched on 3 March.")
                .date("3 March", "2024-03-03", DatePrecision.DAY).date("3 March", "2024-03-03", DatePrecision.DAY)
                .place("Norvik", 9001).place("Selby", 9002).place("Selby", 9002).quantity("3,000 people", 3000).build();
        // one town of the two, with a count: that town's march, beside the round-up (fold31)
        assertThat(events(town)).filteredOn(e -> e.type().equals("protest")).hasSize(2).first()
                .satisfies(e -> assertThat(e.quantities()).isEmpty());
        Document whole = TestDocs.doc().published("2024-03-05")
                .paragraph("Dockers marched in Norvik and Selby on 3 March.")
                .paragraph("About 3,000 people marched on 3 March, the union said.")
                .date("3 March", "2024-03-03", DatePrecision.DAY).date("3 March", "2024-03-03", DatePrecision.DAY)
                .place("Norvik", 9001).place("Selby", 9002).quantity("3,000 people", 3000).build();
        assertThat(events(whole)).filteredOn(e -> e.type().equals("protest")).singleElement()
                .satisfies(e -> assertThat(e.quantities()).containsExactly(0));
    }

    @Test
    void theProtestsAtATownNotToldBeforeAreThatTownsProtest() {
        Document other = TestDocs.doc().published("2024-05-09")
                .paragraph("Hundreds of nurses marched in Dorvan on Tuesday over unpaid wages.")
                .paragraph("In Kelmar, the protests stayed calm.")
                .date("Tuesday", "2024-05-07", DatePrecision.DAY)
                .place("Dorvan", 9101).place("Kelmar", 9102).build();
        assertThat(sentencesOf(other, "protest")).hasSize(2);
        Document same = TestDocs.doc().published("2024-05-09")
                .paragraph("Hundreds of nurses marched in Dorvan on Tuesday over unpaid wages.")
                .paragraph("In Dorvan, the protests stayed calm.")
                .date("Tuesday", "2024-05-07", DatePrecision.DAY)
                .place("Dorvan", 9101).place("Dorvan", 9101).build();
        assertThat(sentencesOf(same, "protest")).hasSize(1);
        Document object = TestDocs.doc().published("2024-05-09")
                .paragraph("Hundreds of nurses marched in Dorvan on Tuesday over unpaid wages.")
                .paragraph("The mayor said in Kelmar that she backed the protests.")
                .date("Tuesday", "2024-05-07", DatePrecision.DAY)
                .place("Dorvan", 9101).place("Kelmar", 9102).build();
        assertThat(sentencesOf(object, "protest")).hasSize(1);
    }

    @Test
    void oneTownOfARoundUpToldAgainIsThatTownsProtest() {
        Document part = TestDocs.doc().published("2024-05-09")
                .paragraph("Hundreds of nurses marched in Dorvan, Kelmar and Tirsa on Tuesday over unpaid wages.")
                .paragraph("In Kelmar, the protests ended outside the regional hospital.")
                .date("Tuesday", "2024-05-07", DatePrecision.DAY)
                .place("Dorvan", 9101).place("Kelmar", 9102).place("Tirsa", 9103).place("Kelmar", 9102).build();
        assertThat(sentencesOf(part, "protest")).hasSize(2);
        Document again = TestDocs.doc().published("2024-05-09")
                .paragraph("Hundreds of nurses marched in Kelmar on Tuesday over unpaid wages.")
                .paragraph("In Kelmar, the protests ended outside the regional hospital.")
                .date("Tuesday", "2024-05-07", DatePrecision.DAY)
                .place("Kelmar", 9102).place("Kelmar", 9102).build();
        assertThat(sentencesOf(again, "protest")).hasSize(1);
        Document nowhere = TestDocs.doc().published("2024-05-09")
                .paragraph("Hundreds of nurses marched in Dorvan, Kelmar and Tirsa on Tuesday over unpaid wages.")
                .paragraph("The protests ended outside the regional hospitals.")
                .date("Tuesday", "2024-05-07", DatePrecision.DAY)
                .place("Dorvan", 9101).place("Kelmar", 9102).place("Tirsa", 9103).build();
        assertThat(sentencesOf(nowhere, "protest")).hasSize(1);
    }
}
