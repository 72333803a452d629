package org.attest.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    static final long BANDAR_ABBAS = 141681;
    static final long BUSHEHR = 139817;
    static final long TONEKABON = 112656;
    static final long VILLEPINTE_SEINE_SAINT_DENIS = 2968482;

    private static List<Long> ids(Gazetteer g, int[] entries) {
        return Arrays.stream(entries).mapToObj(e -> g.geonameId(Gazetteer.placeOf(e))).collect(Collectors.toList());
    }

    @Test
    void holdsEveryPopulatedPlaceOfCities500() {
        assertThat(GeoNamesFixture.gazetteer().size()).isGreaterThan(199_000);
    }

    @Test
    void exactKeyFindsPrimaryAndAlternateNames() {
        Gazetteer g = GeoNamesFixture.gazetteer();
        assertThat(ids(g, g.exact(NameKeys.hash(NameKeys.exactKey("Bandar Abbas"))))).contains(BANDAR_ABBAS);
        assertThat(ids(g, g.exact(NameKeys.hash(NameKeys.exactKey("Bouchehr"))))).contains(BUSHEHR);
        // an old name kept as an alternate
        assertThat(ids(g, g.exact(NameKeys.hash(NameKeys.exactKey("Shahsawar"))))).contains(TONEKABON);
    }

    @Test
    void multiWordNamesAnnounceTheirPrefixes() {
        Gazetteer g = GeoNamesFixture.gazetteer();
        assertThat(g.isPrefix(NameKeys.hash("bandar"))).isTrue();
        assertThat(g.isPrefix(NameKeys.hash("zzqx"))).isFalse();
    }

    @Test
    void skeletonMeetsTransliterationVariants() {
        Gazetteer g = GeoNamesFixture.gazetteer();
        assertThat(ids(g, g.skeleton(NameKeys.hash(NameKeys.skeleton("Bandar-e Abas"))))).contains(BANDAR_ABBAS);
        assertThat(ids(g, g.skeleton(NameKeys.hash(NameKeys.skeleton("Boushehr"))))).contains(BUSHEHR);
    }

    @Test
    void placeFieldsComeFromTheirColumns() {
        Gazetteer g = GeoNamesFixture.gazetteer();
        int i = g.indexOf(VILLEPINTE_SEINE_SAINT_DENIS);
        assertThat(g.country(i)).isEqualTo("FR");
        assertThat(g.asciiName(i)).isEqualTo("Villepinte");
        assertThat(g.lat(i)).isBetween(48.9, 49.0);
        assertThat(g.featureCode(i)).startsWith("PPL");
    }

    @Test
    void placesOfACountryAreItsOwnInGazetteerOrder() {
        Gazetteer g = GeoNamesFixture.gazetteer();
        int[] french = g.placesIn("FR");
        assertThat(french).isSorted().contains(g.indexOf(VILLEPINTE_SEINE_SAINT_DENIS));
        assertThat(Arrays.stream(french).allMatch(p -> g.country(p).equals("FR"))).isTrue();
        long all = java.util.stream.IntStream.range(0, g.size()).filter(p -> g.country(p).equals("FR")).count();
        assertThat(french).hasSize((int) all);
        french[0] = -1; // the caller's own copy
        assertThat(g.placesIn("FR")[0]).isNotNegative();
        assertThat(g.placesIn("ZZ")).isEmpty();
        assertThat(g.placesIn(null)).isEmpty();
    }
}
