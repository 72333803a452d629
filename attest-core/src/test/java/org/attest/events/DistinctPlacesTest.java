package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.attest.AttestException;
import org.attest.Pipeline;
import org.attest.gazetteer.Admin1Table;
import org.attest.gazetteer.CountryTable;
import org.attest.gazetteer.GeoNamesFixture;
import org.attest.model.Document;
import org.attest.model.Source;
import org.attest.places.RegionIndex;
import org.attest.record.RecordJson;
import org.junit.jupiter.api.Test;

class DistinctPlacesTest {
    private static Document run(String text) throws AttestException {
        Pipeline pipeline = Pipeline.standard(GeoNamesFixture.gazetteer(),
                new RegionIndex(CountryTable.loadDefault(), Admin1Table.loadDefault()));
        return pipeline.process(new Source("t.txt", "test:t.txt", text.getBytes(StandardCharsets.UTF_8), "text/plain"));
    }

    @Test
    void anEventCitesAPlaceNamedTwiceInItsSentenceOnce() throws AttestException {
        Document d = run("Nairobi, March 3, 2025 - Police in Mombasa arrested 14 traders on Monday after a march "
                + "through central Mombasa against the new market levy.");
        JsonNode events = new RecordJson().toJson(d).get("events");
        JsonNode arrest = null;
        for (JsonNode e : events) {
            if (e.get("type").asText().equals("arrest")) {
                arrest = e;
            }
        }
        assertThat(arrest).as("events: %s", events).isNotNull();
        assertThat(d.places().stream().filter(p -> "Mombasa".equals(p.name())).count()).isEqualTo(2);
        long mombasa = d.places().stream().filter(p -> "Mombasa".equals(p.name())).findFirst().orElseThrow().geonameid();
        java.util.List<Long> cited = new java.util.ArrayList<>();
        arrest.get("places").forEach(p -> cited.add(p.asLong()));
        assertThat(cited).containsOnlyOnce(mombasa).doesNotHaveDuplicates();
    }
}
