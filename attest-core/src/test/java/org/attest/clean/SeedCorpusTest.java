package org.attest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.attest.ingest.SourceReader;
import org.attest.model.Document;
import org.attest.model.Sentence;
import org.attest.segment.SentenceSplitter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs reading, cleaning and splitting over the shared seed corpus, when present, and checks
 * general properties only (no seed text is kept in the repository).
 */
class SeedCorpusTest {
    @Test
    void seedsCleanAndSplit() throws Exception {
        String shared = System.getProperty("attest.shared.dir");
        Path seeds = shared == null ? null : Path.of(shared, "corpus", "seeds");
        Assumptions.assumeTrue(seeds != null && Files.isDirectory(seeds), "shared seed corpus not available");
        List<Path> files;
        try (Stream<Path> s = Files.list(seeds)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Assumptions.assumeTrue(!files.isEmpty(), "no seed documents");
        Cleaner cleaner = Cleaner.withDefaults();
        SentenceSplitter splitter = SentenceSplitter.withDefaults();
        SourceReader reader = new SourceReader();
        for (Path file : files) {
            Document d = splitter.apply(cleaner.clean(reader.read(file)));
            String text = d.text();
            assertThat(text).as(file.toString()).isNotBlank().doesNotContain("\n\n\n").doesNotContain("\r");
            for (String line : text.split("\n")) {
                assertThat(line).as(file.toString()).doesNotStartWith("Tags:").doesNotContain("XML Sitemap")
                        .doesNotContainPattern("^\\d{2,4}\\s*x\\s*\\d{2,4}$");
            }
            assertThat(d.language()).isEqualTo("en");
            assertThat(d.sentences()).isNotEmpty();
            for (Sentence s : d.sentences()) {
                assertThat(s.span().end()).isLessThanOrEqualTo(text.length());
                assertThat(s.span().of(text)).doesNotContain("\n\n");
            }
        }
    }
}
