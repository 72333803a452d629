package org.attest.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.AttestException;
import org.attest.gazetteer.Gazetteer;
import org.attest.gazetteer.GeoNamesFixture;
import org.attest.model.PlaceKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CoreNlpBaselineTest {
    private static CoreNlpBaseline baseline;
    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() throws AttestException {
        gazetteer = GeoNamesFixture.gazetteer();
        baseline = CoreNlpBaseline.load(gazetteer, Env.regionIndex());
    }

    @Test
    void countryNamesResolveThroughTheRegionTable() {
        CoreNlpBaseline.Place p = baseline.resolve("France", 0, 6);
        assertThat(p.kind()).isEqualTo(PlaceKind.COUNTRY);
        assertThat(p.country()).isEqualTo("FR");
    }

    @Test
    void townNamesResolveToTheMostPopulousTownOfThatName() {
        CoreNlpBaseline.Place p = baseline.resolve("Paris", 0, 5);
        assertThat(p.kind()).isEqualTo(PlaceKind.CITY);
        assertThat(p.country()).isEqualTo("FR");
        assertThat(p.geonameid()).isEqualTo(2988507L);
    }

    @Test
    void unknownNamesAreDropped() {
        assertThat(baseline.resolve("Qqxzzyville", 0, 11)).isNull();
    }

    @Test
    void findsLocationSpansInRunningText() {
        String text = "Thousands of nurses marched through Madrid on Tuesday, and smaller crowds gathered in Seville.";
        List<CoreNlpBaseline.Place> places = baseline.places(text);
        assertThat(places).extracting(CoreNlpBaseline.Place::surface).contains("Madrid", "Seville");
        CoreNlpBaseline.Place madrid = places.get(0);
        assertThat(text.substring(madrid.start(), madrid.end())).isEqualTo(madrid.surface());
    }
}
