package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.events;
import static org.attest.events.TestDocs.types;

import java.util.List;
import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Round ev21 (4 December 2026, late night, invented sentences): phrases with a gap read across
 * another phrase or a new clause, aims and sources taken for events, the aim of an asked-for
 * protest, and dates of a possessive noun or of a relative clause inside a phrase's gap.
 */
class MisreadPhrasesAndDatesTest {

    private static List<String> triggers(String sentence) {
        return events(TestDocs.sentence(sentence)).stream().map(Event::trigger).toList();
    }

    @Test
    void aGapDoesNotReadAcrossAPhraseThatOwnsItsOpeningWords() {
        List<String> t = triggers("Nurses across the province have taken to the streets to protest the long detention of two union leaders.");
        assertThat(t).contains("protest:taken to the streets").doesNotContain("arrest:taken to ... detention");
        // with no other phrase over its words, the gapped phrase still reads
        assertThat(triggers("The two organisers were taken to an unknown detention facility.")).contains("arrest:taken to ... detention");
    }

    @Test
    void aGapDoesNotRunIntoAClauseWithAPronounSubject() {
        assertThat(types("Nurses pushed their way into the hospital board's offices as they demanded the resignation of its chair."))
                .doesNotContain("other");
        // other81: a resignation is an act, typed `other` (ev117, ev118 gold), no statement
        assertThat(types("Weeks of strikes forced the resignation of the rector.")).contains("other");
    }

    @Test
    void aDeathWhileInTheCustodyOfPoliceIsOther() {
        // other50: a death in custody with no violence told is `other` (ev97's gold), no killing
        assertThat(types("Marches spread after the death of a young teacher, held at the time in the custody of the border guards."))
                .contains("other");
    }

    @Test
    void anAimToldAsANounIsNoEvent() {
        assertThat(types("The mayor said many of the marchers came with the aim of being arrested.")).doesNotContain("arrest");
        // "the aim of the strike" names the strike
        assertThat(types("The aim of the strike by dockers in the port is a higher wage.")).contains("other");
    }

    @Test
    void tweetsCitedAsASourceAreNoCampaign() {
        assertThat(types("Agents arrested the blogger at her home, according to tweets by her brother."))
                .contains("arrest").doesNotContain("online_campaign");
    }

    @Test
    void fairElectionsDemandedAreNoVote() {
        assertThat(types("The marchers are demanding an independent judiciary and fair elections.")).doesNotContain("election");
    }

    @Test
    void theAimOfAnAskedForProtestIsAskedForToo() {
        assertThat(types("The union urged members to take to the streets to protest the pay freeze.")).doesNotContain("protest");
        assertThat(types("Thousands took to the streets to protest the pay freeze.")).contains("protest");
    }

    @Test
    void protestersBlockingAccessDoNoCensoring() {
        assertThat(types("Hundreds of protesters blocked access to the port.")).doesNotContain("other");
        assertThat(types("The authorities blocked access to several news websites.")).contains("other");
    }

    @Test
    void aGatheringForAnAntiGovernmentRallyIsThatProtest() {
        assertThat(types("Scuffles broke out near the town hall as hundreds of residents gathered for an anti-government rally."))
                .contains("protest").doesNotContain("rally");
        assertThat(types("Scuffles broke out outside the parliament as thousands of people gathered for a rally.")).contains("rally");
    }

    @Test
    void aLikenessToMartialLawDeclaresNone() {
        assertThat(types("Witnesses said the city centre resembled conditions seen under martial law.")).doesNotContain("other");
        assertThat(types("The army placed six towns under martial law.")).contains("other");
    }

    @Test
    void similarProtestsElsewhereAreNoRetelling() {
        Document d = TestDocs.doc().published("2024-05-05")
                .paragraph("Thousands of people marched through the streets of Dorvana on Saturday in solidarity with jailed miners.",
                        "Similar demonstrations were held in several European cities.")
                .date("Saturday", "2024-05-04", DatePrecision.DAY).place("Dorvana", 9101).build();
        assertThat(TestDocs.sentencesOf(d, "protest")).hasSize(2);
    }

    @Test
    void aPossessiveDateOfAnotherNounDatesNeitherTheSentenceNorTheNext() {
        Document d = TestDocs.doc().published("2024-05-04")
                .paragraph("Thousands marched in Dorvana on Friday amid anger over last month's mine collapse.",
                        "Some protesters also blocked the main road.")
                .date("Friday", "2024-05-03", DatePrecision.DAY).date("last month", "2024-04", DatePrecision.MONTH)
                .place("Dorvana", 9101).build();
        List<Event> protests = events(d).stream().filter(e -> e.type().equals("protest")).toList();
        assertThat(protests).isNotEmpty().allSatisfy(e -> assertThat(e.date()).isEqualTo("2024-05-03"));
    }

    @Test
    void aDateInARelativeClauseInsideAGapIsTheClauses() {
        Document d = TestDocs.doc().published("2024-05-08")
                .paragraph("The death sentence of two men who were moved to solitary confinement on Sunday was carried out in Dorvana prison.")
                .date("Sunday", "2024-05-05", DatePrecision.DAY).place("Dorvana", 9101).build();
        List<Event> executions = events(d).stream().filter(e -> e.type().equals("execution")).toList();
        assertThat(executions).hasSize(1);
        assertThat(executions.get(0).date()).isNotEqualTo("2024-05-05");
    }
}
