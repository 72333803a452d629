package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The strike" that points back to an air, drone or missile strike the report told before: "A drone
 * hit the depot ... The council called the strike a massacre". A bare "the strike" takes
 * its sense from the last strike the text named before it; when that one was an attack from the air,
 * the mention is that attack, no walk-out (the attack was given where it was told). A strike the text
 * last named as a walk-out, a "flash strike" or a bare "strike", stays a strike ({@link Strikes}). One per document:
 * built from its text, asked per hit.
 */
final class StrikeSenses {
    /** A strike noun and the word before it: "drone strikes", "air strike", "airstrike", "a strike". */
    private static final Pattern STRIKE = Pattern.compile("(?i)(?:\\b([\\p{L}]+)[\\s-]+)?\\b(air)?strikes?\\b");
    /** Words that make a strike an attack from afar. */
    private static final Set<String> FROM_AFAR = WordSets.named("strike-from-afar");
    /** Words before "strike" that point back to one told before. */
    private static final Set<String> POINTING = Set.of("the", "this", "that");

    private final String text;
    /**
     * The strike nouns of the whole text, as one scan from its start finds them, in order: where
     * each starts and ends and whether it is an attack from afar. The scan goes on only as far
     * as the "the strike" asked about needs (most documents ask about none), instead of scanning
     * from the text's start again for each.
     */
    private Matcher all;
    private boolean scanned;
    private final List<int[]> found = new ArrayList<>();
    private Boolean afarNamed;

    StrikeSenses(String text) {
        this.text = text;
    }

    /** The hits without a strike "the strike" whose last strike named before it was an attack from afar. */
    List<Hit> withoutAttacks(List<Hit> hits, List<Token> tokens) {
        // a loop, not a stream: asked of every sentence with hits, and almost always answered "none"
        int k = 0;
        while (k < hits.size() && !pointsToAttack(hits.get(k), tokens)) {
            k++;
        }
        if (k == hits.size()) {
            return hits;
        }
        List<Hit> kept = new ArrayList<>(hits.subList(0, k));
        for (int i = k + 1; i < hits.size(); i++) {
            if (!pointsToAttack(hits.get(i), tokens)) {
                kept.add(hits.get(i));
            }
        }
        return List.copyOf(kept);
    }

    private boolean pointsToAttack(Hit h, List<Token> tokens) {
        if (!Strikes.protestOrStrike(h) || h.first() != h.last() || h.first() == 0) {
            return false;
        }
        String word = tokens.get(h.first()).lower();
        if (!word.equals("strike") && !word.equals("strikes") || !POINTING.contains(tokens.get(h.first() - 1).lower())) {
            return false;
        }
        return lastBeforeIsAfar(Math.min(h.start(), text.length()));
    }

    /**
     * True when the last strike noun a scan of {@code text[0, end)} finds is an attack from afar.
     * Answered from the whole text's scan when that scan's matches before {@code end} are the
     * region's: none of them runs across {@code end} with a strike word before it, and the char before {@code end} is no word
     * char (so the region's end is no word boundary that the whole text lacks, or the other way
     * round); otherwise the region is scanned as before.
     */
    private boolean lastBeforeIsAfar(int end) {
        if (!afarNamed()) {
            return false; // no word of an attack from afar anywhere: no strike can be one
        }
        char before = end == 0 ? ' ' : text.charAt(end - 1);
        if (before >= 0x80 || before == '_' || Character.isLetterOrDigit(before)) {
            return scan(end);
        }
        scanPast(end);
        int k = firstEndingAfter(end);
        if (k < found.size() && found.get(k)[0] < end && !noStrikeIn(found.get(k)[0], end)) {
            return scan(end);
        }
        // a match across the end with no strike word before the end ("the strike" asked about
        // itself) has no match of the region inside it
        return k > 0 && found.get(k - 1)[2] == 1;
    }

