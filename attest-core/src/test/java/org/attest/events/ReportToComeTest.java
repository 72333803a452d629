package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round events142 (invented sentences): a monitor that "would publish a full list" or whose report
 * "will be published" announces what it will say, a statement; releasing people is none.
 */
class ReportToComeTest {

    @Test
    void aReportOrListToComeIsAStatement() {
        assertThat(types("The centre would publish a full list of the detainees next week.")).contains("statement");
        assertThat(types("Its annual report will be published in early May.")).contains("statement");
        assertThat(types("The network will release a special report on the raids next month.")).contains("statement");
    }

    @Test
    void releasingPeopleIsNoStatement() {
        assertThat(types("The court will release the detainees next week.")).doesNotContain("statement");
        assertThat(types("The photographs will be published in a book next year.")).doesNotContain("statement");
    }
}
