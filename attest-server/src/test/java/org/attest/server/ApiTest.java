package org.attest.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The JSON API over HTTP: a real server on a free port over a real SQLite store filled through
 * the real pipeline ({@link TestCorpus}). One server has the write token, one has none.
 */
class ApiTest extends LiveServerTest {
    private static List<String> dates(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false).map(e -> e.get("date").asText()).toList();
    }

    @Test
    void eventsAnswerAPageWithTheTotalInDateOrder() {
        JsonNode page = ok("/api/events");

        // five events: a headline that repeats its body gives none of its own
        assertThat(page.get("total").asLong()).isEqualTo(5);
        assertThat(page.get("items")).hasSize(5);
        assertThat(dates(page)).isSorted();
        JsonNode first = page.get("items").get(0);
        assertThat(first.get("type").asText()).isEqualTo("killing");
        assertThat(first.get("document").get("location").asText()).isEqualTo("file:reports/zahedan.txt");
        assertThat(first.get("places").get(0).get("name").asText()).isEqualTo("Zahedan");
    }

    @Test
    void eachFilterNarrowsTheEvents() {
        assertThat(types(ok("/api/events?type=arrest"))).containsExactly("arrest", "arrest");
        assertThat(ok("/api/events?from=2023-03&to=2023-03-31").get("total").asLong()).isEqualTo(2);
        assertThat(dates(ok("/api/events?from=2023-05-04"))).containsExactly("2023-05-04");
        assertThat(ok("/api/events?country=ir").get("total").asLong()).isEqualTo(5);
        assertThat(ok("/api/events?country=FR").get("total").asLong()).isZero();
        assertThat(ok("/api/events?place=zahedan").get("total").asLong()).isEqualTo(1);
        // Zahedan lies at about 60.86 E, 29.50 N
        assertThat(types(ok("/api/events?bbox=60,29,61.5,30"))).containsExactly("killing");
        assertThat(ok("/api/events?bbox=44,25,63.5,40").get("total").asLong()).isEqualTo(5);
        assertThat(types(ok("/api/events?q=" + enc("RIOT police")))).containsExactly("killing");
        assertThat(ok("/api/events?source=news.example.net").get("total").asLong()).isEqualTo(2);
        assertThat(ok("/api/events?source=" + enc("file:reports/zahedan.txt")).get("total").asLong()).isEqualTo(1);
        assertThat(ok("/api/events?check=claimed_vs_listed").get("total").asLong()).isEqualTo(2);
        JsonNode shiraz = ok("/api/events?place=Shiraz").get("items").get(0).get("places").get(0);
        String admin1 = shiraz.get("admin1").asText();
        assertThat(ok("/api/events?admin1=" + enc(admin1)).get("total").asLong()).isEqualTo(2);
        assertThat(ok("/api/events?geonameid=" + shiraz.get("geonameid").asLong()).get("total").asLong()).isEqualTo(2);
    }

    @Test
    void limitOffsetAndSortPageTheEvents() {
        JsonNode page = ok("/api/events?limit=3&offset=2&sort=-date");

        assertThat(page.get("total").asLong()).isEqualTo(5);
        assertThat(page.get("limit").asInt()).isEqualTo(3);
        assertThat(page.get("items")).hasSize(3);
        assertThat(dates(page)).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(dates(page).get(0)).isEqualTo("2023-03-09");
        assertThat(ok("/api/events?sort=id").get("items").get(0).get("document").get("name").asText())
                .isEqualTo("teachers.html");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "type=riot|type",
        "from=2023-13|from",
        "to=yesterday|to",
        "from=2023-05&to=2023-04|from",
        "country=IRN|country",
        "bbox=1,2,3|bbox",
        "bbox=1,2,x,4|bbox",
        "bbox=0,50,10,40|bbox",
        "bbox=0,0,200,10|bbox",
        "limit=0|limit",
        "limit=1001|limit",
        "limit=ten|limit",
        "offset=-1|offset",
        "sort=newest|sort",
        "geonameid=abc|geonameid",
        "colour=red|colour",
        "type=arrest&type=protest|type",
    })
    void aBadFilterIs400NamingTheParameter(String query, String parameter) {
        for (String path : List.of("/api/events?", "/api/stats?", "/api/export.csv?")) {
            if (path.contains("export") && (parameter.equals("limit") || parameter.equals("offset")
                    || parameter.equals("sort"))) {
                continue;
            }
            Http.Answer a = http.get(path + query);
            assertThat(a.status()).as(path + query).isEqualTo(400);
            assertThat(a.json().get("status").asInt()).isEqualTo(400);
            assertThat(a.json().get("error").asText()).as(path + query).contains(parameter);
            assertThat(a.body()).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Test
    void exportsTakeNoPagingParameters() {
        assertThat(http.get("/api/export.jsonl?limit=5").status()).isEqualTo(400);
    }

    @Test
    void oneEventCarriesItsPlacesQuantitiesClaimantEvidenceAndDocument() {
        JsonNode arrest = ok("/api/events?type=arrest&source=news.example.net").get("items").get(0);

        JsonNode e = ok("/api/events/" + arrest.get("id").asLong());

        assertThat(e).isEqualTo(arrest);
        assertThat(e.get("evidence").asText()).startsWith("Security forces arrested 12 teachers in Isfahan");
        assertThat(e.get("claimant").asText()).contains("union");
        assertThat(e.get("quantities").get(0).get("value").asDouble()).isEqualTo(12.0);
        assertThat(e.get("places").get(0).get("name").asText()).isEqualTo("Isfahan");
        assertThat(e.get("document").get("title").asText()).isEqualTo("Teachers rally in two cities");
        assertThat(e.get("document").get("published").asText()).isEqualTo("2023-03-10");
    }

    @Test
    void missingAndMalformedIdsAre404And400() {
        Http.Answer missing = http.get("/api/events/999999");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("error").asText()).isEqualTo("no event 999999");
        assertThat(http.get("/api/events/abc").status()).isEqualTo(400);
        assertThat(http.get("/api/events/abc").json().get("error").asText()).contains("id");
        assertThat(http.get("/api/documents/999999").status()).isEqualTo(404);
        assertThat(http.get("/api/places/999999999").status()).isEqualTo(404);
        assertThat(http.get("/api/places/-3").status()).isEqualTo(400);
        Http.Answer nowhere = http.get("/api/nothing/here");
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(nowhere.json().get("status").asInt()).isEqualTo(404);
    }

    @Test
    void aDocumentHasItsTextAndEverySpanForHighlighting() {
        long id = ok("/api/events?source=news.example.net").get("items").get(0).get("document").get("id").asLong();

        JsonNode d = ok("/api/documents/" + id);

        String text = d.get("text").asText();
        assertThat(d.get("id").asLong()).isEqualTo(id);
        assertThat(text).contains("hundreds of teachers protested").doesNotContain("Copyright the publisher");
        for (String kind : List.of("places", "quantities", "events", "sentences", "dates")) {
            assertThat(d.get(kind)).as(kind).isNotEmpty();
        }
        for (JsonNode p : d.get("places")) {
            assertThat(text.substring(p.get("start").asInt(), p.get("end").asInt())).isEqualTo(p.get("surface").asText());
        }
        for (JsonNode q : d.get("quantities")) {
            assertThat(text.substring(q.get("start").asInt(), q.get("end").asInt())).isEqualTo(q.get("text").asText());
        }
        for (JsonNode e : d.get("events")) {
            assertThat(text.substring(e.get("start").asInt(), e.get("end").asInt())).isEqualTo(e.get("evidence").asText());
            assertThat(e.get("place_indexes")).isNotNull();
        }
        assertThat(d.get("checks").get(0).get("kind").asText()).isEqualTo("claimed_vs_listed");
    }

    @Test
    void checksListWithinDocumentChecksWithTheirDocumentAndCrossDocumentOnes() {
        JsonNode c = ok("/api/checks");

        JsonNode check = c.get("items").get(0);
        assertThat(check.get("kind").asText()).isEqualTo("claimed_vs_listed");
        assertThat(check.get("figures").get("claimed").asInt()).isEqualTo(40);
        assertThat(check.get("evidence")).hasSize(2);
        assertThat(check.get("document").get("name").asText()).isEqualTo("teachers.html");
        assertThat(c.get("cross_document").get(0).get("message").asText()).contains("two publishers");
        assertThat(ok("/api/checks?kind=repeated_names").get("items")).isEmpty();
        assertThat(ok("/api/checks?offset=1").get("items")).isEmpty();
        assertThat(http.get("/api/checks?limit=0").status()).isEqualTo(400);
        assertThat(http.get("/api/checks?type=x").status()).isEqualTo(400);
    }

    @Test
    void statsCountByMonthTypeProvinceAndTimeline() {
        JsonNode s = ok("/api/stats");

        assertThat(s.get("events").asLong()).isEqualTo(5);
        assertThat(s.get("by_month").get("2023-03").asLong()).isEqualTo(2);
        assertThat(s.get("by_month").get("2023-02").asLong()).isEqualTo(1);
        assertThat(s.get("by_type").get("arrest").asLong()).isEqualTo(2);
        assertThat(s.get("by_admin1")).isNotEmpty();
        assertThat(s.get("interval").asText()).isEqualTo("month");
        assertThat(s.get("timeline")).isEqualTo(s.get("by_month"));

        JsonNode days = ok("/api/stats?interval=day&type=killing");
        assertThat(days.get("timeline").get("2023-02-02").asLong()).isEqualTo(1);
        assertThat(days.get("events").asLong()).isEqualTo(1);
        JsonNode weeks = ok("/api/stats?interval=week&from=2023-03");
        // March 8 and 9, 2023 were a Wednesday and a Thursday: the week of Monday March 6
        assertThat(weeks.get("timeline").get("2023-03-06").asLong()).isEqualTo(2);
        assertThat(http.get("/api/stats?interval=year").json().get("error").asText()).contains("interval");
    }

    @Test
    void aPlaceSaysHowOftenItIsCited() {
        JsonNode zahedan = ok("/api/events?place=Zahedan").get("items").get(0).get("places").get(0);

        JsonNode p = ok("/api/places/" + zahedan.get("geonameid").asLong());

        assertThat(p.get("name").asText()).isEqualTo("Zahedan");
        assertThat(p.get("country").asText()).isEqualTo("IR");
        assertThat(p.get("events").asLong()).isEqualTo(1);
        assertThat(p.get("mentions").asLong()).isEqualTo(2);
        assertThat(p.get("documents").asLong()).isEqualTo(1);
        assertThat(p.get("lat").asDouble()).isBetween(29.0, 30.0);
    }

    @Test
    void exportsTakeTheSameFilters() throws Exception {
        Http.Answer csv = http.get("/api/export.csv?type=killing");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body().lines().count()).isEqualTo(1 + 1);
        assertThat(csv.body().lines().findFirst().orElseThrow()).contains("event_date").contains("sub_event_type");

        Http.Answer geo = http.get("/api/export.geojson?country=IR&from=2023-03&to=2023-03");
        assertThat(geo.status()).isEqualTo(200);
        assertThat(geo.json().get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(geo.json().get("features")).isNotEmpty();

        Http.Answer jsonl = http.get("/api/export.jsonl?source=hostile.example.org");
        assertThat(jsonl.status()).isEqualTo(200);
        assertThat(jsonl.body().lines().count()).isEqualTo(2);
        assertThat(http.get("/api/export.geojson?from=soon").status()).isEqualTo(400);
    }

    @Test
    void openApiListsEveryRouteAndEveryParameter() {
        JsonNode spec = ok("/openapi.json");

        assertThat(spec.get("openapi").asText()).startsWith("3.");
        for (String route : Api.ROUTES) {
            String method = route.substring(0, route.indexOf(' ')).toLowerCase(java.util.Locale.ROOT);
            String path = route.substring(route.indexOf(' ') + 1);
            assertThat(spec.get("paths").get(path)).as(route).isNotNull();
            assertThat(spec.get("paths").get(path).get(method)).as(route).isNotNull();
        }
        List<String> documented = new ArrayList<>();
        for (JsonNode p : spec.get("paths").get("/api/events").get("get").get("parameters")) {
            String ref = p.get("$ref").asText();
            documented.add(ref.substring(ref.lastIndexOf('/') + 1));
        }
        List<String> taken = new ArrayList<>(FilterParams.FILTERS);
        taken.addAll(FilterParams.PAGING);
        assertThat(documented).containsExactlyInAnyOrderElementsOf(taken);
        for (String name : documented) {
            assertThat(spec.get("components").get("parameters").get(name)).as(name).isNotNull();
        }
    }

    @Test
    void theUiItsLibrariesAndTheBaseMapAreServedWithAStrictPolicy() {
        Http.Answer index = http.get("/");
        assertThat(index.status()).isEqualTo(200);
        assertThat(index.body()).contains("<title>Attest");
        assertThat(index.header("Content-Security-Policy")).contains("script-src 'self'");
        assertThat(index.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(http.get("/webjars/leaflet/1.9.4/dist/leaflet.js").status()).isEqualTo(200);
        Http.Answer outlines = http.get("/basemap/countries-110m.json");
        assertThat(outlines.status()).isEqualTo(200);
        assertThat(outlines.json().get("type").asText()).isEqualTo("Topology");
        assertThat(ok("/api/config").get("types").toString()).contains("protest");
    }

    @Test
    void everyWriteButPostingADocumentIsRefused() {
        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            Http.Answer a = http.method(method, "/api/events/1");
            assertThat(a.status()).as(method).isEqualTo(405);
            assertThat(a.json().get("error").asText()).contains("read-only");
        }
        assertThat(http.post("/api/events", "application/json", "{}", TestCorpus.TOKEN).status()).isEqualTo(405);
    }
}
