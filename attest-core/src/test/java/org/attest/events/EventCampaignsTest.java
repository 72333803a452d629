package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import java.util.List;
import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Cases met on reports of election boycotts and online campaigns, with invented sentences: parties
 * that vow or refuse to take part in a vote call a boycott; a statement whose only other event
 * points back to one already reported ("called the election a sham") is itself the news. Each rule
 * has a contrast case.
 */
class EventCampaignsTest {
    @Test
    void refusingToTakePartInAVoteIsABoycott() {
        assertThat(types("Nine opposition parties vowed on Monday not to take part in the regional elections in May."))
                .contains("boycott_call");
        assertThat(types("The alliance said on Friday it will not participate in the vote called by the junta."))
                .contains("boycott_call");
        assertThat(types("Two main parties refused to take part in the presidential ballot on Sunday."))
                .contains("boycott_call");
    }

    @Test
    void refusingToTakePartInSomethingElseIsNoBoycott() {
        assertThat(types("The union decided on Monday not to take part in the talks with the ministry."))
                .doesNotContain("boycott_call");
        assertThat(types("Students vowed on Friday not to take part in the violence."))
                .doesNotContain("boycott_call");
    }

    @Test
    void aStatementOnAnElectionAlreadyReportedIsTheNews() {
        Document d = TestDocs.doc().published("2024-05-12")
                .paragraph("The country held a general election on Friday.")
                .paragraph("A jailed opposition leader, in a statement released by his lawyers, called the election a farce.")
                .date("Friday", "2024-05-10", DatePrecision.DAY)
                .build();
        assertThat(typesOf(d)).containsExactly("election", "statement");
    }

    @Test
    void aStatementFramingNewsStaysAFrame() {
        Document d = TestDocs.doc().published("2024-05-12")
                .paragraph("The country held a general election on Friday.")
                .paragraph("Police said in a statement that 14 people were arrested near polling stations.")
                .date("Friday", "2024-05-10", DatePrecision.DAY)
                .build();
        assertThat(typesOf(d)).contains("arrest").doesNotContain("statement");
    }

    private static List<String> typesOf(Document d) {
        return TestDocs.events(d).stream().map(Event::type).toList();
    }
}
