package org.attest.gazetteer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The GeoNames populated places, as compact parallel arrays, with two name indexes: exact keys
 * and transliteration-tolerant skeletons (see {@link NameKeys}). Immutable and safe to share
 * between threads. Built by {@link GazetteerBuilder}, cached and loaded by {@link GazetteerStore}.
 *
 * <p>Index entries are {@code place * 4 + kind}, see {@link #placeOf} and {@link #kindOf}.
 */
public final class Gazetteer {
    /** The place's own name or ASCII name. */
    public static final int PRIMARY = 0;
    /** One of GeoNames' alternate names. */
    public static final int ALTERNATE = 1;
    /** A short form derived by rule ("Anzali" for "Bandar-e Anzali"). */
    public static final int DERIVED = 2;

    final int[] ids;
    final float[] lat;
    final float[] lon;
    final int[] population;
    final short[] country;
    final short[] admin1;
    final short[] featureCode;
    final String[] strings;
    final byte[] names;
    final int[] nameOffsets;
    final byte[] skeletons;
    final int[] skeletonOffsets;
    final KeyTable exact;
    final KeyTable skeleton;
    final KeyTable prefixes;
    /**
     * The columns a candidate's resolution reads for each place (country, admin1, feature code,
     * population, latitude, longitude bits), {@value #ROW} ints per place in one aligned 32-byte
     * row: resolving a common name visits many places at random, and one cache line per place
     * costs a sixth of the misses of six column arrays. Built from the columns on load.
     */
    private final int[] rows;
    private static final int ROW = 8;
    /**
     * The places of each country, in gazetteer order, built on load: a province's seat and a
     * country's spellings are looked for among its own places, where a scan of every place
     * compared each one's country.
     */
    private final Map<String, int[]> byCountry;

    Gazetteer(int[] ids, float[] lat, float[] lon, int[] population, short[] country, short[] admin1,
              short[] featureCode, String[] strings, byte[] names, int[] nameOffsets, byte[] skeletons,
              int[] skeletonOffsets, KeyTable exact, KeyTable skeleton, KeyTable prefixes) {
        this.ids = ids;
        this.lat = lat;
        this.lon = lon;
        this.population = population;
        this.country = country;
        this.admin1 = admin1;
        this.featureCode = featureCode;
        this.strings = strings;
        this.names = names;
        this.nameOffsets = nameOffsets;
        this.skeletons = skeletons;
        this.skeletonOffsets = skeletonOffsets;
        this.exact = exact;
        this.skeleton = skeleton;
        this.prefixes = prefixes;
        this.rows = new int[ids.length * ROW];
        for (int p = 0; p < ids.length; p++) {
            int r = p * ROW;
            rows[r] = country[p];
            rows[r + 1] = admin1[p];
            rows[r + 2] = featureCode[p];
            rows[r + 3] = population[p];
            rows[r + 4] = Float.floatToRawIntBits(lat[p]);
            rows[r + 5] = Float.floatToRawIntBits(lon[p]);
        }
        this.byCountry = byCountry(country, strings);
    }

    private static Map<String, int[]> byCountry(short[] country, String[] strings) {
        int[] count = new int[strings.length];
        for (short c : country) {
            count[c]++;
        }
        int[][] of = new int[strings.length][];
        for (int i = 0; i < strings.length; i++) {
            of[i] = count[i] == 0 ? null : new int[count[i]];
            count[i] = 0;
        }
        for (int p = 0; p < country.length; p++) {
            of[country[p]][count[country[p]]++] = p;
        }
        Map<String, int[]> out = new HashMap<>();
        for (int i = 0; i < strings.length; i++) {
            if (of[i] != null) {
                // a code stored twice: its places together, still in gazetteer order
                out.merge(strings[i], of[i], (a, b) -> {
                    int[] both = Arrays.copyOf(a, a.length + b.length);
                    System.arraycopy(b, 0, both, a.length, b.length);
                    Arrays.sort(both);
                    return both;
                });
            }
        }
        return Map.copyOf(out);
    }

    public int size() {
        return ids.length;
    }

    public static int placeOf(int entry) {
        return entry >>> 2;
    }

    public static int kindOf(int entry) {
        return entry & 3;
    }

    /** Entries whose exact key hashes to {@code hash} ({@link NameKeys#hash} of the exact key). */
    public int[] exact(long hash) {
        return exact.get(hash);
    }

    /** Entries whose skeleton hashes to {@code hash}. */
    public int[] skeleton(long hash) {
        return skeleton.get(hash);
    }

    /** True when some multi-word name starts with the words hashed so far. */
    public boolean isPrefix(long hash) {
        return prefixes.contains(hash);
    }

    public long geonameId(int place) {
        return ids[place];
    }

    /** The GeoNames name, with its accents. */
    public String name(int place) {
        return nameField(place, 0);
    }

    /** The GeoNames ASCII name. */
    public String asciiName(int place) {
        return nameField(place, 1);
    }

    private String nameField(int place, int which) {
        int from = nameOffsets[place * 2 + which];
        int to = nameOffsets[place * 2 + which + 1];
        return new String(names, from, to - from, StandardCharsets.UTF_8);
    }

    /** A Latin spelling of a place's name: letters only, folded, and its skeleton. */
    public record Spelling(String compact, String skeleton) {}

    /** The distinct Latin spellings of all the place's names, for fuzzy matching. */
    public List<Spelling> spellings(int place) {
        int from = skeletonOffsets[place];
        int to = skeletonOffsets[place + 1];
        List<Spelling> out = new ArrayList<>();
        int s = from;
        for (int i = from; i <= to; i++) {
            if (i == to || skeletons[i] == '\n') {
                if (i > s) {
                    String pair = new String(skeletons, s, i - s, StandardCharsets.ISO_8859_1);
                    int tab = pair.indexOf('\t');
                    out.add(new Spelling(pair.substring(0, tab), pair.substring(tab + 1)));
                }
                s = i + 1;
            }
        }
        return out;
    }

    public String country(int place) {
        return strings[rows[place * ROW]];
    }

    public String admin1Code(int place) {
        return strings[rows[place * ROW + 1]];
    }

    public String featureCode(int place) {
        return strings[rows[place * ROW + 2]];
    }

    public double lat(int place) {
        return Float.intBitsToFloat(rows[place * ROW + 4]);
    }

    public double lon(int place) {
        return Float.intBitsToFloat(rows[place * ROW + 5]);
    }

    public long population(int place) {
        return rows[place * ROW + 3] & 0xffffffffL;
    }

    /** The indexes of the places in {@code countryCode}, in gazetteer order. */
    public int[] placesIn(String countryCode) {
        int[] places = countryCode == null ? null : byCountry.get(countryCode);
        return places == null ? new int[0] : places.clone();
    }

    /** The index of the place with this GeoNames id, or -1. Linear: for tests and tools. */
    public int indexOf(long geonameId) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == geonameId) {
                return i;
            }
        }
        return -1;
    }
}
