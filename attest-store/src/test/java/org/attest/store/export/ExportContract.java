package org.attest.store.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.attest.store.EventFilter;
import org.attest.store.Fixtures;
import org.attest.store.Store;
import org.junit.jupiter.api.Test;

/** The three exports read back; mixed into the store contract so they run on both stores. */
public interface ExportContract {
    Store fresh() throws Exception;

    Map<String, AcledType> ACLED = Map.of(
            "protest", new AcledType("Demonstrations", "Protests", "Peaceful protest"),
            "arrest", new AcledType("Strategic developments", "Strategic developments", "Arrests"),
            "killing", new AcledType("Political violence", "Violence against civilians", "Attack"));

    private Store twoReports() throws Exception {
        Store store = fresh();
        store.put(Fixtures.mayReport(), "example.org");
        store.put(Fixtures.autumnReport(), "corpus");
        return store;
    }

    @Test
    default void csvHasAcledsColumnsThenAttestsAndOneRowPerEventAndPlace() throws Exception {
        Store store = twoReports();
        StringWriter out = new StringWriter();

        long rows = new CsvExporter(ACLED).export(store, EventFilter.all().withPage(1, 0), out);

        List<List<String>> csv = RfcCsv.parse(out.toString());
        assertThat(csv.get(0)).containsExactly("event_id_cnty", "event_date", "year", "time_precision",
                "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
                "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
                "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
                "notes", "fatalities", "tags", "timestamp", "claimant", "evidence", "quantities", "document_url");
        // protest: 2 places; arrest, killing, rally: 1; statement: none, still one row
        assertThat(rows).isEqualTo(6);
        assertThat(csv).hasSize(7).allSatisfy(r -> assertThat(r).hasSize(35));
        assertThat(out.toString()).contains("\r\n");

        Map<String, String> shiraz = RfcCsv.row(csv, r -> r.get(21).equals("Shiraz"));
        assertThat(shiraz).containsEntry("event_date", "2021-05-14").containsEntry("year", "2021")
                .containsEntry("time_precision", "1").containsEntry("disorder_type", "Demonstrations")
                .containsEntry("event_type", "Protests").containsEntry("sub_event_type", "Peaceful protest")
                .containsEntry("actor1", "Protesters").containsEntry("assoc_actor_1", "Resistance Units")
                .containsEntry("iso", "364").containsEntry("country", "Iran").containsEntry("admin1", "Fars")
                .containsEntry("latitude", "29.6104").containsEntry("longitude", "52.5311")
                .containsEntry("geo_precision", "1").containsEntry("source", "example.org")
                .containsEntry("claimant", "PMOI/MEK")
                .containsEntry("quantities", "Over 310 areas [more_than 310 areas]")
                .containsEntry("document_url", "https://example.org/news/may");
        assertThat(shiraz.get("event_id_cnty")).matches("IR\\d+-1");
        assertThat(shiraz.get("timestamp")).matches("\\d{10}");

        Map<String, String> arrest = RfcCsv.row(csv, r -> r.get(21).equals("Tabriz"));
        assertThat(arrest).containsEntry("event_date", "2021-05-15").containsEntry("time_precision", "3")
                .containsEntry("sub_event_type", "Arrests");
        assertThat(arrest.get("event_id_cnty")).matches("IR\\d+");

        Map<String, String> rally = RfcCsv.row(csv, r -> r.get(21).equals("Paris"));
        assertThat(rally).containsEntry("iso", "250").containsEntry("event_type", "")
                .containsEntry("evidence", "Thousands rallied in Paris, France, in October, \"in solidarity\".");

        Map<String, String> statement = RfcCsv.row(csv, r -> r.get(32).contains("witness"));
        assertThat(statement).containsEntry("location", "").containsEntry("event_date", "")
                .containsEntry("claimant", "a witness");
        assertThat(statement.get("event_id_cnty")).matches("XX\\d+");
    }

    @Test
    default void csvExportTakesTheFilter() throws Exception {
        Store store = twoReports();
        StringWriter out = new StringWriter();

        long rows = new CsvExporter(Map.of()).export(store, EventFilter.all().withArea("FR", null), out);

        assertThat(rows).isEqualTo(1);
        assertThat(RfcCsv.parse(out.toString())).hasSize(2);
    }

    @Test
    default void geoJsonIsAFeatureCollectionWithLonLatPoints() throws Exception {
        Store store = twoReports();
        StringWriter out = new StringWriter();

        long features = new GeoJsonExporter().export(store, EventFilter.all(), out);

        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(root.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(root.get("features")).hasSize(6);
        assertThat(features).isEqualTo(6);
        JsonNode zahedan = null;
        for (JsonNode f : root.get("features")) {
            assertThat(f.get("type").asText()).isEqualTo("Feature");
            if ("Zahedan".equals(f.get("properties").get("place").asText())) {
                zahedan = f;
            }
        }
        assertThat(zahedan).isNotNull();
        assertThat(zahedan.get("geometry").get("type").asText()).isEqualTo("Point");
        assertThat(zahedan.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(60.8629);
        assertThat(zahedan.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(29.4963);
        JsonNode props = zahedan.get("properties");
        assertThat(props.get("type").asText()).isEqualTo("killing");
        assertThat(props.get("date").asText()).isEqualTo("2022-09-30");
        assertThat(props.get("date_precision").asText()).isEqualTo("day");
        assertThat(props.get("admin1").asText()).isEqualTo("Sistan and Baluchestan");
        assertThat(props.get("country").asText()).isEqualTo("IR");
        assertThat(props.get("document_url").asText()).isEqualTo("file:corpus/autumn.txt");
        assertThat(props.get("evidence").asText()).startsWith("Security forces killed 66 people");
        assertThat(props.get("event_id").isIntegralNumber()).isTrue();
    }

    @Test
    default void jsonlIsOneEventPerLineWithPlacesQuantitiesAndDocument() throws Exception {
        Store store = twoReports();
        StringWriter out = new StringWriter();

        long n = new JsonlExporter().export(store, EventFilter.all().withType("protest"), out);

        assertThat(n).isEqualTo(1);
        assertThat(out.toString()).endsWith("\n");
        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(1);
        JsonNode e = new ObjectMapper().readTree(lines[0]);
        assertThat(e.get("type").asText()).isEqualTo("protest");
        assertThat(e.get("places")).hasSize(2);
        assertThat(e.get("places").get(0).get("geonameid").asLong()).isEqualTo(Fixtures.SHIRAZ);
        assertThat(e.get("quantities").get(0).get("qualifier").asText()).isEqualTo("more_than");
        assertThat(e.get("quantities").get(0).get("value").asDouble()).isEqualTo(310);
        assertThat(e.get("document").get("url").asText()).isEqualTo("https://example.org/news/may");
        assertThat(e.get("evidence").asText()).isEqualTo(
                Fixtures.MAY_TEXT.substring(e.get("start").asInt(), e.get("end").asInt()));
        assertThat(e.get("actors").get(1).asText()).isEqualTo("Resistance Units");
    }
}
