package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.doc;
import static org.attest.events.TestDocs.sentencesOf;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * A body going on under its common noun in the next sentence tells more of the statement just
 * given, not a statement of its own (round events60, invented sentences); a reply by another body,
 * or the same body on another day, stays a statement.
 */
class SpeakerGoesOnTest {
    private static final String FEDERATION = "The Harbour Workers Federation, a dockers union, said on Monday that 40 members had been dismissed.";

    @Test
    void theUnionGoingOnIsTheSameStatement() {
        String more = "The union said it had written to the labour minister to ask for a meeting.";
        Document d = doc().published("2025-05-22").paragraph(FEDERATION, more).date("Monday", "2025-05-19", DatePrecision.DAY).build();
        assertThat(sentencesOf(d, "statement")).containsExactly(FEDERATION);
    }

    @Test
    void aBodyGoingOnAfterItsCallIsTheCall() {
        String call = "The Association of Marevo Tanners on Monday called on its members to boycott the new tax office.";
        String more = "The association, which groups some 300 workshops, said the tax had created a climate of fear.";
        Document d = doc().published("2025-05-22").paragraph(call, more).date("Monday", "2025-05-19", DatePrecision.DAY).build();
        assertThat(sentencesOf(d, "statement")).isEmpty();
        assertThat(sentencesOf(d, "boycott_call")).containsExactly(call);
    }

    @Test
    void anotherBodysReplyStaysAStatement() {
        String ministry = "The Ministry of Labour said on Monday that it had paid part of the arrears.";
        String reply = "The union said the payment covered \"less than a fifth\" of what is owed.";
        Document d = doc().published("2025-05-22").paragraph(ministry, reply).date("Monday", "2025-05-19", DatePrecision.DAY).build();
        assertThat(sentencesOf(d, "statement")).containsExactly(ministry, reply);
    }

    @Test
    void theSameBodyOnAnotherDayStaysAStatement() {
        String monday = "The Farmers Association said on Monday that prices had fallen by half.";
        String tuesday = "The association said on Tuesday that it would appeal to the courts.";
        Document d = doc().published("2025-05-22").paragraph(monday, tuesday).date("Monday", "2025-05-19", DatePrecision.DAY)
                .date("Tuesday", "2025-05-20", DatePrecision.DAY).build();
        assertThat(sentencesOf(d, "statement")).containsExactly(monday, tuesday);
    }
}
