package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.events;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/** A passive whose subject "no" opens tells no event. Invented reports; 2025-03-03 is a Monday. */
class NoneSubjectsTest {
    private static List<String> types(String text) {
        return events(text, "2025-03-03").stream().map(Event::type).toList();
    }

    @Test
    void aPassiveAfterASubjectNoOpensIsNoArrest() {
        assertThat(types("Crackdown in Valtra\n\nNo journalist had been arrested by Monday evening.")).doesNotContain("arrest");
        assertThat(types("Trials in Valtra\n\nNo member of the opposition council has been convicted so far.")).isEmpty();
    }

    @Test
    void anotherClauseAfterTheSubjectTellsItsAct() {
        assertThat(types("Crackdown in Valtra\n\nNo one knows why 40 students were arrested in Valtra on Sunday."))
                .contains("arrest");
        assertThat(types("Crackdown in Valtra\n\nPolice said no charges were filed after 40 students were arrested in Valtra on Sunday."))
                .contains("arrest");
    }
}
