package org.attest.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.attest.AttestException;
import org.attest.Pipeline;
import org.attest.gazetteer.Admin1Table;
import org.attest.gazetteer.CountryTable;
import org.attest.gazetteer.GeoNamesFixture;
import org.attest.model.Check;
import org.attest.model.Document;
import org.attest.model.Source;
import org.attest.model.Span;
import org.attest.places.RegionIndex;
import org.attest.store.Store;

/**
 * A SQLite store filled through the real pipeline (real GeoNames) with the invented reports in
 * {@code docs/}: teachers protesting and arrested in Isfahan (March 2023), killings in Zahedan
 * (February 2023), and a hostile page whose text carries script, onerror and javascript: payloads
 * (Shiraz, May 2023). The teachers' report also gets a check written here, so that the check
 * filters have a known target whatever the checks stage finds, and the store one cross-document check.
 */
final class TestCorpus {
    static final String TOKEN = "test-token-7f3a";
    /** The global the hostile document's payloads would set if any of them ran. */
    static final String PWNED = "__attestPwned";

    private static Pipeline pipeline;

    private TestCorpus() {}

    static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = Pipeline.standard(GeoNamesFixture.gazetteer(),
                    new RegionIndex(CountryTable.loadDefault(), Admin1Table.loadDefault()));
        }
        return pipeline;
    }

    /** Opens a fresh store in {@code dir} and ingests the three reports. */
    static Store fill(Path dir) throws AttestException {
        Store store = Store.open(dir.resolve("api.db").toString());
        Document teachers = extract("teachers.html", "https://news.example.net/2023/teachers", "text/html");
        String t = teachers.text();
        int schools = t.indexOf("40 schools");
        int cities = t.indexOf("two cities");
        teachers = teachers.withChecks(List.of(new Check("claimed_vs_listed",
                Map.of("claimed", 40, "listed", 2), "40 schools claimed closed, 2 cities named",
                List.of(new Span(schools, schools + "40 schools".length()), new Span(cities, cities + "two cities".length())))));
        store.put(teachers, "news.example.net");
        store.put(extract("zahedan.txt", "file:reports/zahedan.txt", "text/plain"), "reports");
        store.put(extract("hostile.html", "https://hostile.example.org/march", "text/html"), "hostile.example.org");
        store.replaceChecks(List.of(new Check("same_figure", Map.of("copies", 2, "figure", 12),
                "12 arrests reported by two publishers", List.of())));
        return store;
    }

    static Document extract(String name, String location, String mediaType) throws AttestException {
        return pipeline().process(new Source(name, location, bytes(name), mediaType));
    }

    static byte[] bytes(String name) {
        try (InputStream in = TestCorpus.class.getResourceAsStream("docs/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
