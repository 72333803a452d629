package org.attest.checks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attest.internal.Validate;

/**
 * The word lists of the checks, read once from {@code org/attest/checks/lexicon.tsv} (its
 * comments document the columns). Immutable and safe to share between threads.
 */
public final class CheckLexicon {
    private static final String RESOURCE = "/org/attest/checks/lexicon.tsv";

    /** What a count of places counts: towns and the like, or first-order divisions. */
    public enum PlaceUnit { PLACE, PROVINCE }

    private final Map<String, PlaceUnit> placeUnits;
    private final List<String> partialCues;
    private final Map<String, String> unitClasses;
    private final Set<String> percentUnits;

    private CheckLexicon(String text, String source) {
        Map<String, PlaceUnit> places = new HashMap<>();
        List<String> cues = new ArrayList<>();
        Map<String, String> classes = new HashMap<>();
        Set<String> percent = new HashSet<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            Validate.isTrue(f.length == 3, "%s line %d: want 3 tab-separated columns, got %d", source, i + 1, f.length);
            String phrase = f[1].strip().toLowerCase(Locale.ROOT);
            switch (f[0].strip()) {
                case "place_unit" -> places.put(phrase, PlaceUnit.valueOf(f[2].strip().toUpperCase(Locale.ROOT)));
                case "partial_cue" -> cues.add(phrase);
                case "unit_class" -> classes.put(phrase, f[2].strip().toLowerCase(Locale.ROOT));
                case "percent_unit" -> percent.add(phrase);
                default -> Validate.isTrue(false, "%s line %d: unknown kind '%s'", source, i + 1, f[0]);
            }
        }
        // longest cue first, so that "among them" is preferred to "among"
        cues.sort((a, b) -> Integer.compare(b.length(), a.length()));
        this.placeUnits = Map.copyOf(places);
        this.partialCues = List.copyOf(cues);
        this.unitClasses = Map.copyOf(classes);
        this.percentUnits = Set.copyOf(percent);
    }

    /** The bundled lexicon. */
    public static CheckLexicon load() {
        try (InputStream in = CheckLexicon.class.getResourceAsStream(RESOURCE)) {
            Validate.isTrue(in != null, "missing resource %s", RESOURCE);
            return new CheckLexicon(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** A lexicon from text in the resource's format (for tests). */
    public static CheckLexicon parse(String text, String source) {
        return new CheckLexicon(text, source);
    }

    /** What a unit such as "cities and towns" or "areas" counts, or {@code null} when it is no count of places. */
    public PlaceUnit placeUnit(String unit) {
        if (unit == null) {
            return null;
        }
        String u = unit.toLowerCase(Locale.ROOT).strip();
        PlaceUnit found = placeUnits.get(head(u));
        if (found == null) {
            // "cities and towns", "towns and villages": every word that is a unit must be a place unit
            int start = 0;
            while (start < u.length()) {
                int end = wordEnd(u, start);
                PlaceUnit p = end > start ? placeUnits.get(u.substring(start, end)) : null;
                if (p != null) {
                    return p;
                }
                start = end + 1;
            }
        }
        return found;
    }

    /** The partial-list cues, longest first. */
    public List<String> partialCues() {
        return partialCues;
    }

    public boolean isPercent(String unit) {
        return unit != null && percentUnits.contains(unit.toLowerCase(Locale.ROOT).strip());
    }

    /**
     * The normalised thing a unit counts: the class of its head noun ("peaceful demonstrators"
     * and "people" are both {@code people}), else the head noun itself; {@code null} for no unit.
     * The head is the last word, or the word before "of"/"who"/"in" ("people in Tehran").
     */
    public String unitClass(String unit) {
        if (unit == null || unit.isBlank()) {
            return null;
        }
        String u = unit.toLowerCase(Locale.ROOT).strip();
        String whole = unitClasses.get(u);
        if (whole != null) {
            return whole;
        }
        String h = head(u);
        return unitClasses.getOrDefault(h, h);
    }

    /**
     * The head word of a lower-cased, stripped unit, with everything but letters and {@code %}
     * taken out. Words are split at ASCII white space, as the regular expression {@code \\s}
     * does; this runs once per figure and per pass, so it scans instead of splitting.
     */
    private static String head(String unit) {
        int start = 0;
        int end = wordEnd(unit, 0);
        while (end < unit.length()) {
            int next = end + 1;
            while (next < unit.length() && isSpace(unit.charAt(next))) {
                next++;
            }
            if (next == unit.length()) {
                break;
            }
            int nextEnd = wordEnd(unit, next);
            if (isStopWord(unit, next, nextEnd)) {
                break;
            }
            start = next;
            end = nextEnd;
        }
        return letters(unit, start, end);
    }

    /** The end of the word starting at {@code start}: the next white space or the end of the text. */
    private static int wordEnd(String s, int start) {
        int i = start;
        while (i < s.length() && !isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The white space of the regular expression {@code \\s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The words that end a unit's head: "people of Tehran", "those who", "people in Tehran", "towns and villages". */
    private static boolean isStopWord(String s, int start, int end) {
        int n = end - start;
        return (n == 2 && (s.startsWith("of", start) || s.startsWith("in", start)))
                || (n == 3 && (s.startsWith("who", start) || s.startsWith("and", start)));
    }

    /** The letters and {@code %} of {@code s[start, end)}. */
    private static String letters(String s, int start, int end) {
        StringBuilder out = null;
        for (int i = start; i < end; ) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean keep = Character.isLetter(cp) || cp == '%';
            if (!keep && out == null) {
                out = new StringBuilder(end - start).append(s, start, i);
            } else if (keep && out != null) {
                out.appendCodePoint(cp);
            }
            i = next;
        }
        return out == null ? s.substring(start, end) : out.toString();
    }
}
