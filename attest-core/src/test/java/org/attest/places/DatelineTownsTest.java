package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.places.GeoparserFixture.parse;

import org.attest.model.PlaceMention;
import org.junit.jupiter.api.Test;

/**
 * A short capitalised town opening a wire dateline ("ROME, Aug. 2 -", "KIEV (AP) -") is the town,
 * though it has an acronym's shape; the same shape inside a sentence stays an acronym. Sentences of
 * our own.
 */
class DatelineTownsTest {

    @Test
    void aShortTownOpeningADatelineIsATown() {
        assertThat(parse("ROME, Aug. 2 - Dockers walked out at the port on Monday.").places())
                .extracting(PlaceMention::geonameid).containsExactly(3169070L);
        assertThat(parse("KIEV (Wire) - Dockers walked out at the port on Monday.").places())
                .extracting(PlaceMention::geonameid).containsExactly(703448L);
    }

    @Test
    void theSameShapeInsideASentenceIsAnAcronym() {
        assertThat(parse("Dockers said ROME, the port union, backed the strike.").places()).isEmpty();
    }
}
