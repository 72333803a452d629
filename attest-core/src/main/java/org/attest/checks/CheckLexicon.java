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
            for (String w : u.split("\\s+")) {
                PlaceUnit p = placeUnits.get(w);
                if (p != null) {
                    return p;
                }
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

    private static String head(String unit) {
        String[] words = unit.split("\\s+");
        int last = words.length - 1;
        for (int i = 1; i < words.length; i++) {
            if (words[i].equals("of") || words[i].equals("who") || words[i].equals("in") || words[i].equals("and")) {
                last = i - 1;
                break;
            }
        }
        return words[last].replaceAll("[^\\p{L}%]", "");
    }
}
