package org.attest.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.attest.model.Document;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.attest.model.Span;
import org.attest.model.Unresolved;

/**
 * Enumerations of places in a document: runs of town mentions (resolved cities and the
 * unresolved members of lists of places) that only list separators stand between ("Karaj,
 * Qom and Yazd", "Dorud (Lorestan), Sari", one per line of a bulleted list).
 */
final class Enumerations {
    /** Fewest members for a run to count as an enumeration. */
    static final int MIN_MEMBERS = 3;
    /** Longest gap between two members, in UTF-16 units. */
    private static final int MAX_GAP = 40;
    /** What may stand between two members: separators, "and"/"or", "in", a bracketed hint. */
    private static final Pattern SEPARATOR = Pattern.compile(
            "(?:[\\s,;\u060c\u2022\u00b7*\\-\u2013\u2014/]|\\band\\b|\\bor\\b|\\bin\\b|\\([^()\\n]{0,30}\\))*");

    /**
     * One member of an enumeration.
     *
     * @param surface   as written
     * @param span      where
     * @param key       what counts as the same place: "id:GEONAMEID" or "name:FOLDED"
     * @param name      the gazetteer's name, or the surface when unresolved
     * @param place     the resolved mention, or {@code null} for an unresolved member
     */
    record Member(String surface, Span span, String key, String name, PlaceMention place) {}

    /** An enumeration: its members in text order, and the whole span from first to last. */
    record Enumeration(List<Member> members, Span span) {}

    private Enumerations() {}

    static List<Enumeration> find(Document doc) {
        List<Member> all = new ArrayList<>();
        for (PlaceMention p : doc.places()) {
            if (p.kind() == PlaceKind.CITY && !doc.inBoilerplate(p.span())) {
                String key = p.geonameid() != null ? "id:" + p.geonameid() : "name:" + fold(p.name());
                all.add(new Member(p.surface(), p.span(), key, p.name(), p));
            }
        }
        for (Unresolved u : doc.unresolved()) {
            if (u.reason() != null && u.reason().contains("list") && !doc.inBoilerplate(u.span())) {
                all.add(new Member(u.surface(), u.span(), "name:" + fold(u.surface()), u.surface(), null));
            }
        }
        all.sort(Comparator.comparing(Member::span));
        List<Enumeration> out = new ArrayList<>();
        List<Member> run = new ArrayList<>();
        for (Member m : all) {
            if (!run.isEmpty() && !linked(doc.text(), run.get(run.size() - 1).span(), m.span())) {
                flush(run, out);
            }
            run.add(m);
        }
        flush(run, out);
        return out;
    }

    private static void flush(List<Member> run, List<Enumeration> out) {
        if (run.size() >= MIN_MEMBERS) {
            out.add(new Enumeration(List.copyOf(run),
                    new Span(run.get(0).span().start(), run.get(run.size() - 1).span().end())));
        }
        run.clear();
    }

    private static boolean linked(String text, Span prev, Span next) {
        if (next.start() < prev.end() || next.start() - prev.end() > MAX_GAP) {
            return false;
        }
        String gap = text.substring(prev.end(), next.start());
        if (gap.chars().filter(c -> c == '\n').count() > 1 && !gap.strip().isEmpty()) {
            return false;
        }
        return SEPARATOR.matcher(gap.toLowerCase(Locale.ROOT)).matches();
    }

    /**
     * A name as compared for sameness: accents taken off, lower case, runs of anything but
     * letters and digits as one space, trimmed ("Kahrīzak" and "kahrizak" fold alike).
     */
    static String fold(String s) {
        if (s.chars().allMatch(c -> c < 0x80)) {
            // plain ASCII, the common case: no accents to decompose, so no Normalizer or regular expressions
            StringBuilder out = new StringBuilder(s.length());
            boolean gap = false;
            for (int i = 0; i < s.length(); i++) {
                char c = Character.toLowerCase(s.charAt(i));
                if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                    if (gap && out.length() > 0) {
                        out.append(' ');
                    }
                    out.append(c);
                    gap = false;
                } else {
                    gap = true;
                }
            }
            return out.toString();
        }
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
