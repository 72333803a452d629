package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.doc;
import static org.attest.events.TestDocs.events;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/** A home raid whose next sentence names the people it took is the arrest (events100, invented sentences). */
class HomeRaidsTest {
    private static List<String> types(String... sentences) {
        return events(doc().paragraph(sentences).build()).stream().map(Event::type).toList();
    }

    @Test
    void aHomeRaidFollowedByThoseDetainedIsOneArrest() {
        assertThat(types("Intelligence agents raided the homes of three bakers' delegates in Dorvan.",
                "Among those detained was the guild's treasurer, his brother said."))
                .containsExactly("arrest");
        assertThat(types("Police raided the houses of the council's board members before dawn.",
                "Two of them were taken to Kelmar prison."))
                .containsExactly("arrest");
    }

    @Test
    void aHomeRaidWithNoOneTakenStaysASearch() {
        assertThat(types("Intelligence agents raided the homes of three bakers' delegates in Dorvan.",
                "Nothing was found there, their lawyer said."))
                .containsExactly("other");
        // the people taken in the next paragraph are news of their own
        assertThat(events(doc().paragraph("Police raided the houses of the council's board members before dawn.")
                .paragraph("Two of them were detained a week later.").build()).stream().map(Event::type).toList())
                .contains("other");
    }

    @Test
    void anOfficeRaidIsNoHomeRaid() {
        assertThat(types("Police officers raided the union's offices in Dorvan.",
                "Two of its clerks were detained."))
                .contains("other");
    }
}
