package org.attest.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attest.gazetteer.GeoNamesFixture;
import org.attest.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code attest check} over a real SQLite store filled by {@code attest ingest}. */
class CheckCommandTest {
    @TempDir
    Path dir;

    private static String run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            assertThat(Main.run(args)).as(String.join(" ", args)).isZero();
            return out.toString(StandardCharsets.UTF_8);
        } finally {
            System.setOut(old);
        }
    }

    @Test
    void findingsAreStoredPrintedMostNotableFirstAndReplacedOnEachRun() throws Exception {
        GeoNamesFixture.gazetteer();
        Files.createDirectories(dir.resolve("in/one"));
        Files.createDirectories(dir.resolve("in/two"));
        Files.writeString(dir.resolve("in/one/a.txt"), "Witnesses said about 300 protesters were arrested in Tabriz "
                + "on 12 March 2022 as crowds gathered near the bazaar.");
        Files.writeString(dir.resolve("in/two/b.txt"), "A rights group said 450 protesters were arrested in Tabriz "
                + "on 12 March 2022, most of them students.");
        Files.writeString(dir.resolve("in/two/c.txt"), "Rallies were held in more than 40 cities on 12 March 2022. "
                + "Crowds gathered in cities such as Karaj, Shiraz, Rasht, Qom and Karaj.");
        String db = dir.resolve("t.db").toString();
        run("ingest", "--db", db, dir.resolve("in").toString());

        JsonNode json = new ObjectMapper().readTree(run("check", "--db", db, "--json"));
        List<String> kinds = new ArrayList<>();
        json.path("findings").forEach(f -> kinds.add(f.path("kind").asText()));
        assertThat(kinds.get(0)).isEqualTo("claim_cluster");
        assertThat(kinds).contains("claimed_vs_listed", "repeated_names", "duplicate_events");
        JsonNode cluster = json.path("findings").get(0);
        assertThat(cluster.path("figures").path("relation").asText()).isEqualTo("inconsistent");
        assertThat(cluster.path("evidence")).hasSize(2);
        assertThat(cluster.path("evidence").get(0).path("text").asText()).isEqualTo("about 300 protesters");

        long corpusFindings = kinds.size() - countScope(json, "document");
        try (Store s = Store.open(db)) {
            assertThat(s.checks()).hasSize((int) corpusFindings);
        }
        String text = run("check", "--db", db);
        assertThat(text).startsWith(kinds.size() + " findings").contains("[claim_cluster]", "a.txt [");
        try (Store s = Store.open(db)) {
            assertThat(s.checks()).as("a second run replaces, not appends").hasSize((int) corpusFindings);
        }
    }

    @Test
    void anEmptyStoreHasNoFindings() {
        String db = dir.resolve("empty.db").toString();
        assertThat(run("check", "--db", db)).startsWith("0 findings");
    }

    private static long countScope(JsonNode json, String scope) {
        long n = 0;
        for (JsonNode f : json.path("findings")) {
            if (f.path("scope").asText().equals(scope)) {
                n++;
            }
        }
        return n;
    }
}
