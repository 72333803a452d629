package org.attest.app.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.attest.ingest.MediaTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WARC, feed and JSON Lines inputs read from files the tests write; no extraction. */
class SourcesTest {
    @TempDir
    Path dir;

    private final Sources sources = new Sources(false, 1000, Duration.ofSeconds(5));

    private static String page(String sentence) {
        return "<html><head><title>Local news</title></head><body><p>" + sentence + "</p></body></html>";
    }

    private static List<byte[]> threePages() {
        return List.of(
                Warcs.record("warcinfo", "", "application/warc-fields", "software: test\r\n".getBytes(StandardCharsets.US_ASCII)),
                Warcs.response("https://news.example.org/one.html", 200, "text/html; charset=utf-8",
                        page("Bakers in Birjand closed their shops on Monday.")),
                Warcs.response("https://news.example.org/logo.png", 200, "image/png", "PNG"),
                Warcs.response("https://news.example.org/moved", 301, "text/html", page("Moved")),
                Warcs.response("https://news.example.org/two.txt", 200, "text/plain", "Drivers in Semnan stopped work."),
                Warcs.response("https://news.example.org/three.html", 200, "text/html",
                        page("Retirees gathered in Arak on Sunday.")));
    }

    private Collected read(String input) {
        Collected c = new Collected();
        sources.read(input, c);
        return c;
    }

    @Test
    void warcYieldsEachHtmlOrTextResponseWith200AtItsTargetUri() throws Exception {
        Path plain = Files.write(dir.resolve("crawl.warc"), Warcs.plain(threePages()));
        Path gz = Files.write(dir.resolve("crawl.warc.gz"), Warcs.gzip(threePages()));
        for (Path p : List.of(plain, gz)) {
            Collected c = read(p.toString());
            assertThat(c.failures).isEmpty();
            assertThat(c.locations()).containsExactly("https://news.example.org/one.html",
                    "https://news.example.org/two.txt", "https://news.example.org/three.html");
            assertThat(c.sources.get(0).mediaType()).isEqualTo(MediaTypes.HTML);
            assertThat(c.sources.get(1).mediaType()).isEqualTo(MediaTypes.PLAIN);
            assertThat(c.sources.get(0).name()).isEqualTo("one.html");
            assertThat(c.sites).containsOnly("news.example.org");
            assertThat(c.text(1)).isEqualTo("Drivers in Semnan stopped work.");
        }
    }

    @Test
    void aBrokenRecordIsOneFailureAndTheRecordsAfterItAreRead() throws Exception {
        List<byte[]> records = new java.util.ArrayList<>(threePages());
        records.add(2, Warcs.brokenRecord());
        Path plain = Files.write(dir.resolve("mixed.warc"), Warcs.plain(records));
        Path gz = Files.write(dir.resolve("mixed.warc.gz"), Warcs.gzip(records));
        for (Path p : List.of(plain, gz)) {
            Collected c = read(p.toString());
            assertThat(c.locations()).hasSize(3).last().isEqualTo("https://news.example.org/three.html");
            assertThat(c.failures).singleElement().asString()
                    .startsWith(p + ": record 3 at offset ").doesNotContain("\n");
        }
    }

    @Test
    void aTruncatedWarcGzKeepsTheWholeRecordsAndNamesTheCutOne() throws Exception {
        byte[] whole = Warcs.gzip(threePages());
        Path p = Files.write(dir.resolve("cut.warc.gz"), Arrays.copyOf(whole, whole.length - 40));
        Collected c = read(p.toString());
        assertThat(c.locations()).containsExactly("https://news.example.org/one.html", "https://news.example.org/two.txt");
        assertThat(c.failures).singleElement().asString().startsWith(p + ": record 6 at offset ").contains("truncated");
    }

    @Test
    void aWarcRecordOverTheSizeLimitFailsAlone() throws Exception {
        Path p = Files.write(dir.resolve("big.warc"), Warcs.plain(List.of(
                Warcs.response("https://big.example.org/a", 200, "text/html", page("x".repeat(2000))),
                Warcs.response("https://big.example.org/b", 200, "text/html", page("Workers in Qazvin marched.")))));
        Collected c = read(p.toString());
        assertThat(c.locations()).containsExactly("https://big.example.org/b");
        assertThat(c.failures).singleElement().asString().contains("record 1", "too large");
    }

