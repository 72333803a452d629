package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Practices kept up, round events87 (6 December 2026, invented sentences): "have continued to"
 * in a sentence without a date of its own sums up a record, not one event; with a date the
 * sentence tells that day's act.
 */
class PracticesKeptUpTest {

    @Test
    void anUndatedPracticeKeptUpIsNoEvent() {
        assertThat(types("Revolutionary courts have also continued to hand down death sentences to drug offenders.")).isEmpty();
        assertThat(types("The border police has continued to detain migrants who try to cross.")).isEmpty();
    }

    @Test
    void aDatedOneIsTheDaysAct() {
        Document d = TestDocs.doc().published("2025-05-04")
                .paragraph("Police have continued to detain students, arresting twelve more on Saturday.")
                .date("Saturday", "2025-05-03", DatePrecision.DAY).build();
        assertThat(TestDocs.events(d)).extracting(Event::type).contains("arrest");
    }
}
