package org.attest.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.attest.gazetteer.Gazetteer;
import org.attest.gazetteer.NameKeys;

/**
 * One-letter slips in long names ("Birjan" for Birjand, "Villepint" for Villepinte), searched
 * only among the places of the countries a document is about, and only where the context says a
 * place stands there (a list of places, "in X"). A spelling matches when its letters are one edit
 * away, or, in a long name, when its skeleton is one edit away and its letters two; the closest
 * letters win.
 * Per-country spelling lists are computed on first use and memoised: a cache of a pure function,
 * so the geoparser stays a pure stage. They are bucketed by first letter and length, so a lookup
 * reads only the spellings that can be two edits away or closer (a scan of every spelling of a
 * large country cost a third of the places stage); the closest are then put in gazetteer order,
 * so the result is the same as that of the full scan (sorting every candidate first cost more than
 * comparing them).
 */
final class FuzzyMatcher {
    private static final int MIN_LENGTH = 6;
    /** Two slips are tolerated only in names at least this long ("Hastpar Tavalesh"). */
    private static final int LONG_NAME = 12;

    private final Gazetteer gazetteer;
    /** One spelling of a place, and its position in the country's gazetteer-ordered list. */
    private record Row(Gazetteer.Spelling spelling, int place, int order, int letters) {}
    /** A close spelling and the position of its country in the caller's list. */
    private record Hit(int country, Row row) {}

    private final ConcurrentHashMap<String, Buckets> byCountry = new ConcurrentHashMap<>();

    /**
     * Slots of {@link #slips}, as a power of two: 32,768 questions, a few megabytes of answers at
     * most (a question and its answer are some 150 bytes). The bench corpus asks some 12,000
     * distinct questions in one pass over its 3,341 documents: in 8,192 slots most of them shared
     * a slot with another and pushed each other out.
     */
    private static final int SLIP_BITS = 15;

    /** The answer of {@link #closest} to one question, with the question itself, compared on a hit. */
    private record Slip(long key, String words, List<String> countries, int[] entries) {}

    /**
     * Answers of {@link #closest} across documents: reports name the same unknown towns again and
     * again, and each search reads some 700 spellings. Bounded by its slots ({@link SharedMemo}:
     * thread-safe, a later question may replace an earlier one); a pure function's cache, so the
     * answers do not depend on what it holds.
     */
    private final SharedMemo<Slip> slips = new SharedMemo<>(SLIP_BITS, Slip::key);

    /**
     * The rows of one first letter and length: their letter masks and their letters (ISO-8859-1,
     * as the gazetteer stores them, one row after another) apart in arrays of their own, so the
     * mask filter and the edit distance read memory in a row instead of following each row to its
     * spelling and its string (a question reads some 700 rows; three loads a row missed the
     * cache). Immutable once built.
     */
    private record Bucket(Row[] rows, int[] masks, byte[] letters, int length) {
        static Bucket of(List<Row> list, int length) {
            Row[] rows = list.toArray(Row[]::new);
            int[] masks = new int[rows.length];
            byte[] letters = new byte[rows.length * length];
            for (int r = 0; r < rows.length; r++) {
                masks[r] = rows[r].letters();
                String compact = rows[r].spelling().compact();
                for (int k = 0; k < length; k++) {
                    letters[r * length + k] = (byte) compact.charAt(k);
                }
            }
            return new Bucket(rows, masks, letters, length);
        }
    }

    /**
     * One country's buckets by first letter and length ({@link #key}), in an open-addressing table
     * of primitive keys: a lookup boxes no key and compares no {@code Long} (five lookups per
     * question). Immutable once built.
     */
    private static final class Buckets {
        private final long[] keys;
        private final Bucket[] buckets;
        private final int mask;

        Buckets(Map<Long, Bucket> byKey) {
            int size = Integer.highestOneBit(Math.max(4, byKey.size() * 2)) << 1;
            keys = new long[size];
            buckets = new Bucket[size];
            mask = size - 1;
            byKey.forEach((k, v) -> {
                int i = slot(k);
                while (buckets[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = k;
                buckets[i] = v;
            });
        }

        /** The bucket under {@code key}, or null. */
        Bucket get(long key) {
            for (int i = slot(key); buckets[i] != null; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    return buckets[i];
                }
            }
            return null;
        }

        private int slot(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 40) & mask;
        }
    }

