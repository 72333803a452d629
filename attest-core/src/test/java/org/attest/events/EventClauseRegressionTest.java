package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.events;
import static org.attest.events.TestDocs.types;
import static org.assertj.core.groups.Tuple.tuple;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Regression cases met on wire copy and rights-group reports, with invented sentences: which
 * clause a date belongs to, events named only as a topic, participants who are not victims, and
 * mentions that point back to an event already reported.
 */
class EventClauseRegressionTest {
    @Nested
    class WhichClauseADateBelongsTo {
        @Test
        void theReportsDateDoesNotDateTheEventItReports() {
            Document d = TestDocs.doc().paragraph("Guards detained four miners at the pit on Friday, the union said on Monday.")
                    .date("Friday", "2023-03-03", DatePrecision.DAY).date("Monday", "2023-03-06", DatePrecision.DAY).build();
            // events80: the union's dated closing words are Monday's statement (DatedClosings)
            assertThat(events(d)).extracting(Event::type, Event::date)
                    .containsExactly(tuple("arrest", "2023-03-03"), tuple("statement", "2023-03-06"));
        }

        @Test
        void withNoOtherDateTheReportsDateServes() {
            Document d = TestDocs.doc().paragraph("Guards detained four miners at the pit, the union said on Monday.")
                    .date("Monday", "2023-03-06", DatePrecision.DAY).build();
            assertThat(events(d)).extracting(Event::type, Event::date)
                    .containsExactly(tuple("arrest", "2023-03-06"), tuple("statement", "2023-03-06"));
        }

        @Test
        void aPassiveReportDatesTheEvent() {
            Document d = TestDocs.doc().paragraph("Strikes were reported in three mill towns on Monday.")
                    .date("Monday", "2023-03-06", DatePrecision.DAY).build();
            assertThat(events(d)).extracting(Event::type, Event::date).containsExactly(tuple("other", "2023-03-06"));
        }

        @Test
        void aDateInAClauseAfterAfterDatesThatClauseOnly() {
            Document d = TestDocs.doc().published("2023-05-20")
                    .paragraph("The county court sat again on Tuesday.")
                    .paragraph("Two farmers were hanged at the county jail after being sentenced to death in January.")
                    .date("Tuesday", "2023-05-16", DatePrecision.DAY).date("January", "2023-01", DatePrecision.MONTH)
                    .build();
            assertThat(events(d)).extracting(Event::type).containsExactlyInAnyOrder("execution", "death_sentence");
            assertThat(events(d)).filteredOn(e -> e.type().equals("death_sentence")).extracting(Event::date)
                    .containsExactly("2023-01");
            assertThat(events(d)).filteredOn(e -> e.type().equals("execution")).extracting(Event::date)
                    .doesNotContain("2023-01");
        }

        @Test
        void aChargeDatesTheAllegedActNotTheSentence() {
            Document d = TestDocs.doc().published("2023-05-20")
                    .paragraph("The county court sat again on Tuesday.")
                    .paragraph("Nine farmers were sentenced to death in connection with the 2021 land protests.")
                    .date("Tuesday", "2023-05-16", DatePrecision.DAY).date("2021", "2021", DatePrecision.YEAR).build();
            assertThat(events(d)).filteredOn(e -> e.type().equals("death_sentence")).extracting(Event::date)
                    .containsExactly("2023-05-16");
        }

        @Test
        void aReactionAfterAnEventSharesItsDate() {
            Document d = TestDocs.doc().published("2024-07-06").paragraph(
                    "The law sparked months of protests after the death in custody of a student in September 2022.")
                    .date("September 2022", "2022-09", DatePrecision.MONTH).build();
            assertThat(events(d)).extracting(Event::type, Event::date)
                    .containsExactly(tuple("protest", "2022-09"), tuple("other", "2022-09")); // other50: a death in custody with no violence told is `other` (ev97's gold), no killing
        }

        @Test
        void aDateRightAfterSinceDatesTheEvent() {
            Document d = TestDocs.doc().paragraph("Dockers have been on strike since 12 June 2023.")
                    .date("12 June 2023", "2023-06-12", DatePrecision.DAY).build();
            assertThat(events(d)).extracting(Event::date).containsExactly("2023-06-12");
        }

        @Test
        void aPossessiveDateDatesTheNounItQualifies() {
            Document d = TestDocs.doc().paragraph(
                    "The exiled council on Monday urged voters to boycott Sunday's municipal elections.")
                    .date("Monday", "2023-03-06", DatePrecision.DAY).date("Sunday", "2023-03-12", DatePrecision.DAY)
                    .build();
            assertThat(events(d)).extracting(Event::type, Event::date).containsExactly(tuple("boycott_call", "2023-03-06"));
        }

        @Test
        void anAnnouncementIsDatedByItsOwnDateNotByTheClauseItReports() {
            Document d = TestDocs.doc().published("2023-03-10").paragraph(
                    "The governor announced on Monday that the mines would stay closed until 2027.",
                    "Miners have gathered outside the town hall ever since.")
                    .date("Monday", "2023-03-06", DatePrecision.DAY).date("2027", "2027", DatePrecision.YEAR).build();
            assertThat(events(d)).extracting(Event::type, Event::date)
                    .containsExactly(tuple("statement", "2023-03-06"), tuple("protest", "2023-03-06"));
        }

