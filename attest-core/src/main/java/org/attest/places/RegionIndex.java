package org.attest.places;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attest.gazetteer.Admin1Table;
import org.attest.gazetteer.CountryTable;
import org.attest.gazetteer.NameKeys;
import org.attest.model.PlaceKind;

/**
 * Countries and provinces by the exact keys of their names and aliases (see {@link NameKeys}),
 * and the names of admin1 codes for the places the gazetteer resolves.
 * The keys are kept as sorted arrays: the geoparser asks for every capitalised word, and a
 * binary search in a few thousand longs costs less than boxing the key for a hash map.
 */
public final class RegionIndex {
    /** The name keys in ascending order, and the regions of each. */
    private final long[] keys;
    private final List<List<Region>> regionsByKey;
    /** The keys of the leading words of names of two or more words, in ascending order. */
    private final long[] prefixes;
    private final Map<String, String> admin1Names = new HashMap<>();
    private final Map<String, String> countryNames = new HashMap<>();
    private final Map<String, Integer> provinceCounts = new HashMap<>();
    private final Map<String, List<String>> provinceNames = new HashMap<>();
    /** Folded demonyms and their country ({@link #SHARED} for a demonym several countries share). */
    private final Map<String, String> demonyms = new HashMap<>();
    /** {@link #demonyms}' words, asked about words of a text ({@link #isDemonym(Tokens, int)}). */
    private final WordSet demonymWords;

    public RegionIndex(CountryTable countries, Admin1Table admin1) {
        Map<Long, List<Region>> byKey = new HashMap<>();
        Set<Long> prefixKeys = new HashSet<>();
        for (org.attest.gazetteer.Country c : countries.all()) {
            Region r = new Region(PlaceKind.COUNTRY, c.iso2(), null, c.name(), c.lat(), c.lon());
            countryNames.put(c.iso2(), c.name());
            add(c.name(), r, byKey, prefixKeys);
            c.aliases().forEach(a -> add(a, r, byKey, prefixKeys));
            c.demonyms().forEach(d -> demonyms.merge(NameKeys.fold(d), c.iso2(), (a, b) -> a.equals(b) ? a : SHARED));
        }
        for (org.attest.gazetteer.Admin1 a : admin1.all()) {
            Region r = new Region(PlaceKind.PROVINCE, a.country(), a.code(), a.name(), null, null);
            admin1Names.put(a.country() + "." + a.code(), a.name());
            provinceCounts.merge(a.country(), 1, Integer::sum);
            provinceNames.computeIfAbsent(a.country(), k -> new ArrayList<>()).add(a.name());
            add(a.name(), r, byKey, prefixKeys);
            a.aliases().forEach(al -> add(al, r, byKey, prefixKeys));
            withoutArticle(a.name(), r, byKey, prefixKeys);
            a.aliases().forEach(al -> withoutArticle(al, r, byKey, prefixKeys));
            if (a.name().endsWith(STATE) && a.name().length() - STATE.length() >= MIN_BARE_NAME) {
                // "Kayin State" is written "Kayin state" too, which a run of capitalised words
                // reads as "Kayin": the bare name, with the cue after it, is the province
                add(a.name().substring(0, a.name().length() - STATE.length()), r, byKey, prefixKeys);
            }
        }
        this.keys = byKey.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        this.regionsByKey = Arrays.stream(keys).mapToObj(byKey::get).toList();
        this.prefixes = prefixKeys.stream().mapToLong(Long::longValue).sorted().toArray();
        this.demonymWords = WordSet.of(demonyms.keySet());
    }

    private static final String STATE = " State";
    /** Shorter bare names ("Mon", "Chin", "Oro") are words of their own. */
    private static final int MIN_BARE_NAME = 5;

    /** Arabic articles that open a division's name: "Al Anbar" is written "Anbar" as often. */
    private static final Set<String> ARTICLES = Set.of("al", "el", "ar", "as", "ash", "ad", "at", "az");

    /** Indexes "Al Muthanna", "Al-Anbar" also as "Muthanna", "Anbar", when the rest is a name of its own length. */
    private static void withoutArticle(String name, Region r, Map<Long, List<Region>> byKey, Set<Long> prefixes) {
        List<String> tokens = NameKeys.tokens(NameKeys.fold(name));
        if (tokens.size() >= 2 && ARTICLES.contains(tokens.get(0))
                && String.join("", tokens.subList(1, tokens.size())).length() >= MIN_BARE_NAME) {
            add(tokens.subList(1, tokens.size()), r, byKey, prefixes);
        }
    }

    private static void add(String name, Region r, Map<Long, List<Region>> byKey, Set<Long> prefixes) {
        List<String> tokens = NameKeys.tokens(NameKeys.fold(name));
        if (!tokens.isEmpty()) {
            add(tokens, r, byKey, prefixes);
        }
    }

    private static void add(List<String> tokens, Region r, Map<Long, List<Region>> byKey, Set<Long> prefixes) {
        List<Region> list = byKey.computeIfAbsent(NameKeys.hash(NameKeys.exactKey(tokens)), k -> new ArrayList<>());
        if (!list.contains(r)) {
            list.add(r);
        }
        for (int n = 1; n < tokens.size(); n++) {
            prefixes.add(NameKeys.hash(NameKeys.exactKey(tokens.subList(0, n))));
        }
    }

    /** The regions whose name or alias has this exact-key hash. */
    public List<Region> lookup(long hash) {
        int at = Arrays.binarySearch(keys, hash);
        return at >= 0 ? regionsByKey.get(at) : List.of();
    }

    public boolean isPrefix(long hash) {
        return Arrays.binarySearch(prefixes, hash) >= 0;
    }

    /** The name of a first-order division, or {@code null} when the table lacks it. */
    public String admin1Name(String country, String admin1Code) {
        return admin1Names.get(country + "." + admin1Code);
    }

    public String countryName(String iso2) {
        return countryNames.get(iso2);
    }

    /** True for a folded demonym such as "iranian" or "french": an adjective, not a place. */
    public boolean isDemonym(String folded) {
        return demonyms.containsKey(folded);
    }

    /** {@code isDemonym(t.folded(i))}, without folding a word all in ASCII (see {@link WordSet#has}). */
    boolean isDemonym(Tokens t, int i) {
        return demonymWords.has(t, i);
    }

    /** The country of a folded demonym ("syrian": SY), or {@code null} when none or several have it. */
    public String demonymCountry(String folded) {
        String cc = demonyms.get(folded);
        return cc == null || cc.equals(SHARED) ? null : cc;
    }

    /** A demonym's country when several countries share it. */
    private static final String SHARED = "";

    /** How many first-order divisions the table knows for a country. */
    public int provinceCount(String iso2) {
        return provinceCounts.getOrDefault(iso2, 0);
    }

    /** The names of a country's first-order divisions, in table order; empty when unknown. */
    public List<String> provinceNames(String iso2) {
        return List.copyOf(provinceNames.getOrDefault(iso2, List.of()));
    }
}