    FuzzyMatcher(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * {@link #withCity} when it finds a town, else {@link #match}: the towns of the countries
     * the words name with "City", or their closest spellings. Answers are kept across documents
     * and shared: callers must not change the array.
     */
    int[] closest(List<String> foldedWords, List<String> countries) {
        String words = String.join(" ", foldedWords);
        long h = NameKeys.extend(NameKeys.start(), words);
        for (String cc : countries) {
            h = NameKeys.extend(NameKeys.extendSeparator(h), cc);
        }
        Slip slip = slips.get(NameKeys.finish(h), k -> new Slip(k, words, List.copyOf(countries), search(foldedWords, countries)));
        // two questions whose keys collide get each its own answer
        return slip.words().equals(words) && slip.countries().equals(countries) ? slip.entries() : search(foldedWords, countries);
    }

    private int[] search(List<String> foldedWords, List<String> countries) {
        int[] city = withCity(foldedWords, countries); // "Batac" for "Batac City"
        return city.length > 0 ? city : match(foldedWords, countries);
    }

    /**
     * The towns of the given countries that the words and "City" name ("Batac" is "Batac City"
     * in GeoNames, as some towns of Pakistan and the Philippines are), by their exact key: how a
     * writer shortens such a name, searched before any slip; none when a town of those countries
     * bears the words themselves ("Ashland" is no Ashland City).
     */
    int[] withCity(List<String> foldedWords, List<String> countries) {
        for (int e : gazetteer.exact(NameKeys.hash(NameKeys.exactKey(foldedWords)))) {
            if (countries.contains(gazetteer.country(Gazetteer.placeOf(e)))) {
                return new int[0];
            }
        }
        List<String> words = new ArrayList<>(foldedWords);
        words.add("city");
        int[] entries = gazetteer.exact(NameKeys.hash(NameKeys.exactKey(words)));
        return java.util.Arrays.stream(entries)
                .filter(e -> countries.contains(gazetteer.country(Gazetteer.placeOf(e))))
                .toArray();
    }

    /**
     * Entries ({@code place * 4 + ALTERNATE}) of the closest spellings to the folded words, in
     * these countries; empty when none is close enough.
     */
    int[] match(List<String> foldedWords, Iterable<String> countries) {
        String compact = String.join("", foldedWords);
        if (compact.length() < MIN_LENGTH) {
            return new int[0];
        }
        String skeleton = null; // made only when a long name is two letters away
        List<Hit> closest = new ArrayList<>();
        int best = 3;
        int mask = letterMask(compact);
        char[] query = compact.toCharArray();
        // the bit-parallel distance for a query that fits a long, else the banded table's two rows
        long[] bits = query.length <= SpellingDistance.BITS ? SpellingDistance.masks(query) : null;
        int[] above = bits != null ? null : new int[query.length + 1];
        int[] below = bits != null ? null : new int[query.length + 1];
        int country = 0;
        for (String cc : countries) {
            Buckets buckets = byCountry.computeIfAbsent(cc, this::spellingsOf);
            // spellings with the same first letter and a length within two
            for (int len = compact.length() - 2; len <= compact.length() + 2; len++) {
                Bucket bucket = buckets.get(key(compact.charAt(0), len));
                if (bucket == null) {
                    continue;
                }
                Row[] rows = bucket.rows();
                int[] masks = bucket.masks();
                for (int r = 0; r < rows.length; r++) {
                    if (Integer.bitCount(mask & ~masks[r]) > 2 || Integer.bitCount(masks[r] & ~mask) > 2) {
                        // each edit brings in at most one letter the other spelling lacks: more
                        // than two such letters either way are more than two edits
                        continue;
                    }
                    int letters = bits != null
                            ? SpellingDistance.withinBits(bucket.letters(), r * len, len, bits, query.length, 2)
                            : SpellingDistance.within(bucket.letters(), r * len, len, query, 2, above, below);
                    if (letters > 2 || letters > best) {
                        continue;
                    }
                    if (letters == 2 && compact.length() >= LONG_NAME && skeleton == null) {
                        skeleton = NameKeys.skeleton(foldedWords);
                    }
                    boolean close = letters <= 1 || (letters == 2 && compact.length() >= LONG_NAME
                            && NameKeys.boundedDistance(rows[r].spelling().skeleton(), skeleton, 1) <= 1);
                    if (!close) {
                        continue;
                    }
                    if (letters < best) {
                        closest.clear();
                        best = letters;
                    }
                    closest.add(new Hit(country, rows[r]));
                }
            }
            country++;
        }
        if (closest.isEmpty()) {
            return new int[0]; // most questions: no sort and no stream set up for nothing
        }
        // only the closest few are sorted, into the countries' order and then gazetteer order
        closest.sort(Comparator.comparingInt(Hit::country).thenComparingInt(h -> h.row().order()));
        return distinctEntries(closest);
    }

    /**
     * The hits' entries, each once, in the hits' order: what {@code IntStream.distinct} gave, in a
     * plain loop (setting up the stream and its boxed set cost more than the few hits it reads).
     */
    private static int[] distinctEntries(List<Hit> hits) {
        int[] out = new int[hits.size()];
        int n = 0;
        for (Hit h : hits) {
            int e = h.row().place() * 4 + Gazetteer.ALTERNATE;
            boolean seen = false;
            for (int k = 0; k < n && !seen; k++) {
                seen = out[k] == e;
            }
            if (!seen) {
                out[n++] = e;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** Which letters a-z a spelling uses, as bits. */
    private static int letterMask(String compact) {
        int m = 0;
        for (int i = 0; i < compact.length(); i++) {
            char c = compact.charAt(i);
            if (c >= 'a' && c <= 'z') {
                m |= 1 << (c - 'a');
            }
        }
        return m;
    }

    private static long key(char first, int length) {
        return ((long) first << 32) | length;
    }

    private Buckets spellingsOf(String cc) {
        Map<Long, List<Row>> lists = new HashMap<>();
        int order = 0;
        for (int p : gazetteer.placesIn(cc)) {
            for (Gazetteer.Spelling s : gazetteer.spellings(p)) {
                int n = s.compact().length();
                if (n >= MIN_LENGTH) {
                    lists.computeIfAbsent(key(s.compact().charAt(0), n), k -> new ArrayList<>()).add(new Row(s, p, order, letterMask(s.compact())));
                }
                order++;
            }
        }
        Map<Long, Bucket> out = new HashMap<>();
        lists.forEach((k, v) -> out.put(k, Bucket.of(v, v.get(0).spelling().compact().length())));
        return new Buckets(out);
    }
}
