package org.attest.app;

import static org.assertj.core.api.Assertions.assertThat;


import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.attest.app.sources.Warcs;
import org.attest.gazetteer.GeoNamesFixture;
import org.attest.store.Counts;
import org.attest.store.Store;
import org.attest.store.StoredDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code attest ingest} over every input kind, bad inputs among them, and {@code --reextract}. */
class IngestCommandTest {
    @TempDir
    Path dir;

    private static String page(String title, String sentence) {
        return "<html><head><title>" + title + "</title></head><body><article><p>" + sentence
                + "</p></article></body></html>";
    }

    @Test
    void badInputsGetOneLineEachEveryGoodDocumentIsStoredAndTheStatusIsOne() throws Exception {
        GeoNamesFixture.gazetteer();
        Path in = Files.createDirectory(dir.resolve("in"));
        // good: 1 + 1 + 2 + 2 (around a broken record) + 1 (before the cut) + 2 + 2 + 1 (deep) = 12 documents
        Files.writeString(in.resolve("good.txt"), "Bus drivers in Qom stopped work on Monday, the union said.");
        Files.writeString(in.resolve("good.html"), page("Sit-in", "Retired teachers held a sit-in in Gorgan on Sunday."));
        Files.write(in.resolve("site.warc.gz"), Warcs.gzip(List.of(
                Warcs.response("https://a.example.org/1", 200, "text/html", page("One", "Workers marched in Ardabil on Friday.")),
                Warcs.response("https://a.example.org/2", 200, "text/html", page("Two", "Students gathered in Bojnurd.")))));
        Files.write(in.resolve("mixed.warc"), Warcs.plain(List.of(
                Warcs.response("https://b.example.org/1", 200, "text/html", page("Three", "Farmers protested in Zabol.")),
                Warcs.brokenRecord(),
                Warcs.response("https://b.example.org/2", 200, "text/plain", "Nurses rallied in Shahrekord on Tuesday."))));
        byte[] cut = Warcs.gzip(List.of(
                Warcs.response("https://c.example.org/1", 200, "text/html", page("Four", "Bakers struck in Maragheh.")),
                Warcs.response("https://c.example.org/2", 200, "text/html", page("Five", "Miners struck in Tabas."))));
        Files.write(in.resolve("cut.warc.gz"), Arrays.copyOf(cut, cut.length - 30));
        Files.writeString(in.resolve("news.rss"), "<rss version=\"2.0\"><channel><title>F</title><link>https://f.example.net/</link>"
                + "<description>d</description>"
                + "<item><title>Six</title><link>https://f.example.net/6</link><description>Truckers in Bam stopped work.</description></item>"
                + "<item><title>Seven</title><link>https://f.example.net/7</link><description>Clerks in Yasuj walked out.</description></item>"
                + "</channel></rss>");
        Files.writeString(in.resolve("lines.jsonl"), "{\"text\":\"Pensioners in Ilam marched.\",\"url\":\"https://j.example.com/8\"}\n"
                + "{\"html\":\"<p>Doctors in Sirjan protested on Monday.</p>\",\"title\":\"Nine\",\"published\":\"2024-04-01\"}\n");
        Files.writeString(in.resolve("deep.html"), "<html><body>" + "<div>".repeat(100_000)
                + "<p>Weavers in Kashan marched on Saturday.</p>" + "</div>".repeat(100_000) + "</body></html>");
        // bad
        Files.write(in.resolve("binary.txt"), new byte[] {7, 0, 1, 0, 2, 0, 3, (byte) 0xFF});
        Files.write(in.resolve("bad-utf8.txt"), new byte[] {'Q', 'o', 'm', ' ', (byte) 0xC3, (byte) 0x28, '!'});
        Files.writeString(in.resolve("broken.rss"), "<<< not xml at all");
        Path huge = in.resolve("huge.txt");
        try (OutputStream o = Files.newOutputStream(huge)) {
            byte[] block = "Protest ".repeat(8192).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 50 * 1024 * 1024 / block.length; i++) {
                o.write(block);
            }
        }
        String db = dir.resolve("bad.db").toString();

        Cli.Run r = Cli.run("ingest", "--db", db, in.toString());

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.errLines()).hasSize(6).allSatisfy(l -> assertThat(l).startsWith("attest: " + in));
        assertThat(r.err()).contains(in.resolve("binary.txt") + ": binary content",
                in.resolve("bad-utf8.txt") + ": invalid UTF-8",
                in.resolve("broken.rss") + ": not an RSS or Atom feed",
                in.resolve("huge.txt") + ": file too large",
                in.resolve("mixed.warc") + ": record 2 at offset ",
                in.resolve("cut.warc.gz") + ": record 2 at offset ");
        assertThat(r.out()).contains("12 new, 0 replaced, 0 unchanged, 6 failed");
        try (Store s = Store.open(db); Stream<StoredDocument> docs = s.documents()) {
            assertThat(docs.map(d -> d.ref().location())).hasSize(12).contains(
                    "https://a.example.org/2", "https://b.example.org/2", "https://c.example.org/1",
                    "https://f.example.net/7", "https://j.example.com/8", "file:" + in.resolve("deep.html"));
        }
        try (Store s = Store.open(db); Stream<StoredDocument> docs = s.documents()) {
            StoredDocument nine = docs.filter(d -> "Nine".equals(d.ref().title())).findFirst().orElseThrow();
            assertThat(nine.ref().published()).hasToString("2024-04-01");
            assertThat(nine.ref().site()).isEqualTo("in");
        }
    }

    @Test
    void reextractRerunsThePipelineOverStoredDocumentsWithoutInputs() throws Exception {
        GeoNamesFixture.gazetteer();
        Files.writeString(dir.resolve("a.txt"), "Police arrested 9 activists in Zanjan on Saturday, a rights group said.");
        Files.writeString(dir.resolve("b.txt"), "Hundreds of workers protested in Abadan and Khorramshahr.");
        String db = dir.resolve("re.db").toString();
        assertThat(Cli.run("ingest", "--db", db, dir.toString()).status()).isZero();
        Counts before = counts(db);
        // the inputs are gone: re-extraction works from the store alone
        Files.delete(dir.resolve("a.txt"));
        Files.delete(dir.resolve("b.txt"));

        Cli.Run r = Cli.run("ingest", "--db", db, "--reextract");

        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("re-extracted 2 documents in " + db);
        Counts after = counts(db);
        assertThat(after).isEqualTo(before);
        assertThat(after.events()).isPositive();
        assertThat(after.placeMentions()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void inputsAndReextractTogetherOrNeitherIsAUsageError() {
        String db = dir.resolve("u.db").toString();
        assertThat(Cli.run("ingest", "--db", db).status()).isEqualTo(2);
        Cli.Run both = Cli.run("ingest", "--db", db, "--reextract", dir.toString());
        assertThat(both.status()).isEqualTo(2);
        assertThat(both.err()).isEqualTo("attest: ingest: give either inputs (PATH|URL...) or --reextract" + System.lineSeparator());
    }

    private static Counts counts(String db) throws Exception {
        try (Store s = Store.open(db)) {
            return s.counts();
        }
    }
}
