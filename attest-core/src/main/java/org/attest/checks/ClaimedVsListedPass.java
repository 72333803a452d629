package org.attest.checks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.attest.checks.CheckLexicon.PlaceUnit;
import org.attest.checks.Enumerations.Enumeration;
import org.attest.checks.Enumerations.Member;
import org.attest.checks.Figures.Figure;
import org.attest.model.Check;
import org.attest.model.Document;
import org.attest.model.Quantity;
import org.attest.model.Sentence;
import org.attest.model.Span;
import org.attest.places.RegionIndex;

/**
 * {@code claimed_vs_listed}: a stated count of places ("over 310 areas", "27 provinces") set
 * beside the places the same document enumerates: how many mentions, how many distinct places,
 * in how many of the country's provinces, and whether the text calls its list partial. Only
 * counts and shares are stated; a short list is not a verdict on the claim.
 */
final class ClaimedVsListedPass implements CheckPass {
    static final String KIND = "claimed_vs_listed";
    /** How far before a list its partial-list wording may stand, when no sentence is known. */
    private static final int CUE_WINDOW = 120;

    private final CheckLexicon lexicon;
    private final RegionIndex regions;

    ClaimedVsListedPass(CheckLexicon lexicon, RegionIndex regions) {
        this.lexicon = lexicon;
        this.regions = regions;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<Check> find(CheckInput in) {
        Document doc = in.doc();
        List<Enumeration> lists = in.lists();
        if (lists.isEmpty()) {
            return List.of();
        }
        Listed listed = Listed.of(lists);
        List<String> cues = partialCues(doc, lists);
        String cc = listed.country();
        List<String> all = cc == null ? List.of() : regions.provinceNames(cc);
        Set<String> provinces = listed.provinces(cc);
        List<String> notListed = all.stream().filter(p -> !provinces.contains(p)).sorted().toList();
        List<Check> out = new ArrayList<>();
        for (Figure fig : in.figures()) {
            Quantity q = fig.quantity();
            PlaceUnit unit = fig.placeUnit();
            if (unit == null || q.value() < 2) {
                continue;
            }
            int compared = unit == PlaceUnit.PROVINCE ? provinces.size() : listed.unique();
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("claim", q.text());
            f.put("claimed", Fmt.json(q.value()));
            f.put("qualifier", q.qualifier().code());
            f.put("unit", q.unit());
            f.put("counts", unit == PlaceUnit.PROVINCE ? "provinces" : "places");
            f.put("lists", lists.size());
            f.put("listed_total", listed.total());
            f.put("listed_unique", listed.unique());
            f.put("country", cc == null ? "" : cc);
            f.put("provinces_listed", provinces.size());
            f.put("provinces_total", cc == null ? 0 : regions.provinceCount(cc));
            f.put("provinces_not_listed", notListed);
            f.put("share", Math.round(1000.0 * compared / q.value()) / 1000.0);
            f.put("partial_wording", cues);
            List<Span> evidence = new ArrayList<>();
            evidence.add(q.span());
            lists.forEach(l -> evidence.add(l.span()));
            out.add(new Check(KIND, f, message(q, unit, listed, provinces.size(), cc, compared, cues), evidence));
        }
        return out;
    }

    private String message(Quantity q, PlaceUnit unit, Listed listed, int provinces, String cc, int compared,
                           List<String> cues) {
        StringBuilder sb = new StringBuilder("claims ").append(q.text()).append("; the text lists ")
                .append(listed.unique()).append(" distinct ").append(listed.unique() == 1 ? "place" : "places");
        if (listed.total() != listed.unique()) {
            sb.append(" (").append(listed.total()).append(" mentions)");
        }
        int total = cc == null ? 0 : regions.provinceCount(cc);
        if (total > 0) {
            String country = regions.countryName(cc) == null ? cc : regions.countryName(cc);
            sb.append(" in ").append(provinces).append(" of ").append(country).append("'s ").append(total)
                    .append(" provinces");
        }
        sb.append(" (").append(Fmt.percent((double) compared / q.value())).append(" of the claim");
        if (unit == PlaceUnit.PROVINCE) {
            sb.append(", counting provinces");
        }
        sb.append(")");
        if (cues.isEmpty()) {
            sb.append("; no wording before the list marks it as partial");
        } else {
            sb.append("; the list says it is partial (").append(String.join(", ", cues.stream().map(c -> "'" + c + "'")
                    .toList())).append(")");
        }
        return sb.toString();
    }

    /** The partial-list cues found between the start of each list's sentence and the list. */
    private List<String> partialCues(Document doc, List<Enumeration> lists) {
        Set<String> found = new LinkedHashSet<>();
        for (Enumeration e : lists) {
            int start = Math.max(0, e.span().start() - CUE_WINDOW);
            for (Sentence s : doc.sentences()) {
                if (s.span().contains(e.span().start())) {
                    start = Math.max(start, s.span().start());
                }
            }
            String before = " " + doc.text().substring(start, e.span().start()).toLowerCase(Locale.ROOT) + " ";
            for (String cue : lexicon.partialCues()) {
                if (containsWord(before, cue)) {
                    found.add(cue);
                    break;
                }
            }
        }
        return List.copyOf(found);
    }

    /** Whether {@code phrase} stands in {@code text} with a character that is no letter on each side. */
    static boolean containsWord(String text, String phrase) {
        for (int at = text.indexOf(phrase, 1); at >= 1; at = text.indexOf(phrase, at + 1)) {
            int after = at + phrase.length();
            if (after < text.length() && !Character.isLetter(text.codePointBefore(at))
                    && !Character.isLetter(text.codePointAt(after))) {
                return true;
            }
        }
        return false;
    }

    /** What the lists hold, taken together. */
    record Listed(int total, int unique, Map<String, Map<String, Integer>> provincesByCountry) {
        static Listed of(List<Enumeration> lists) {
            Set<String> keys = new LinkedHashSet<>();
            Map<String, Map<String, Integer>> byCountry = new HashMap<>();
            int total = 0;
            for (Enumeration e : lists) {
                for (Member m : e.members()) {
                    total++;
                    if (keys.add(m.key()) && m.place() != null && m.place().country() != null) {
                        byCountry.computeIfAbsent(m.place().country(), k -> new HashMap<>())
                                .merge(m.place().admin1() == null ? "" : m.place().admin1(), 1, Integer::sum);
                    }
                }
            }
            return new Listed(total, keys.size(), byCountry);
        }

        /** The country most distinct listed places lie in, or {@code null}. */
        String country() {
            String best = null;
            int most = 0;
            for (var e : new java.util.TreeMap<>(provincesByCountry).entrySet()) {
                int n = e.getValue().values().stream().mapToInt(Integer::intValue).sum();
                if (n > most) {
                    most = n;
                    best = e.getKey();
                }
            }
            return best;
        }

        Set<String> provinces(String cc) {
            Set<String> out = new TreeSet<>(provincesByCountry.getOrDefault(cc, Map.of()).keySet());
            out.remove("");
            return out;
        }
    }
}