        @Test
        void aGlossAndARangeEndAreNoDatesOfTheirOwnAndAMonthIsNoMarch() {
            Document d = TestDocs.doc().paragraph(
                    "In the year 1401 (March 2022 to March 2023), at least 97 teachers were arrested.")
                    .date("the year 1401", "2022", DatePrecision.YEAR).date("March 2022", "2022-03", DatePrecision.MONTH)
                    .date("March 2023", "2023-03", DatePrecision.MONTH).build();
            assertThat(events(d)).extracting(Event::type, Event::date).containsExactly(tuple("arrest", "2022"));
        }

        @Test
        void aPointOfComparisonDatesNothing() {
            Document d = TestDocs.doc().paragraph(
                    "At least 40 people were executed this year, twice the number executed in the same period of 2021.")
                    .date("this year", "2023", DatePrecision.YEAR).date("2021", "2021", DatePrecision.YEAR).build();
            assertThat(events(d)).extracting(Event::type, Event::date).containsExactly(tuple("execution", "2023"));
        }
    }

    @Nested
    class OneElectionPerReport {
        @Test
        void aRecalledPastElectionDoesNotDateLaterMentions() {
            Document d = TestDocs.doc().published("2023-10-10")
                    .paragraph("Voters went to the polls in the river districts on Sunday.")
                    .paragraph("In the 2018 general election, turnout there was higher.")
                    .paragraph("Monitors reported low voter turnout in sixty villages.")
                    .date("Sunday", "2023-10-08", DatePrecision.DAY).date("2018", "2018", DatePrecision.YEAR).build();
            assertThat(events(d)).extracting(Event::date).containsExactly("2023-10-08", "2018", "2023-10-08");
        }
    }

    @Nested
    class EventsNamedAsATopic {
        @Test
        void aRightToProtestIsNoProtest() {
            assertThat(types("Lawyers defended the right to protest in a letter to the governor.")).isEmpty();
        }

        @Test
        void aCallToHaltExecutionsIsNoExecution() {
            // the council's appeal is its statement (stmt20), the executions no event
            assertThat(types("The council urged the government to halt all executions.")).containsExactly("statement");
            assertThat(types("Guards executed two men at dawn.")).containsExactly("execution");
        }
    }

    @Nested
    class ParticipantsAndVictims {
        @Test
        void protestersFarFromAKillingProtest() {
            assertThat(types("Police fired tear gas at hundreds of protesters in the main square on Monday, "
                    + "a day after six people were killed in clashes near the mine."))
                    .containsExactlyInAnyOrder("protest", "killing");
        }

        @Test
        void protestersWhoAreTheVictimsGiveNoProtest() {
            assertThat(types("Six protesters were killed near the mine.")).containsExactly("killing");
        }

        @Test
        void protestersWhoStormABuildingProtest() {
            assertThat(types("Protesters stormed the town hall in the evening.")).containsExactly("protest");
            assertThat(types("Gunmen stormed a police post in the evening.")).containsExactly("attack");
        }

        @Test
        void aDeathInPoliceCustodyIsOtherUnlessItsViolenceIsTold() {
            // other50: a death in custody with no violence told is `other` (ev97's gold), no killing
            assertThat(types("A student died in police custody in the port city.")).containsExactly("other");
            assertThat(types("A student died in police custody in the port city after guards beat him.")).containsExactly("killing");
        }
    }

    @Nested
    class MentionsThatPointBack {
        @Test
        void aDatedSentenceStillPointsBackWhenItsDateIsAnotherEvents() {
            Document d = TestDocs.doc()
                    .paragraph("Guards hanged two men at the county jail on Thursday.")
                    .paragraph("Relatives gathered outside the jail on Friday and chanted slogans against the executions.")
                    .date("Thursday", "2023-03-02", DatePrecision.DAY).date("Friday", "2023-03-03", DatePrecision.DAY)
                    .build();
            assertThat(events(d)).extracting(Event::type, Event::date)
                    .containsExactly(tuple("execution", "2023-03-02"), tuple("protest", "2023-03-03"));
        }

        @Test
        void participantsOfAReportedProtestAreNoNewProtestUnlessSomewhereElse() {
            Document d = TestDocs.doc()
                    .paragraph("Nurses held a protest outside the ministry on 1 May 2023.")
                    .paragraph("Union leaders said several demonstrators had been beaten.")
                    .paragraph("Protesters in Arden blocked the ring road.")
                    .date("1 May 2023", "2023-05-01", DatePrecision.DAY).place("Arden", 1L).build();
            assertThat(events(d)).extracting(Event::type).containsExactly("protest", "protest");
            assertThat(events(d).get(1).places()).isNotEmpty();
        }

        @Test
        void anOrdinalMakesANewMention() {
            Document d = TestDocs.doc()
                    .paragraph("Nurses held a protest outside the ministry in May.")
                    .paragraph("The first protest in the northern towns was held a week later.")
                    .date("May", "2023-05", DatePrecision.MONTH).build();
            assertThat(events(d)).extracting(Event::type).containsExactly("protest", "protest");
        }
    }
}
