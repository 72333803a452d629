package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Sayings given out in public, round stmt29 (6 December 2026, invented sentences): a quoted saying
 * closed by a named speaker whose words the report dates, and a speaker set in a public address
 * by ", speaking at ...," or ", addressing ...,", make statements even when a bare name speaks.
 */
class PublicSayingsTest {

    @Test
    void aQuoteClosedByADatedNameIsAStatement() {
        assertThat(types("\"We will not retreat from the quays,\" Oskar Lindqvist told reporters at the presidential palace late on Tuesday."))
                .contains("statement");
        assertThat(types("\"The harbour stays open,\" Ursel van der Brink told supporters in Velmar on Monday night."))
                .contains("statement");
        // undated, the name only closes the quotation
        assertThat(types("\"We will not retreat from the quays,\" Oskar Lindqvist said.")).doesNotContain("statement");
        // no comma inside the quote: a title or a word quoted, not a saying closed by its speaker
        assertThat(types("The \"quay reform\" Lindqvist drafted was read on Monday.")).doesNotContain("statement");
    }

    @Test
    void aSpeakerInAPublicAddressMakesAStatement() {
        assertThat(types("Varnholt, speaking at a harbour forum in Velmar, said the reform was fair and would go ahead."))
                .contains("statement");
        assertThat(types("Premier Ana Holt, addressing a cabinet meeting, called the walkout unlawful and said the quays must reopen."))
                .contains("statement");
        // without the address the bare name is the speaker quoted again
        assertThat(types("Varnholt said the reform was fair and would go ahead.")).doesNotContain("statement");
        // a participle of no address
        assertThat(types("Varnholt, standing near the quay in Velmar, said the reform was fair.")).doesNotContain("statement");
        // witnesses are no speakers of news
        assertThat(types("Witnesses, speaking from the harbour, said the quays were calm.")).doesNotContain("statement");
    }

    @Test
    void aModalAfterTheSpeechVerbIsTheWords() {
        // "would" belongs to what was said, not to the saying
        assertThat(types("The transport ministry said it would reopen the quays \"within a week\".")).contains("statement");
        assertThat(types("The transport ministry said the quays would reopen \"within a week\".")).contains("statement");
    }

    @Test
    void aSpeechMayBeDatedShortlyAfterMidnight() {
        assertThat(types("The port authority said shortly after midnight on Tuesday that the quays were open again."))
                .contains("statement");
    }

    @Test
    void schoolsThatRemainedClosedAreNoMeasure() {
        assertThat(types("Cafes, banks and schools along the quays remained shut for most of the afternoon."))
                .doesNotContain("statement");
        // closed by order, they are a measure (other40: typed other)
        assertThat(types("The regional council closed all schools in Velmar on Monday.")).contains("other");
    }
}
