package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Round stmt33 (invented sentences): an official speaker whose first verb does something else
 * ("read out the names", "held a press conference", "published a report") and whose second verb,
 * after "and", speaks ("and accused", "and said", "and called for") makes a statement.
 */
class SpeakerAfterOtherActTest {

    private static List<String> statements(String text) {
        List<Event> events = DatedReports.events("Families gathered in Corvan on Monday.\n\n" + text + "\n", "2026-04-16");
        return datesOf(events, "statement");
    }

    /** An opening phrase closed by a comma starts the clause: the speaker stands after it. */
    @Test
    void readOutAndAccused() {
        assertThat(statements("At a press conference in Corvan on Wednesday, the party's secretary general Peter Oko "
                + "read out the names of 12 missing members and accused the police of holding them in secret.")).hasSize(1);
    }

    /** "the party's" is part of the subject, not its verb. */
    @Test
    void readOutAndAccusedNoOpener() {
        assertThat(statements("The party's secretary general Peter Oko "
                + "read out the names of 12 missing members on Wednesday and accused the police of holding them in secret.")).hasSize(1);
    }

    /** The other verbs of the class, already kept (guards against losing them). */
    @Test
    void heldAPressConferenceAndSaid() {
        assertThat(statements("The Corvan Farmers Union held a press conference on Tuesday and said the new levy "
                + "would ruin small growers.")).hasSize(1);
    }

    @Test
    void publishedAReportAndCalledFor() {
        assertThat(statements("The Corvan Bar Association published a report on Tuesday and called for an inquiry "
                + "into the deaths in custody.")).hasSize(1);
    }

    @Test
    void issuedAStatementAccusing() {
        assertThat(statements("The Corvan Bar Association issued a statement on Tuesday accusing the police "
                + "of torturing detainees.")).hasSize(1);
    }
}
