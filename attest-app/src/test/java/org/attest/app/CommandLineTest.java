package org.attest.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attest.gazetteer.GeoNamesFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The attest command line, run in-process on files the tests write. */
class CommandLineTest {
    @TempDir
    Path dir;

    private static Cli.Run run(String... args) {
        return Cli.run(args);
    }

    @Test
    void badInputsGetOneLineEachAndTheGoodOnesAreStillExtracted() throws Exception {
        GeoNamesFixture.gazetteer();
        Files.writeString(dir.resolve("good.txt"), "Workers went on strike in Ahvaz on Monday, said the union.");
        Files.write(dir.resolve("binary.txt"), new byte[] {1, 0, 2, 0, 3});
        Files.write(dir.resolve("bad-utf8.txt"), new byte[] {'a', (byte) 0xC3, (byte) 0x28, 'b'});
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.writeString(dir.resolve("notext.html"), "<html><body><script>x()</script></body></html>");
        Cli.Run r = run("extract", dir.toString(), dir.resolve("missing.txt").toString());
        assertThat(r.status()).isEqualTo(1);
        String[] errors = r.err().strip().split("\n");
        assertThat(errors).hasSize(5).allSatisfy(line -> assertThat(line).startsWith("attest: "));
        assertThat(r.err()).contains("binary.txt", "bad-utf8.txt", "empty.txt", "notext.html", "missing.txt");
        JsonNode rec = new ObjectMapper().readTree(r.out().strip());
        assertThat(rec.path("doc").asText()).isEqualTo("good.txt");
        assertThat(rec.path("places").get(0).path("geonameid").asLong()).isEqualTo(144448L); // Ahvaz
    }

    @Test
    void ingestTwiceStoresEachDocumentOnceAndReports() throws Exception {
        GeoNamesFixture.gazetteer();
        Files.writeString(dir.resolve("a.txt"), "Security forces arrested 12 students in Tabriz on Saturday.");
        Files.writeString(dir.resolve("b.txt"), "Thousands of teachers protested in Isfahan and Shiraz.");
        String db = dir.resolve("t.db").toString();
        Cli.Run first = run("ingest", "--db", db, dir.toString());
        Cli.Run second = run("ingest", "--db", db, dir.toString());
        assertThat(first.out()).contains("2 new");
        assertThat(second.out()).contains("0 new", "2 unchanged");
        Cli.Run report = run("report", "--db", db);
        assertThat(report.out()).contains("2 documents").contains("arrest");
        Cli.Run csv = run("export", "--db", db, "--format", "csv", "--type", "arrest");
        assertThat(csv.out()).startsWith("event_id_cnty,event_date").contains("Tabriz");
    }

    @Test
    void evalScoresTheSeedsAboveTheBar() throws Exception {
        Path shared = Path.of(System.getProperty("attest.shared.dir", "../shared"));
        assumeTrue(Files.isDirectory(shared.resolve("gold/seeds")), "../shared/gold/seeds absent: seed evaluation skipped");
        GeoNamesFixture.gazetteer();
        Cli.Run r = run("eval", "--json", "--gold", shared.resolve("gold/seeds").toString(),
                shared.resolve("corpus/seeds").toString());
        JsonNode micro = new ObjectMapper().readTree(r.out()).path("micro");
        assertThat(micro.path("places").path("f1").asDouble()).isGreaterThanOrEqualTo(0.97);
        assertThat(micro.path("quantities").path("f1").asDouble()).isGreaterThanOrEqualTo(0.92);
    }
}
