package org.attest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Whole-line patterns for site furniture (dropped) and photo captions (kept, marked as
 * boilerplate). Patterns are matched case-insensitively against a whole trimmed line; lines
 * longer than the limits are never tested, which keeps cleaning linear in the text length.
 *
 * @param furniture patterns of lines to drop
 * @param captions  patterns of caption lines to mark
 */
public record LinePatterns(List<LinePattern> furniture, List<LinePattern> captions) {
    /**
     * One pattern and the lower-case literals of which a matching line must contain at least
     * one (none: always tried). The needles let a cheap {@code contains} skip a costly regex.
     */
    public record LinePattern(Pattern pattern, List<String> needles) {
        public LinePattern {
            needles = List.copyOf(needles);
        }

        boolean matches(String line, String lowerLine) {
            if (!needles.isEmpty()) {
                boolean any = false;
                for (String needle : needles) {
                    if (lowerLine.contains(needle)) {
                        any = true;
                        break;
                    }
                }
                if (!any) {
                    return false;
                }
            }
            return pattern.matcher(line).matches();
        }
    }

    /** Furniture lines are short; longer lines are content. */
    static final int MAX_FURNITURE_LENGTH = 200;
    /** Captions are a sentence or two. */
    static final int MAX_CAPTION_LENGTH = 400;

    public LinePatterns {
        furniture = List.copyOf(furniture);
        captions = List.copyOf(captions);
    }

    /** Loads {@code boilerplate-lines.txt} and {@code caption-lines.txt} from this package. */
    public static LinePatterns load() {
        return new LinePatterns(compile(ResourceLines.read(LinePatterns.class, "boilerplate-lines.txt")),
                compile(ResourceLines.read(LinePatterns.class, "caption-lines.txt")));
    }

    /**
     * Compiles pattern lines, each {@code regex} or {@code @needle,needle@ regex}; a bad
     * pattern names itself in the exception.
     */
    static List<LinePattern> compile(List<String> lines) {
        List<LinePattern> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            List<String> needles = List.of();
            String regex = line;
            if (line.startsWith("@")) {
                int close = line.indexOf('@', 1);
                if (close < 0) {
                    throw new IllegalStateException("unclosed needle list: " + line);
                }
                needles = List.of(line.substring(1, close).toLowerCase(Locale.ROOT).split(","));
                regex = line.substring(close + 1).strip();
            }
            try {
                out.add(new LinePattern(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                        needles));
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException("bad line pattern: " + line, e);
            }
        }
        return out;
    }

    /** True when the trimmed line is site furniture with no content. */
    public boolean isFurniture(String line) {
        return line.length() <= MAX_FURNITURE_LENGTH && anyMatches(furniture, line);
    }

    /** True when the trimmed line looks like a photo caption. */
    public boolean isCaption(String line) {
        return line.length() <= MAX_CAPTION_LENGTH && anyMatches(captions, line);
    }

    private static boolean anyMatches(List<LinePattern> patterns, String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        for (LinePattern p : patterns) {
            if (p.matches(line, lower)) {
                return true;
            }
        }
        return false;
    }
}
