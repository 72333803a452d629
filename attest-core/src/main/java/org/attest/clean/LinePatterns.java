package org.attest.clean;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * Whole-line patterns for site furniture (dropped), the headings of teaser boxes (furniture that
 * heads a list of other articles' titles) and photo captions (kept, marked as boilerplate), from
 * {@code boilerplate-lines.txt}, {@code teaser-box-lines.txt} and {@code caption-lines.txt}. Patterns are
 * matched case-insensitively against a whole trimmed line; lines longer than the limits are
 * never tested, which keeps cleaning linear in the text length. Immutable and thread-safe.
 *
 * <p>For speed, the patterns without needles are tried only on lines opening as they may match
 * ({@link Openings}); patterns with needles are tried only on lines holding a
 * needle. A needled pattern may raise its own length limit ({@code @needle@{450} regex}): wire
 * credit trailers name many reporters and places and run longer than other furniture.
 */
public final class LinePatterns {
    /** Furniture lines are short; longer lines are content. */
    static final int MAX_FURNITURE_LENGTH = 200;
    /** Captions are a sentence or two. */
    static final int MAX_CAPTION_LENGTH = 400;
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /**
     * One pattern and the lower-case literals of which a matching line must contain at least
     * one (none: always tried). The needles let a cheap {@code contains} skip a costly regex.
     *
     * @param maxLength the longest line the pattern is tried on, or 0 for its set's limit
     */
    public record LinePattern(Pattern pattern, List<String> needles, int maxLength) {
        public LinePattern {
            needles = List.copyOf(needles);
        }

        public LinePattern(Pattern pattern, List<String> needles) {
            this(pattern, needles, 0);
        }
    }

    /**
     * The line with its ASCII letters in lower case and every other char as U+0080, char for
     * char. An ASCII needle occurs in it exactly when it occurs in {@code line.toLowerCase(Locale.ROOT)}:
     * no char outside ASCII lower-cases to ASCII but U+0130 and U+212A, and lines holding those
     * take the JDK's way. Cheaper than the JDK's case mapping of a UTF-16 line (most lines hold a
     * curly quote), and a Latin-1 string, which the needle search reads fastest.
     */
    static String needleForm(String line) {
        int n = line.length();
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (c < 128) {
                out[i] = (byte) (c >= 'A' && c <= 'Z' ? c + 32 : c);
            } else if (c == '\u0130' || c == '\u212A') {
                return line.toLowerCase(Locale.ROOT);
            } else {
                out[i] = (byte) 0x80;
            }
        }
        return new String(out, StandardCharsets.ISO_8859_1);
    }

    /**
     * One line as the patterns read it, made once and asked of every set (of the furniture, then
     * of the captions): its text, the {@link CharPairs} of its needle form, and that form
     * ({@link #needleForm}, or the JDK's lower case when a needle is not ASCII) once a needle
     * passes the pairs. Not thread-safe: made and read within one call.
     */
    static final class Line {
        private final String text;
        private final CharPairs pairs;
        private final boolean ascii;
        private String lower;

        private Line(String text, CharPairs pairs, boolean ascii) {
            this.text = text;
            this.pairs = pairs;
            this.ascii = ascii;
        }

        String text() {
            return text;
        }

        /** True when the needle, with its {@link CharPairs#ofNeedle} pairs, occurs in the line's lower case. */
        boolean holds(String needle, int[] needlePairs) {
            if (!pairs.mayHold(needlePairs)) {
                return false;
            }
            if (lower == null) {
                lower = ascii ? needleForm(text) : text.toLowerCase(Locale.ROOT);
            }
            return lower.contains(needle);
        }
    }

    /** The line read for {@link #isFurniture(Line)} and {@link #isCaption(Line)}. */
    Line line(String text) {
        // a line too long for every needled pattern is never searched for a needle: no pairs to make
        CharPairs pairs = !asciiNeedles || text.length() > longestNeedled ? CharPairs.ALL : CharPairs.of(text);
        return new Line(text, pairs, asciiNeedles);
    }

    /**
     * A compiled set: the needle-free patterns, each with the two-char ASCII openings a line may
     * have for it to match (see {@link Openings}), and the needled ones apart. {@code starts} holds
     * the openings of any needle-free pattern: most lines open with none of them and skip them all;
     * a line that opens with one is tried on the patterns that may match it only, each on its own,
     * where one alternation of them all tried every pattern's first words on it (the line matches
     * the alternation exactly when it matches one of them).
     */
    private record Compiled(List<Pattern> plain, List<Openings> plainStarts, Openings starts,
                            List<LinePattern> needled, List<int[][]> needlePairs) {
        static Compiled of(List<LinePattern> patterns) {
            List<Pattern> plain = new ArrayList<>();
            List<LinePattern> needled = new ArrayList<>();
            for (LinePattern p : patterns) {
                if (p.needles().isEmpty()) {
                    plain.add(p.pattern());
                } else {
                    needled.add(p);
                }
            }
            List<Openings> plainStarts = plain.stream().map(Openings::of).toList();
            List<int[][]> pairs = needled.stream()
                    .map(p -> p.needles().stream().map(CharPairs::ofNeedle).toArray(int[][]::new)).toList();
            return new Compiled(List.copyOf(plain), plainStarts, Openings.union(plainStarts), List.copyOf(needled), pairs);
        }

        /** The longest line any pattern of the set is tried on, with {@code limit} as the set's limit. */
        int longest(int limit) {
            int longest = plain.isEmpty() ? 0 : limit;
            for (LinePattern p : needled) {
                longest = Math.max(longest, p.maxLength() > 0 ? p.maxLength() : limit);
            }
            return longest;
        }

        /** The longest line a needled pattern of the set is tried on, with {@code limit} as the set's limit. */
        int longestNeedled(int limit) {
            int longest = 0;
            for (LinePattern p : needled) {
                longest = Math.max(longest, p.maxLength() > 0 ? p.maxLength() : limit);
            }
            return longest;
        }

        /** True when a pattern matches; lines longer than a pattern's limit are not tried on it. */
        boolean matches(Line line, int limit) {
            String text = line.text();
            if (text.length() <= limit && starts.mayOpen(text)) {
                for (int k = 0; k < plain.size(); k++) {
                    if (plainStarts.get(k).mayOpen(text) && plain.get(k).matcher(text).matches()) {
                        return true;
                    }
                }
            }
            for (int k = 0; k < needled.size(); k++) {
                LinePattern p = needled.get(k);
                if (text.length() > (p.maxLength() > 0 ? p.maxLength() : limit)) {
                    continue;
                }
                if (holdsAny(line, p.needles(), needlePairs.get(k)) && p.pattern().matcher(text).matches()) {
                    return true;
                }
            }
            return false;
        }

        private static boolean holdsAny(Line line, List<String> needles, int[][] pairs) {
            for (int i = 0; i < needles.size(); i++) {
                if (line.holds(needles.get(i), pairs[i])) {
                    return true;
                }
            }
            return false;
        }
    }

    private static boolean isAscii(String s) {
        return s.chars().allMatch(c -> c < 128);
    }

    private final List<LinePattern> furniture;
    private final List<LinePattern> teaserBoxes;
    private final List<LinePattern> captions;
    private final Compiled furnitureSet;
    private final Compiled teaserBoxSet;
    private final Compiled captionSet;
    /** The longest line {@link #isFurniture} and {@link #isCaption} may say yes to: longer ones need not be cut out. */
    private final int longestFurniture;
    private final int longestCaption;
    /** The longest line a needled pattern of any set is tried on: longer lines need no needle form. */
    private final int longestNeedled;
    /** True when every needle is ASCII, so {@link #needleForm} finds them as the lower case does. */
    private final boolean asciiNeedles;

    /**
     * @param furniture   patterns of lines to drop
     * @param teaserBoxes patterns of teaser-box headings: dropped as furniture, and they open a box
     * @param captions    patterns of caption lines to mark
     */
    public LinePatterns(List<LinePattern> furniture, List<LinePattern> teaserBoxes, List<LinePattern> captions) {
        this.furniture = List.copyOf(furniture);
        this.teaserBoxes = List.copyOf(teaserBoxes);
        this.captions = List.copyOf(captions);
        this.furnitureSet = Compiled.of(this.furniture);
        this.teaserBoxSet = Compiled.of(this.teaserBoxes);
        this.captionSet = Compiled.of(this.captions);
        this.longestFurniture = Math.max(furnitureSet.longest(MAX_FURNITURE_LENGTH),
                teaserBoxSet.longest(MAX_FURNITURE_LENGTH));
        this.longestCaption = captionSet.longest(MAX_CAPTION_LENGTH);
        this.longestNeedled = Math.max(Math.max(furnitureSet.longestNeedled(MAX_FURNITURE_LENGTH),
                teaserBoxSet.longestNeedled(MAX_FURNITURE_LENGTH)), captionSet.longestNeedled(MAX_CAPTION_LENGTH));
        this.asciiNeedles = Stream.of(this.furniture, this.teaserBoxes, this.captions)
                .flatMap(List::stream).flatMap(p -> p.needles().stream()).allMatch(LinePatterns::isAscii);
    }

    /** Lines longer than this are never furniture nor a teaser-box heading. */
    int longestFurniture() {
        return longestFurniture;
    }

    /** Lines longer than this are never captions. */
    int longestCaption() {
        return longestCaption;
    }

    /** Loads {@code boilerplate-lines.txt}, {@code teaser-box-lines.txt} and {@code caption-lines.txt} from this package. */
    public static LinePatterns load() {
        return new LinePatterns(compile(ResourceLines.read(LinePatterns.class, "boilerplate-lines.txt")),
                compile(ResourceLines.read(LinePatterns.class, "teaser-box-lines.txt")),
                compile(ResourceLines.read(LinePatterns.class, "caption-lines.txt")));
    }

    public List<LinePattern> furniture() {
        return furniture;
    }

    public List<LinePattern> captions() {
        return captions;
    }

    /**
     * Compiles pattern lines, each {@code regex}, {@code @needle,needle@ regex} or
     * {@code @needle@{450} regex} (a needled pattern with its own length limit); a bad pattern
     * names itself in the exception.
     */
    static List<LinePattern> compile(List<String> lines) {
        List<LinePattern> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            List<String> needles = List.of();
            String regex = line;
            int maxLength = 0;
            if (line.startsWith("@")) {
                int close = line.indexOf('@', 1);
                if (close < 0) {
                    throw new IllegalStateException("unclosed needle list: " + line);
                }
                needles = List.of(line.substring(1, close).toLowerCase(Locale.ROOT).split(","));
                regex = line.substring(close + 1).strip();
                if (regex.startsWith("{")) {
                    int end = regex.indexOf('}');
                    if (end < 0) {
                        throw new IllegalStateException("unclosed length limit: " + line);
                    }
                    maxLength = Integer.parseInt(regex.substring(1, end));
                    regex = regex.substring(end + 1).strip();
                }
            }
            try {
                out.add(new LinePattern(Pattern.compile(regex, FLAGS), needles, maxLength));
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException("bad line pattern: " + line, e);
            }
        }
        return out;
    }

    /** True when the trimmed line is site furniture with no content, a teaser-box heading included. */
    public boolean isFurniture(String line) {
        return isFurniture(line(line));
    }

    /** As {@link #isFurniture(String)}, for a line read once for all the sets. */
    boolean isFurniture(Line line) {
        return furnitureSet.matches(line, MAX_FURNITURE_LENGTH) || teaserBoxSet.matches(line, MAX_FURNITURE_LENGTH);
    }

    /** True when the trimmed line heads a box of other articles' titles ("Related Articles"). */
    public boolean opensTeaserBox(String line) {
        return opensTeaserBox(line(line));
    }

    /** As {@link #opensTeaserBox(String)}, for a line read once for all the sets. */
    boolean opensTeaserBox(Line line) {
        return teaserBoxSet.matches(line, MAX_FURNITURE_LENGTH);
    }

    /** True when the trimmed line looks like a photo caption. */
    public boolean isCaption(String line) {
        return isCaption(line(line));
    }

    /** As {@link #isCaption(String)}, for a line read once for all the sets. */
    boolean isCaption(Line line) {
        return captionSet.matches(line, MAX_CAPTION_LENGTH);
    }
}
