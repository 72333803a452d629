package org.attest.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.Assumptions;
import org.attest.checks.Enumerations.Enumeration;
import org.attest.model.Check;
import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * General properties of the checks over the shared seed corpus (system property
 * {@code attest.shared.dir}); skipped when it is absent. Knows no seed text and no answer:
 * it only asserts that the figures agree with the document's own lists.
 */
class SeedChecksTest {
    @Test
    void claimedVsListedFiguresAgreeWithTheDocumentsLists() throws IOException {
        String shared = System.getProperty("attest.shared.dir", "");
        Path corpus = Path.of(shared, "corpus", "seeds");
        Assumptions.assumeThat(!shared.isEmpty() && Files.isDirectory(corpus))
                .as("shared seed corpus not present (attest.shared.dir)").isTrue();
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        int longLists = 0;
        for (Path f : files) {
            Document doc = ChecksFixture.run(Files.readString(f, StandardCharsets.UTF_8));
            List<Enumeration> lists = Enumerations.find(doc);
            Set<String> keys = new HashSet<>();
            int total = 0;
            for (Enumeration e : lists) {
                total += e.members().size();
                e.members().forEach(m -> keys.add(m.key()));
            }
            boolean longList = lists.stream().anyMatch(e -> e.members().size() >= 20);
            boolean claim = doc.quantities().stream().anyMatch(q -> CheckLexicon.load().placeUnit(q.unit()) != null
                    && q.value() >= 2);
            List<Check> cvl = ChecksFixture.checks(doc, "claimed_vs_listed");
            if (longList && claim) {
                longLists++;
                assertThat(cvl).as(f.getFileName() + ": a long list and a claim").isNotEmpty();
            }
            for (Check c : cvl) {
                assertThat(c.figures()).as(f.getFileName().toString()).containsEntry("listed_unique", keys.size())
                        .containsEntry("listed_total", total);
                assertThat((Integer) c.figures().get("provinces_listed"))
                        .isLessThanOrEqualTo((Integer) c.figures().get("provinces_total"));
            }
            assertThat(doc.checks()).allSatisfy(c -> assertThat(c.evidence())
                    .allSatisfy(s -> assertThat(s.end()).isLessThanOrEqualTo(doc.text().length())));
            assertThat(doc.issues()).as(f.getFileName() + " issues").noneMatch(i -> i.stage().equals("checks"));
        }
        assertThat(longLists).as("seed documents with a long town list and a count of places").isPositive();
    }
}
