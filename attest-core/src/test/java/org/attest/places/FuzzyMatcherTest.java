package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.attest.gazetteer.Gazetteer;
import org.attest.gazetteer.GeoNamesFixture;
import org.attest.gazetteer.NameKeys;
import org.junit.jupiter.api.Test;

class FuzzyMatcherTest {
    @Test
    void findsAOneLetterSlipInALongName() {
        Gazetteer g = GeoNamesFixture.gazetteer();
        int[] hits = new FuzzyMatcher(g).match(List.of("villepint"), List.of("FR"));
        List<String> names = new ArrayList<>();
        for (int e : hits) {
            names.add(g.asciiName(Gazetteer.placeOf(e)));
        }
        assertThat(names).contains("Villepinte");
    }

    @Test
    void shortNamesAreNeverMatchedLoosely() {
        assertThat(new FuzzyMatcher(GeoNamesFixture.gazetteer()).match(List.of("lyom"), List.of("FR"))).isEmpty();
    }

    /** The bucketed lookup must give exactly what a scan of every spelling of the country gives. */
    @Test
    void bucketedLookupAgreesWithAFullScan() {
        Gazetteer g = GeoNamesFixture.gazetteer();
        FuzzyMatcher fuzzy = new FuzzyMatcher(g);
        Random r = new Random(5);
        for (String cc : List.of("IR", "FR", "US")) {
            int[] places = g.placesIn(cc);
            for (int i = 0; i < 60; i++) {
                String name = g.spellings(places[r.nextInt(places.length)]).get(0).compact();
                String query = slip(name, r);
                List<String> words = NameKeys.tokens(query);
                assertThat(fuzzy.match(words, List.of(cc))).as(query + " in " + cc)
                        .containsExactly(fullScan(g, words, cc));
            }
        }
    }

    /** The answers kept across documents are what a fresh search gives, asked again and in other countries. */
    @Test
    void closestAskedAgainGivesWhatAFreshSearchGives() {
        Gazetteer g = GeoNamesFixture.gazetteer();
        FuzzyMatcher shared = new FuzzyMatcher(g);
        Random r = new Random(11);
        List<List<String>> questions = new ArrayList<>();
        for (String cc : List.of("IR", "FR", "US")) {
            int[] places = g.placesIn(cc);
            for (int i = 0; i < 40; i++) {
                List<Gazetteer.Spelling> spellings = g.spellings(places[r.nextInt(places.length)]);
                if (!spellings.isEmpty()) {
                    questions.add(NameKeys.tokens(slip(spellings.get(0).compact(), r)));
                }
            }
            questions.add(List.of("batac")); // a name GeoNames spells with "City"
            questions.add(List.of("villepint"));
        }
        assertThat(questions).hasSizeGreaterThan(60);
        for (int round = 0; round < 2; round++) {
            for (List<String> words : questions) {
                for (List<String> countries : List.of(List.of("IR"), List.of("FR", "US"), List.of("US", "FR"))) {
                    FuzzyMatcher fresh = new FuzzyMatcher(g);
                    int[] city = fresh.withCity(words, countries);
                    int[] expected = city.length > 0 ? city : fresh.match(words, countries);
                    assertThat(shared.closest(words, countries)).as(words + " in " + countries).containsExactly(expected);
                }
            }
        }
    }

    private static String slip(String name, Random r) {
        if (name.length() < 3) {
            return name + "ab";
        }
        int at = r.nextInt(name.length());
        return switch (r.nextInt(3)) {
            case 0 -> name.substring(0, at) + name.substring(at + 1);
            case 1 -> name.substring(0, at) + (char) ('a' + r.nextInt(26)) + name.substring(at);
            default -> name.substring(0, at) + (char) ('a' + r.nextInt(26)) + name.substring(at + 1);
        };
    }

    /** The matcher's rule, applied to every spelling in gazetteer order. */
    private static int[] fullScan(Gazetteer g, List<String> words, String cc) {
        String compact = String.join("", words);
        String skeleton = NameKeys.skeleton(words);
        if (compact.length() < 6) {
            return new int[0];
        }
        List<Integer> out = new ArrayList<>();
        int best = 3;
        for (int p : g.placesIn(cc)) {
            for (Gazetteer.Spelling sp : g.spellings(p)) {
                if (sp.compact().length() < 6 || sp.compact().charAt(0) != compact.charAt(0)) {
                    continue;
                }
                int letters = NameKeys.boundedDistance(sp.compact(), compact, 2);
                boolean close = letters <= 1 || (letters == 2 && compact.length() >= 12
                        && NameKeys.boundedDistance(sp.skeleton(), skeleton, 1) <= 1);
                if (!close || letters > best) {
                    continue;
                }
                if (letters < best) {
                    out.clear();
                    best = letters;
                }
                int entry = p * 4 + Gazetteer.ALTERNATE;
                if (!out.contains(entry)) {
                    out.add(entry);
                }
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
