package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.sentencesOf;
import static org.attest.events.TestDocs.types;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * Violence and justice events of round viol220 (invented sentences): armed men's fire told after the
 * toll, the day of a speech about arrests told before, a meeting's topic past its day, death row
 * where a prison keeps men now, a share of all those arrested, and hanging named as the means.
 */
class ArmedActorsAndTopicsOfTalkTest {

    @Test
    void gunmenOpeningFireAfterTheTollIsTheirAttack() {
        Document d = TestDocs.doc()
                .paragraph("Two guards were killed near the river on Monday.")
                .paragraph("The gunmen opened fire on the guards as they walked back from a market, a police officer said.")
                .build();
        assertThat(sentencesOf(d, "attack")).singleElement().asString().startsWith("The gunmen opened fire");
    }

    @Test
    void theAttackersGoingOnAfterTheirAttackAreANewStep() {
        Document d = TestDocs.doc()
                .paragraph("Gunmen ambushed a patrol near the river on Monday.")
                .paragraph("The attackers, riding in three cars, opened fire with rifles on the patrol, the official said.")
                .build();
        assertThat(sentencesOf(d, "attack")).hasSize(2);
    }

    @Test
    void attackersFiringOnACheckpointAfterTheTollAttackIt() {
        Document d = TestDocs.doc()
                .paragraph("Three soldiers were killed at a checkpoint near the bridge on Monday.")
                .paragraph("The attackers, riding in two vans, opened fire with rifles on the checkpoint, the official said.")
                .build();
        assertThat(sentencesOf(d, "attack")).singleElement().asString().startsWith("The attackers");
    }

    @Test
    void theAttackersFiringOnTheDayOfTheLeadAreNotFoldedIntoIt() {
        Document d = TestDocs.doc().published("2025-03-04")
                .paragraph("Gunmen ambushed soldiers at a checkpoint outside the village on Monday, killing five of them.")
                .paragraph("The attackers, riding in two vans, opened fire with rifles on the checkpoint, the official said.")
                .date("Monday", "2025-03-03", DatePrecision.DAY)
                .build();
        assertThat(sentencesOf(d, "attack")).hasSize(2);
    }

    @Test
    void policeFiringAfterTheTollStaysTheKilling() {
        Document d = TestDocs.doc()
                .paragraph("Two marchers were killed in the square on Monday.")
                .paragraph("Police opened fire on the crowd, witnesses said.")
                .build();
        assertThat(sentencesOf(d, "attack")).isEmpty();
    }

    @Test
    void theDayOfASpeechAboutTheArrestsIsNoNewArrest() {
        Document d = TestDocs.doc().published("2026-01-08")
                .paragraph("Police arrested 20 students at the college on Tuesday.")
                .paragraph("The rights group said on Wednesday it was looking into the arrests.")
                .date("Tuesday", "2026-01-06", DatePrecision.DAY)
                .date("Wednesday", "2026-01-07", DatePrecision.DAY)
                .build();
        assertThat(sentencesOf(d, "arrest")).singleElement().asString().startsWith("Police arrested");
    }

    @Test
    void aSpeechTellingNewDetentionsAfterItsDayStays() {
        Document d = TestDocs.doc().published("2026-01-08")
                .paragraph("Police arrested 20 students at the college on Tuesday.")
                .paragraph("The union said on Wednesday that police detained 12 more workers.")
                .date("Tuesday", "2026-01-06", DatePrecision.DAY)
                .date("Wednesday", "2026-01-07", DatePrecision.DAY)
                .build();
        assertThat(sentencesOf(d, "arrest")).hasSize(2);
    }

    @Test
    void executionsAsAConferenceTopicPastItsDayAreNoExecution() {
        assertThat(types("Activists held a conference in Lyon on Sunday on executions in the kingdom."))
                .doesNotContain("execution");
    }

    @Test
    void aPrisonThatKeepsMenOnDeathRowTellsNoSentence() {
        assertThat(types("The inmate will be moved to the state prison, where the state keeps men on death row, within a month."))
                .doesNotContain("death_sentence");
    }

    @Test
    void aShareOfAllThoseArrestedIsATotal() {
        assertThat(types("Farmers were roughly a third of all those arrested in the region last year."))
                .doesNotContain("arrest");
        assertThat(types("Police arrested twelve farmers in the region on Monday.")).contains("arrest");
    }

    @Test
    void hangingNamedAsTheMeansIsNoHanging() {
        assertThat(types("Executions in the kingdom are carried out by hanging.")).doesNotContain("execution");
        assertThat(types("Two men were executed by hanging at the prison on Monday.")).contains("execution");
    }
}
