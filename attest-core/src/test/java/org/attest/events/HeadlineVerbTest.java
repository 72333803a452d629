package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * Headlines and subheadings tell past events in the present ("Police detain ..."): the bare form
 * of an action trigger after its subject is a verb, after an article or adjective a noun naming a
 * topic. All lines are invented for these tests.
 */
class HeadlineVerbTest {

    private static Document headed(String heading) {
        return TestDocs.doc().heading(heading)
                .paragraph("The count of the vote went on for three days in the port city.").build();
    }

    @Test
    void aHeadlineVerbAfterACollectiveSubjectIsAnEvent() {
        assertThat(TestDocs.sentencesOf(headed("Police detain opposition supporters in Dunmore"), "arrest")).hasSize(1);
        assertThat(TestDocs.sentencesOf(headed("Police in Dunmore detain supporters as they protest alleged fraud"), "arrest"))
                .hasSize(1);
    }

    @Test
    void aHeadlineVerbAfterAPluralSubjectIsAnEvent() {
        assertThat(TestDocs.sentencesOf(headed("Nurses protest in Dunmore over unpaid wages"), "protest")).hasSize(1);
    }

    @Test
    void theSameWordAfterAnAdjectiveOrAPossessiveIsATopic() {
        assertThat(TestDocs.sentencesOf(headed("Mass protest in Dunmore"), "protest")).isEmpty();
        assertThat(TestDocs.sentencesOf(headed("Nurses' protest in Dunmore"), "protest")).isEmpty();
        assertThat(TestDocs.sentencesOf(headed("Arrest in Dunmore"), "arrest")).isEmpty();
    }
}
