package org.attest.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The scorer follows output-schema.md exactly, as the referee's script does. */
class ScorerTest {
    private final ObjectMapper json = new ObjectMapper();

    private JsonNode read(String s) throws Exception {
        return json.readTree(s.replace('\'', '"'));
    }

    @Test
    void goldTextWithANarrowNoBreakSpaceStillFindsItsSpan() throws Exception {
        // regression: the gold wrote U+202F between words; Java's plain \s does not see it
        JsonNode gold = read("{'quantities': [{'text': 'more than\u202f500', 'value': 500, 'qualifier': 'more_than'}]}");
        JsonNode rec = read("{'text': 'Deaths: more than 500 so far.', 'quantities': [{'start': 8, 'end': 21,"
                + " 'value': 500.0, 'qualifier': 'more_than'}]}");
        Scorer.Counts c = Scorer.quantities(rec, gold);
        assertThat(c.tp()).isEqualTo(1);
        assertThat(c.fp()).isZero();
    }

    @Test
    void aQuantityWithTheWrongQualifierDoesNotMatch() throws Exception {
        JsonNode gold = read("{'quantities': [{'text': 'about 300', 'value': 300, 'qualifier': 'about'}]}");
        JsonNode rec = read("{'text': 'about 300 came', 'quantities': [{'start': 0, 'end': 9, 'value': 300.0, 'qualifier': 'exact'}]}");
        assertThat(Scorer.quantities(rec, gold).tp()).isZero();
    }

    @Test
    void placesMatchByIdAndAWrongPlaceSpelledTwoWaysIsOneFalsePositive() throws Exception {
        JsonNode gold = read("{'places': [{'kind': 'city', 'geonameid': 112931, 'name': 'Tehran', 'surface': 'Tehran'}]}");
        JsonNode rec = read("{'places': [{'kind': 'city', 'geonameid': 112931, 'name': 'Tehran', 'surface': 'Tehran'},"
                + " {'kind': 'city', 'geonameid': 418863, 'name': 'Isfahan', 'surface': 'Esfahan'},"
                + " {'kind': 'city', 'geonameid': 418863, 'name': 'Isfahan', 'surface': 'Isfahan'}]}");
        Scorer.Counts c = Scorer.places(rec, gold);
        assertThat(c.tp()).isEqualTo(1);
        assertThat(c.fp()).isEqualTo(1);
        assertThat(c.fn()).isZero();
    }

    @Test
    void anEventNeedsTheGoldDateToItsPrecision() throws Exception {
        JsonNode gold = read("{'events': [{'type': 'protest', 'date': '2021-05', 'evidence': 'Crowds marched.'}]}");
        JsonNode good = read("{'text': 'Crowds marched.', 'events': [{'type': 'protest', 'date': '2021-05-18', 'start': 0, 'end': 15}]}");
        JsonNode bad = read("{'text': 'Crowds marched.', 'events': [{'type': 'protest', 'date': '2021', 'start': 0, 'end': 15}]}");
        assertThat(Scorer.events(good, gold).tp()).isEqualTo(1);
        assertThat(Scorer.events(bad, gold).tp()).isZero();
    }
}
