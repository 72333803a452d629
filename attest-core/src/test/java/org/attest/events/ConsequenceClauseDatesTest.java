package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.events;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Round q170 (invented sentences): a date right before a comma and a participle of consequence
 * ("on Sunday, prompting ...", also across a closing attribution: "on Sunday, the council said,
 * prompting ...") closes the clause of the act before it; what the act led to came
 * after and takes only its own date.
 */
class ConsequenceClauseDatesTest {
    @Test
    void theDayBeforePromptingIsTheActsBeforeIt() {
        Document d = TestDocs.doc().published("2025-03-12")
                .paragraph("Gunmen shot dead a ferry captain in the harbour district on Sunday, prompting hundreds of dockers to march on Tuesday.")
                .date("Sunday", "2025-03-09", DatePrecision.DAY)
                .date("Tuesday", "2025-03-11", DatePrecision.DAY)
                .build();
        assertThat(events(d).stream().filter(e -> e.type().equals("protest")).map(Event::date))
                .containsExactly("2025-03-11");
        assertThat(events(d).stream().filter(e -> e.type().equals("killing")).map(Event::date))
                .containsExactly("2025-03-09");
    }

    @Test
    void anAttributionBetweenTheDayAndThePromptingKeepsTheDayTheActs() {
        Document d = TestDocs.doc().published("2025-03-12")
                .paragraph("Gunmen shot dead a ferry captain of the old harbour guild in the eastern harbour district on Sunday,"
                        + " the regional dockers' council said, prompting hundreds of dockers to march on Tuesday.")
                .date("Sunday", "2025-03-09", DatePrecision.DAY)
                .date("Tuesday", "2025-03-11", DatePrecision.DAY)
                .build();
        assertThat(events(d).stream().filter(e -> e.type().equals("protest")).map(Event::date))
                .containsExactly("2025-03-11");
    }
}
