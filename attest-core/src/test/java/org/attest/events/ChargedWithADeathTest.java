package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.doc;
import static org.attest.events.TestDocs.sentencesOf;

import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * r3b (invented sentences): after told arrests, a passive charge "with his murder" or "over her
 * death" charges those blamed for a death the report told, not the people held: a legal step of
 * its own ({@code other}). A charge of the people held stays folded into their arrest.
 */
class ChargedWithADeathTest {
    private static final String ARRESTS = "Police detained 40 dockworkers at the port of Marevo on Thursday.";
    private static final String DEATH = "A ferryman, Tomas Vell, died after a beating at a police station in Marevo on May 2.";

    @Test
    void aChargeWithHisMurderIsItsOwnStep() {
        String charged = "Three guards have been charged with his murder.";
        Document d = doc().paragraph(ARRESTS).paragraph(DEATH, charged).build();
        assertThat(sentencesOf(d, "other")).contains(charged);
    }

    @Test
    void aChargeOverHerDeathToo() {
        String charged = "Two officers were charged over her death.";
        Document d = doc().paragraph(ARRESTS).paragraph(charged).build();
        assertThat(sentencesOf(d, "other")).containsExactly(charged);
    }

    @Test
    void aChargeOfThoseHeldStaysFolded() {
        String charged = "Most of them were charged with blocking the port.";
        Document d = doc().paragraph(ARRESTS).paragraph(charged).build();
        assertThat(sentencesOf(d, "other")).isEmpty();
    }
}