    @Test
    void aNonUtf8CharsetFromTheHttpHeaderWinsAndIsDecoded() throws Exception {
        byte[] body = "<html><body><p>Caf\u00e9 owners in Rasht protested.</p></body></html>"
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        byte[] http = Warcs.concat(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1252\r\nContent-Length: "
                + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), body);
        Path p = Files.write(dir.resolve("latin.warc"), Warcs.record("response", "https://cafe.example.org/", 
                "application/http; msgtype=response", http));
        Collected c = read(p.toString());
        assertThat(org.attest.ingest.TextDecoder.decode("t", c.sources.get(0).bytes(), MediaTypes.HTML))
                .contains("Caf\u00e9 owners");
    }

    @Test
    void anRssFeedYieldsOneHtmlPagePerEntryWithTitleDateAndLink() throws Exception {
        Path p = Files.writeString(dir.resolve("news.rss"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Feed</title><link>https://feed.example.net/</link>
                <description>d</description>
                <item><title>Nurses in Ilam</title><link>/n/1</link>
                <pubDate>Mon, 06 May 2024 10:00:00 +0000</pubDate>
                <description>&lt;p&gt;Nurses in Ilam held a sit-in on Sunday.&lt;/p&gt;</description></item>
                <item><title>Empty</title><link>https://feed.example.net/n/2</link></item>
                </channel></rss>
                """);
        Collected c = read(p.toString());
        assertThat(c.locations()).containsExactly("https://feed.example.net/n/1");
        assertThat(c.text(0)).contains("<title>Nurses in Ilam</title>", "2024-05-06T10:00:00Z",
                "<p>Nurses in Ilam held a sit-in on Sunday.</p>");
        assertThat(c.failures).singleElement().asString().isEqualTo(p + ": entry 2: no content or description");
    }

    @Test
    void anAtomFeedInAnXmlFileIsFoundByItsContent() throws Exception {
        Path p = Files.writeString(dir.resolve("updates.xml"), """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><id>urn:x</id>
                <updated>2024-02-01T00:00:00Z</updated>
                <entry><title>Miners</title><id>urn:e1</id><link href="https://atom.example.com/e1"/>
                <published>2024-02-01T08:00:00Z</published><updated>2024-02-01T08:00:00Z</updated>
                <content type="html">&lt;p&gt;Miners in Kerman stopped work.&lt;/p&gt;</content></entry>
                </feed>
                """);
        Files.writeString(dir.resolve("sitemap.xml"), "<?xml version=\"1.0\"?><urlset></urlset>");
        assertThat(Sources.expand(List.of(dir.toString()))).containsExactly(p.toString());
        Collected c = read(p.toString());
        assertThat(c.locations()).containsExactly("https://atom.example.com/e1");
        assertThat(c.text(0)).contains("Miners in Kerman stopped work.", "2024-02-01T08:00:00Z");
    }

    @Test
    void aFeedThatIsNotXmlOrXmlThatIsNotAFeedFailsWithOneLine() throws Exception {
        Path rss = Files.writeString(dir.resolve("broken.rss"), "this is { not xml");
        Path xml = Files.writeString(dir.resolve("other.xml"), "<?xml version=\"1.0\"?><urlset></urlset>");
        assertThat(read(rss.toString()).failures).singleElement().asString()
                .startsWith(rss + ": not an RSS or Atom feed (");
        assertThat(read(xml.toString()).failures).singleElement().asString()
                .isEqualTo(xml + ": XML that is not an RSS or Atom feed");
    }

    @Test
    void jsonLinesGiveOneDocumentPerLineAndNameEachBadLine() throws Exception {
        Path p = Files.write(dir.resolve("batch.jsonl"), String.join("\n",
                "{\"text\":\"Farmers in Dezful blocked a road.\",\"url\":\"https://j.example.com/a\",\"title\":\"Road\",\"published\":\"2024-03-02\"}",
                "",
                "{\"html\":\"<p>Shopkeepers in Khoy closed early.</p>\"}",
                "not json",
                "{\"title\":\"no body\"}",
                "{\"text\":\"Plain words about Saveh.\"}",
                "{\"text\":\"x\",\"published\":\"last week\"}",
                "{\"text\":\"" + "y".repeat(1200) + "\"}").getBytes(StandardCharsets.UTF_8));
        Collected c = read(p.toString());
        assertThat(c.locations()).containsExactly("https://j.example.com/a", "file:" + p + "#line=3", "file:" + p + "#line=6");
        assertThat(c.text(0)).contains("<title>Road</title>", "2024-03-02", "<p>Farmers in Dezful blocked a road.</p>");
        assertThat(c.sources.get(1).mediaType()).isEqualTo(MediaTypes.HTML);
        assertThat(c.sources.get(2).mediaType()).isEqualTo(MediaTypes.PLAIN);
        assertThat(c.sites).containsExactly("j.example.com", dir.getFileName().toString(), dir.getFileName().toString());
        assertThat(c.failures).containsExactly(
                p + ": line 4: not JSON (Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false'))",
                p + ": line 5: no \"text\" or \"html\"",
                p + ": line 7: \"published\" is not an ISO date (last week)",
                p + ": line 8: too large (1211 bytes, limit 1000)");
    }

    @Test
    void kindsAreToldByNameThenByContent() throws Exception {
        Path warc = Files.write(dir.resolve("capture"), Warcs.gzip(threePages()));
        Path feed = Files.writeString(dir.resolve("feed"), "<rss version=\"2.0\"><channel></channel></rss>");
        Path jsonl = Files.writeString(dir.resolve("lines"), "{\"text\":\"a\"}\n");
        Path text = Files.writeString(dir.resolve("notes"), "Just words.");
        assertThat(InputKind.of(warc)).isEqualTo(InputKind.WARC);
        assertThat(InputKind.of(feed)).isEqualTo(InputKind.FEED);
        assertThat(InputKind.of(jsonl)).isEqualTo(InputKind.JSONL);
        assertThat(InputKind.of(text)).isEqualTo(InputKind.UNKNOWN);
        assertThat(read(warc.toString()).sources).hasSize(3);
        assertThat(read(text.toString()).sources).singleElement()
                .satisfies(s -> assertThat(s.mediaType()).isEqualTo(MediaTypes.PLAIN));
        // inside a directory only names count: "notes" and "capture" are not picked up
        Files.writeString(dir.resolve("README.txt"), "about this folder");
        Files.writeString(dir.resolve("a.txt"), "words");
        assertThat(Sources.expand(List.of(dir.toString()))).containsExactly(dir.resolve("a.txt").toString());
    }

    @Test
    void aDirectoryGivenAsASymbolicLinkIsReadThroughIt() throws Exception {
        Path real = Files.createDirectories(dir.resolve("reports"));
        Files.writeString(real.resolve("b.html"), "<p>words</p>");
        Path link = Files.createSymbolicLink(dir.resolve("latest"), real);
        assertThat(Sources.expand(List.of(link.toString()))).containsExactly(link.resolve("b.html").toString());
    }
}
