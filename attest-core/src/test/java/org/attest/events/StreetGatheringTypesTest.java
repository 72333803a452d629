package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Branch events64: gatherings in the street read as protests rather than organised rallies, in
 * invented sentences. An organisation's name before "rallied" does not make the gathering an
 * organised one; crowds that gather in a paragraph about protests join them; gatherings held in
 * solidarity take a side.
 */
class StreetGatheringTypesTest {
    @Test
    void anOrganisationsNameMakesNoOrganisedRally() {
        assertThat(TestDocs.types("Members of the Teachers Welfare Organization rallied on Monday in Dorvik and Sallen, demanding back pay."))
                .containsExactly("protest");
    }

    @Test
    void aRallyOrganisedBySomeoneStaysOrganised() {
        assertThat(TestDocs.types("A rally organised by the farmers' cooperative drew 2,000 people to the fairground on Friday."))
                .containsExactly("rally");
        assertThat(TestDocs.types("Organisers said the rally in the park on Sunday drew about 3,000 people."))
                .containsExactly("rally");
    }

    @Test
    void crowdsGatheringInAParagraphOfProtestsProtest() {
        var doc = TestDocs.doc().paragraph(
                "Opposition groups behind the weekly protests said they would march again on Saturday.",
                "In Merton and Casby, smaller crowds gathered on Thursday evening.").build();
        assertThat(TestDocs.events(doc).stream().filter(e -> e.type().equals("rally")).toList()).isEmpty();
        assertThat(TestDocs.sentencesOf(doc, "protest"))
                .contains("In Merton and Casby, smaller crowds gathered on Thursday evening.");
    }

    @Test
    void crowdsGatheringWithNoProtestAboutStayARally() {
        var doc = TestDocs.doc().paragraph(
                "The festival opened with music in the old town.",
                "In Merton and Casby, large crowds gathered on Thursday evening.").build();
        assertThat(TestDocs.sentencesOf(doc, "protest")).isEmpty();
    }

    @Test
    void solidarityGatheringsAreProtests() {
        List<String> types = TestDocs.types("Exile groups held solidarity gatherings in about a dozen cities abroad on Sunday.");
        assertThat(types).containsExactly("protest");
    }
}
