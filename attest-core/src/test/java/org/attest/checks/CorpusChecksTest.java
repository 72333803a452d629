package org.attest.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.attest.model.Check;
import org.junit.jupiter.api.Test;

/** The cross-document checks over invented reports from invented sites. */
class CorpusChecksTest {
    private static final String LONG_PARAGRAPH = "Witnesses told reporters that about 300 protesters were arrested in "
            + "Tabriz on 12 March 2022 after crowds marched through the old bazaar towards the governor's office, "
            + "chanting slogans against rising bread prices and the closure of several workshops in the city's "
            + "industrial district over the previous month.";

    private static CorpusDocument doc(long id, String site, String text) {
        return new CorpusDocument(id, "doc" + id + ".txt", site, ChecksFixture.run(text));
    }

    private static List<Check> run(CorpusDocument... docs) {
        return new CorpusChecks(CheckLexicon.load()).run(List.of(docs).iterator());
    }

    private static List<Check> kind(List<Check> all, String kind) {
        return all.stream().filter(c -> c.kind().equals(kind)).toList();
    }

    @Test
    void copiesCountAsOneSourceAndDisagreeingFiguresAreSetSideBySide() {
        List<Check> found = run(
                doc(1, "a.example", "Arrests in Tabriz\n\n" + LONG_PARAGRAPH + "\n\nThe police declined to comment."),
                doc(2, "b.example", "Arrests in Tabriz\n\n" + LONG_PARAGRAPH.replace("told reporters", "told our reporter")
                        + "\n\nThe police declined to comment."),
                doc(3, "c.example", "A rights group said 450 protesters were arrested in Tabriz on 12 March 2022."));
        Check cluster = kind(found, "claim_cluster").get(0);
        assertThat(cluster.figures()).containsEntry("relation", "inconsistent").containsEntry("documents", 3L)
                .containsEntry("independent_sources", 2L).containsEntry("range", List.of(300L, 450L))
                .containsEntry("evidence_documents", List.of(1L, 2L, 3L));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> support = (List<Map<String, Object>>) cluster.figures().get("support");
        assertThat(support).extracting(s -> s.get("value"), s -> s.get("claims"), s -> s.get("independent_sources"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("300 about", 2, 1L),
                        org.assertj.core.groups.Tuple.tuple("450 exact", 1, 1L));
        assertThat(kind(found, "near_duplicates")).singleElement().satisfies(c ->
                assertThat(c.message()).contains("doc1.txt, doc2.txt", "count as one source"));
        // the arrest is in all three reports; the march only in the copied paragraph
        assertThat(kind(found, "duplicate_events")).filteredOn(c -> "arrest".equals(c.figures().get("event_type")))
                .singleElement().satisfies(c -> assertThat(c.figures()).containsEntry("documents", 3)
                        .containsEntry("independent_sources", 2)
                        .containsEntry("date", "2022-03-12").containsEntry("places", List.of("Tabriz")));
        assertThat(kind(found, "duplicate_events")).filteredOn(c -> "protest".equals(c.figures().get("event_type")))
                .singleElement().satisfies(c -> assertThat(c.figures()).containsEntry("documents", 2)
                        .containsEntry("independent_sources", 1));
    }

    @Test
    void figuresThatTheirQualifiersReconcileAgree() {
        List<Check> found = run(
                doc(1, "a.example", "Security forces killed over 1,500 people in Iran in November 2019, the group said."),
                doc(2, "b.example", "About 1,500 people were killed in Iran in November 2019, a rights monitor said."));
        assertThat(kind(found, "claim_cluster")).singleElement().satisfies(c -> assertThat(c.figures())
                .containsEntry("relation", "consistent").containsEntry("independent_sources", 2L));
    }

    @Test
    void documentsOfOnePublisherAreOneSource() {
        List<Check> found = run(
                doc(1, "a.example", "Security forces killed over 1,500 people in Iran in November 2019, the group said."),
                doc(2, "a.example", "About 1,500 people were killed in Iran in November 2019, a rights monitor said."));
        assertThat(kind(found, "claim_cluster")).singleElement().satisfies(c -> assertThat(c.figures())
                .containsEntry("independent_sources", 1L).containsEntry("documents", 2L));
        assertThat(kind(found, "near_duplicates")).isEmpty();
    }

    @Test
    void aCopiedParagraphInOtherwiseDifferentReportsIsOneSourceForItsClaims() {
        List<Check> found = run(
                doc(1, "a.example", "Morning edition. The teachers' union met in Shiraz to plan a strike over unpaid wages "
                        + "and said it would announce a date soon.\n\n" + LONG_PARAGRAPH),
                doc(2, "b.example", "Evening roundup. Farmers in Isfahan blocked a road for three hours to protest water "
                        + "shortages affecting their fields.\n\n" + LONG_PARAGRAPH));
        assertThat(kind(found, "near_duplicates")).isEmpty();
        assertThat(kind(found, "copied_paragraphs")).singleElement().satisfies(c -> assertThat(c.figures())
                .containsEntry("publishers", 2L).containsEntry("evidence_documents", List.of(1L, 2L)));
        assertThat(kind(found, "claim_cluster")).singleElement().satisfies(c -> assertThat(c.figures())
                .containsEntry("relation", "consistent").containsEntry("independent_sources", 1L));
    }

    @Test
    void eventsOnOtherDaysOrInOtherPlacesAreNotMerged() {
        List<Check> found = run(
                doc(1, "a.example", "Police arrested 20 teachers in Shiraz on 3 May 2022."),
                doc(2, "b.example", "Police arrested 20 teachers in Shiraz on 9 May 2022."),
                doc(3, "c.example", "Police arrested 20 teachers in Tabriz on 3 May 2022."));
        assertThat(kind(found, "duplicate_events")).isEmpty();
    }

    @Test
    void unrelatedReportsHaveNoFindings() {
        assertThat(run(doc(1, "a.example", "Teachers in Shiraz held a sit-in on 2 May 2022 to demand higher pay."),
                doc(2, "b.example", "Nurses in Tabriz went on strike on 9 June 2022 over unpaid overtime."))).isEmpty();
        assertThat(run()).isEmpty();
    }

    @Test
    void notabilityPutsDisagreementsFirst() {
        List<Check> found = new java.util.ArrayList<>(run(
                doc(1, "a.example", "Arrests in Tabriz\n\n" + LONG_PARAGRAPH),
                doc(2, "c.example", "A rights group said 450 protesters were arrested in Tabriz on 12 March 2022.")));
        found.sort(Notability.order());
        assertThat(found.get(0).kind()).isEqualTo("claim_cluster");
        assertThat(found.get(found.size() - 1).kind()).isEqualTo("duplicate_events");
    }
}
