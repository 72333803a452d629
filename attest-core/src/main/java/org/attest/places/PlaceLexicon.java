package org.attest.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the geoparser consults, read from the resource files of this package:
 * common words that are also place names, given names and titles (persons), organisation words,
 * words that are never places, and place cues ("city of", "province").
 *
 * @param commonWords lower-case common English words that GeoNames also has as place names
 * @param givenNames  lower-case given names (the reviewed list, and common English names generated
 *                    by build/given-names)
 * @param titles      lower-case titles and roles that precede a person's name
 * @param orgWords    lower-case words that make a capitalised sequence an organisation name
 * @param notPlaces   lower-case words never taken for a place on their own
 * @param cuesBefore  place cues that stand before a name ("city of"), word to the kind of place they announce
 * @param cuesAfter   place cues that stand after a name ("province"), word to kind
 * @param worldRegions lower-case names of continents and world regions ("central asia"), which
 *                    no word inside them is a place of
 * @param speechVerbs lower-case verbs after which two capitalised words name a speaker
 * @param facilityWords lower-case organisation words of buildings that a town's name before them
 *                    locates ("Urmia Central Prison" is in Urmia)
 * @param groupNouns  lower-case nouns that make the name before them an armed group's ("Fano militias")
 * @param nameParticles lower-case particles inside personal names ("De" in "Bart De Wever")
 * @param arabicScriptCountries country codes whose towns an Arabic-script text names by their own names
 * @param countyCountries country codes whose first-level divisions are counties ("Kiambu County"
 *                    is a province of Kenya; "Tehran County" is a town's district)
 * @param streetWords lower-case words of squares and streets, which a name after "and" may carry
 *                    as a second place ("in Tehran and Enghelab Square")
 * @param mediaWords  lower-case words after "news" that make the name before them a medium's
 *                    ("the Fars news agency")
 * @param streetNameWords lower-case words that, written in lower case right after a name, make it a
 *                    street's or a square's ("on Paulista avenue": no town Paulista)
 * @param nameQualifiers lower-case words of direction, size or age that may stand before or after a
 *                    place's name ("Downtown Beirut", "Greater Cairo")
 * @param cityTerritories country codes of territories that are one city ("Hong Kong"): their name
 *                    is the city's, as GeoNames lists it among cities
 */
public record PlaceLexicon(WordSet commonWords, WordSet givenNames, WordSet titles,
                           WordSet orgWords, WordSet notPlaces, Map<String, String> cuesBefore,
                           Map<String, String> cuesAfter, WordSet worldRegions,
                           WordSet speechVerbs, WordSet facilityWords, WordSet groupNouns,
                           WordSet nameParticles, Set<String> arabicScriptCountries,
                           Set<String> countyCountries, WordSet streetWords, WordSet mediaWords,
                           WordSet streetNameWords, WordSet nameQualifiers,
                           Set<String> cityTerritories) {

    /** "city" before a name, "province" after it, and what kind of place it announces. */
    public record Cue(String word, boolean before, String kind) {}

    public PlaceLexicon {
        cuesBefore = Map.copyOf(cuesBefore);
        cuesAfter = Map.copyOf(cuesAfter);
        arabicScriptCountries = Set.copyOf(arabicScriptCountries);
        countyCountries = Set.copyOf(countyCountries);
        cityTerritories = Set.copyOf(cityTerritories);
    }

    /** Loads the bundled lists. */
    public static PlaceLexicon load() {
        Map<String, String> before = new HashMap<>();
        Map<String, String> after = new HashMap<>();
        for (String line : lines("place-cues.txt")) {
            String[] f = line.split("\t");
            Cue cue = new Cue(f[0], f[1].equals("before"), f[2]);
            (cue.before() ? before : after).putIfAbsent(cue.word(), cue.kind()); // the first line of a word wins
        }
        Set<String> givenNames = new HashSet<>(lines("given-names.txt"));
        givenNames.addAll(lines("given-names-en.txt"));
        return new PlaceLexicon(WordSet.of(new HashSet<>(lines("common-words.txt"))), WordSet.of(givenNames),
                WordSet.of(new HashSet<>(lines("titles.txt"))), WordSet.of(new HashSet<>(lines("org-words.txt"))),
                WordSet.of(new HashSet<>(lines("not-places.txt"))), before, after, WordSet.of(new HashSet<>(lines("world-regions.txt"))),
                WordSet.of(new HashSet<>(lines("speech-verbs.txt"))), WordSet.of(new HashSet<>(lines("facility-words.txt"))),
                WordSet.of(new HashSet<>(lines("group-nouns.txt"))), WordSet.of(new HashSet<>(lines("name-particles.txt"))),
                new HashSet<>(lines("arabic-script-countries.txt")), new HashSet<>(lines("county-countries.txt")),
                WordSet.of(new HashSet<>(lines("street-words.txt"))), WordSet.of(new HashSet<>(lines("media-words.txt"))),
                WordSet.of(new HashSet<>(lines("street-name-words.txt"))), WordSet.of(new HashSet<>(lines("name-qualifiers.txt"))),
                new HashSet<>(lines("city-territories.txt")));
    }

    /** The non-comment, non-blank lines of a resource of this package, trimmed. */
    static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = PlaceLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The cue word that announces a place of this kind on the given side, if {@code word} is one. */
    public String cueKind(String lowerWord, boolean before) {
        return (before ? cuesBefore : cuesAfter).get(lowerWord);
    }
}
