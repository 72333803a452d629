package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.doc;
import static org.attest.events.TestDocs.sentencesOf;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * People named by kin or by "those" (events83): the kin's own verb of protest is their protest
 * ("Families of miners protested"), a participle after "those" picked out by "among" tells the
 * event of the people named ("Two women were among those hanged: one ... on 14 May"), and snipers
 * firing are an attack, and a death toll not released tells no killing. A participle with its own
 * day ("the names of 52 people killed on 12 March") tells its event. Invented sentences.
 */
class KinActsAndAmongThoseTest {

    @Test
    void theKinsOwnProtestIsAProtest() {
        String s = "Families of detained miners protested outside the provincial court in Harlow on Monday.";
        Document d = doc().published("2025-04-10").paragraph(s).date("Monday", "2025-04-07", DatePrecision.DAY).build();
        assertThat(sentencesOf(d, "protest")).containsExactly(s);
    }

    @Test
    void kinOfThePeopleKilledStillOnlyNameThem() {
        String s = "Families of those killed in the crackdown spoke to reporters outside the court.";
        Document d = doc().published("2025-04-10").paragraph(s).build();
        assertThat(sentencesOf(d, "killing")).isEmpty();
    }

    @Test
    void peopleAmongThoseHangedTellTheirExecutions() {
        String told = "The group recorded 40 executions in Harlow and Kessel in May.";
        String s = "Two women were among those hanged: one in Harlow on 14 May and another in Kessel on 22 May.";
        Document d = doc().published("2025-06-02").paragraph(told).paragraph(s)
                .date("May", "2025-05", DatePrecision.MONTH)
                .date("14 May", "2025-05-14", DatePrecision.DAY)
                .date("22 May", "2025-05-22", DatePrecision.DAY).build();
        assertThat(TestDocs.events(d)).filteredOn(e -> e.type().equals("execution"))
                .extracting(e -> e.date()).contains("2025-05-14", "2025-05-22");
    }

    @Test
    void thoseDetainedAfterTheArrestsStillPointBack() {
        String told = "Police detained 40 teachers in Harlow on Monday.";
        String s = "Those detained were taken to a police station outside the town.";
        Document d = doc().published("2025-04-10").paragraph(told, s)
                .date("Monday", "2025-04-07", DatePrecision.DAY).build();
        assertThat(sentencesOf(d, "arrest")).containsExactly(told);
    }

    @Test
    void snipersFiringFromRooftopsAreAnAttack() {
        String s = "Witnesses said snipers fired from rooftops as worshippers left the mosque in Harlow on Friday.";
        Document d = doc().published("2025-04-10").paragraph(s).date("Friday", "2025-04-04", DatePrecision.DAY).build();
        assertThat(sentencesOf(d, "attack")).containsExactly(s);
    }

    @Test
    void aManFiredFromHisJobIsNoAttack() {
        String s = "The engineer was fired from his job at the Harlow plant on Friday.";
        Document d = doc().published("2025-04-10").paragraph(s).date("Friday", "2025-04-04", DatePrecision.DAY).build();
        assertThat(sentencesOf(d, "attack")).isEmpty();
    }

    @Test
    void aTollNotReleasedIsNoKilling() {
        String s = "The interior ministry has not released a national death toll.";
        Document d = doc().published("2025-04-10").paragraph(s).build();
        assertThat(sentencesOf(d, "killing")).isEmpty();
    }

    @Test
    void aTollGivenIsAKilling() {
        String s = "The death toll in Harlow rose to 14 on Friday, the ministry said.";
        Document d = doc().published("2025-04-10").paragraph(s).date("Friday", "2025-04-04", DatePrecision.DAY).build();
        assertThat(sentencesOf(d, "killing")).containsExactly(s);
    }

    @Test
    void peopleKilledOnADayOfTheirOwnAreAKilling() {
        String s = "The monitor has listed the names of 52 people killed on 12 March 2025 in Harlow, including six children.";
        Document d = doc().published("2025-04-10").paragraph(s).date("12 March 2025", "2025-03-12", DatePrecision.DAY).build();
        assertThat(TestDocs.events(d)).filteredOn(e -> e.type().equals("killing"))
                .extracting(e -> e.date()).containsExactly("2025-03-12");
    }
}
