package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.events;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Round q170 (invented sentences): "that" before a past verb without -ed ("riots that left
 * dozens dead") is a relative pronoun, as before "that killed": no determiner pointing back to a
 * killing told before, so a killing of another year is a new one.
 */
class RelativeThatIrregularPastTest {
    @Test
    void aTollOfAnotherYearAfterRelativeThatIsNew() {
        Document d = TestDocs.doc().published("2025-03-12")
                .paragraph("Gunmen shot dead a ferry captain in the harbour district on Sunday.")
                .paragraph("In 2019, dockers joined weeks of riots in the capital that left dozens dead.")
                .date("Sunday", "2025-03-09", DatePrecision.DAY)
                .date("2019", "2019", DatePrecision.YEAR)
                .build();
        assertThat(events(d).stream().filter(e -> e.type().equals("killing")).map(Event::date))
                .containsExactly("2025-03-09", "2019");
    }
}