    /** Whether the text holds, in any case, a word that makes a strike an attack from afar; asked once. */
    private boolean afarNamed() {
        if (afarNamed == null) {
            // "air" in ASCII letters of either case is "air" in the lower-cased text too: most
            // texts have it, and are answered without a lower-cased copy
            afarNamed = asciiAir() || afarInLowerCase();
        }
        return afarNamed;
    }

    private boolean afarInLowerCase() {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("air") || FROM_AFAR.stream().anyMatch(lower::contains);
    }

    /** True when the text holds "air" in ASCII letters of either case. */
    private boolean asciiAir() {
        for (int i = 0, last = text.length() - 3; i <= last; i++) {
            if ((text.charAt(i) | 0x20) == 'a' && (text.charAt(i + 1) | 0x20) == 'i' && (text.charAt(i + 2) | 0x20) == 'r') {
                return true;
            }
        }
        return false;
    }

    /** True when {@code text[from, to)} holds no "strike", in any case. */
    private boolean noStrikeIn(int from, int to) {
        return !text.substring(from, to).toLowerCase(java.util.Locale.ROOT).contains("strike");
    }

    /** Scans on until a match ends after {@code end} or the text is done. */
    private void scanPast(int end) {
        if (all == null) {
            all = STRIKE.matcher(text);
        }
        while (!scanned && (found.isEmpty() || found.get(found.size() - 1)[1] <= end)) {
            int from = nextStart(found.isEmpty() ? 0 : found.get(found.size() - 1)[1]);
            if (from >= 0 && all.find(from)) {
                found.add(new int[] {all.start(), all.end(), afar(all) ? 1 : 0});
            } else {
                scanned = true;
            }
        }
    }

    /**
     * Where the pattern's next match, searched from {@code p}, can start at the earliest; -1 when
     * there is none. Every match holds "strike" (the pattern is case-blind in ASCII only), and it
     * starts at most one word, a run of spaces or hyphens and "air" before it: so no match starts
     * before the letters, separators and letters that lie just before the next "strike" at or
     * after {@code p}. The walk back takes any letter or surrogate and any space, so it can only go
     * too far, and {@link Matcher#find(int)} from there finds what {@link Matcher#find()} from
     * {@code p} would, without trying the pattern at every position of a text that holds no strike.
     */
    private int nextStart(int p) {
        int q = strikeAt(p);
        if (q < 0) {
            return -1;
        }
        int b = q;
        while (b > p && letterLike(text.charAt(b - 1))) {
            b--;
        }
        while (b > p && (text.charAt(b - 1) == '-' || Character.isWhitespace(text.charAt(b - 1)))) {
            b--;
        }
        while (b > p && letterLike(text.charAt(b - 1))) {
            b--;
        }
        return b;
    }

    private static boolean letterLike(char c) {
        return Character.isLetter(c) || Character.isSurrogate(c);
    }

    /** The first index at or after {@code from} of "strike" in ASCII letters of either case; -1 for none. */
    private int strikeAt(int from) {
        for (int i = from, last = text.length() - 6; i <= last; i++) {
            if ((text.charAt(i) | 0x20) == 's' && (text.charAt(i + 1) | 0x20) == 't' && (text.charAt(i + 2) | 0x20) == 'r'
                    && (text.charAt(i + 3) | 0x20) == 'i' && (text.charAt(i + 4) | 0x20) == 'k'
                    && (text.charAt(i + 5) | 0x20) == 'e') {
                return i;
            }
        }
        return -1;
    }

    /** The index of the first match found that ends after {@code end}. */
    private int firstEndingAfter(int end) {
        int lo = 0;
        int hi = found.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (found.get(mid)[1] <= end) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The last strike noun of {@code text[0, end)}, scanned as a region of its own. */
    private boolean scan(int end) {
        Matcher m = STRIKE.matcher(text).region(0, end);
        boolean last = false;
        while (m.find()) {
            last = afar(m);
        }
        return last;
    }

    private static boolean afar(Matcher m) {
        return m.group(2) != null || m.group(1) != null && FROM_AFAR.contains(m.group(1).toLowerCase(java.util.Locale.ROOT));
    }
}
