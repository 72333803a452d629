package org.attest.checks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.attest.checks.Figures.Figure;
import org.attest.model.Check;
import org.attest.model.Document;
import org.attest.model.PlaceMention;
import org.attest.model.Quantity;
import org.attest.model.Span;
import org.attest.internal.SortedInts;

/**
 * {@code arithmetic}: a stated total beside the parts the text breaks it into ("at least 20
 * killed ... twelve in Zahedan, five in Mashhad and two in Isfahan"), and a stated percentage
 * beside the two counts it would come from ("42 percent ... 24 million of 59 million").
 * The sum or ratio is computed and set beside the stated figure; how they relate is stated
 * as {@code adds_up}, {@code parts_below_total} or {@code parts_exceed_total}, and
 * {@code matches} or {@code differs}.
 */
final class ArithmeticPass implements CheckPass {
    static final String KIND = "arithmetic";
    /** Longest stretch between a part and the place it is given for. */
    private static final int PART_GAP = 40;
    private static final Pattern PLACE_CUE = Pattern.compile("(?s).*\\b(in|at|from|across)\\s*$");

    @Override
    public String kind() {
        return KIND;
    }

    /**
     * A breakdown: the parts (two or more figures each followed by a place) and the total
     * they are set against.
     */
    record Breakdown(List<Figure> parts, Figure total) {}

    @Override
    public List<Check> find(CheckInput in) {
        List<Check> out = new ArrayList<>();
        for (Breakdown b : in.breakdowns()) {
            out.add(sumCheck(b));
        }
        out.addAll(percentChecks(in.figures()));
        return out;
    }

    /** The breakdowns of a document's figures (also used to keep them out of other checks). */
    static List<Breakdown> breakdowns(Document doc, List<Figure> figures) {
        List<Breakdown> out = new ArrayList<>();
        int[] placeStarts = placeStarts(doc.places());
        int i = 0;
        while (i < figures.size()) {
            List<Figure> parts = new ArrayList<>();
            String unit = null;
            int j = i;
            while (j < figures.size() && figures.get(j).sentence() == figures.get(i).sentence()
                    && figures.get(j).sentence() >= 0 && isPart(doc, figures, j, placeStarts)) {
                Figure f = figures.get(j);
                String u = f.unitClass() != null ? f.unitClass() : unit;
                if (unit != null && !unit.equals(u)) {
                    break;
                }
                unit = u;
                parts.add(f);
                j++;
            }
            if (parts.size() >= 2 && unit != null) {
                Figure total = totalFor(doc, figures, parts, unit);
                if (total != null) {
                    out.add(new Breakdown(List.copyOf(parts), total));
                }
            }
            i = Math.max(j, i + 1);
        }
        return out;
    }

    /**
     * Where each place starts, in list order, when the places are in text order (the geoparser
     * sorts them); null otherwise. {@link #isPart} then finds the first place after a figure by
     * binary search instead of reading every place of the document for every figure.
     */
    private static int[] placeStarts(List<PlaceMention> places) {
        int[] starts = new int[places.size()];
        for (int k = 0; k < starts.length; k++) {
            starts[k] = places.get(k).span().start();
            if (k > 0 && starts[k] < starts[k - 1]) {
                return null;
            }
        }
        return starts;
    }

    /**
     * A figure that the text gives for a place: "five in Mashhad".
     *
     * @param placeStarts the places' starts from {@link #placeStarts}, or null to read the places in turn
     */
    private static boolean isPart(Document doc, List<Figure> figures, int j, int[] placeStarts) {
        Quantity q = figures.get(j).quantity();
        if (figures.get(j).percent() || figures.get(j).placeUnit() != null) {
            return false;
        }
        int limit = j + 1 < figures.size() ? figures.get(j + 1).quantity().span().start() : doc.text().length();
        List<PlaceMention> places = doc.places();
        // in text order the first place starting at or after the figure's end is the only one
        // to test: any later one starts no nearer
        int from = placeStarts == null ? 0 : firstAtOrAfter(placeStarts, q.span().end());
        int to = placeStarts == null ? places.size() : Math.min(from + 1, places.size());
        for (int k = from; k < to; k++) {
            int s = places.get(k).span().start();
            if (s >= q.span().end() && s < limit && s - q.span().end() <= PART_GAP) {
                String gap = doc.text().substring(q.span().end(), s).toLowerCase(Locale.ROOT);
                return PLACE_CUE.matcher(gap).matches() && !gap.contains(".");
            }
        }
        return false;
    }

    /** The first index whose start is at or after {@code offset} ({@code starts.length} when none). */
    private static int firstAtOrAfter(int[] starts, int offset) {
        return SortedInts.firstAtOrAfter(starts, offset);
    }

    /** The nearest other figure of the same unit in the sentence or the one next to it, as large as any part. */
    private static Figure totalFor(Document doc, List<Figure> figures, List<Figure> parts, String unit) {
        int sentence = parts.get(0).sentence();
        int paragraph = doc.sentences().get(sentence).paragraph();
        double maxPart = parts.stream().mapToDouble(p -> p.quantity().value()).max().orElse(0);
        String type = parts.stream().map(Figure::type).filter(Objects::nonNull).findFirst().orElse(null);
        Figure best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Figure f : figures) {
            if (parts.contains(f) || !unit.equals(f.unitClass()) || f.sentence() < 0
                    || Math.abs(f.sentence() - sentence) > 1
                    || doc.sentences().get(f.sentence()).paragraph() != paragraph
                    || f.quantity().value() < maxPart
                    || (type != null && f.type() != null && !type.equals(f.type()))) {
                continue;
            }
            int distance = Math.abs(f.sentence() - sentence) * 2 + (f.sentence() > sentence ? 1 : 0);
            if (distance < bestDistance) {
                best = f;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static Check sumCheck(Breakdown b) {
        double sum = b.parts().stream().mapToDouble(p -> p.quantity().value()).sum();
        Bounds bounds = Bounds.of(b.total().quantity());
        String relation = bounds.contains(sum) ? "adds_up" : sum > bounds.high() ? "parts_exceed_total" : "parts_below_total";
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("total", b.total().quantity().text());
        f.put("total_value", Fmt.json(b.total().quantity().value()));
        f.put("total_qualifier", b.total().quantity().qualifier().code());
        f.put("parts", b.parts().stream().map(p -> Fmt.json(p.quantity().value())).toList());
        f.put("parts_sum", Fmt.json(sum));
        f.put("relation", relation);
        List<Span> evidence = new ArrayList<>();
        evidence.add(b.total().quantity().span());
        b.parts().forEach(p -> evidence.add(p.quantity().span()));
        String sumText = String.join(" + ", b.parts().stream().map(p -> Fmt.num(p.quantity().value())).toList())
                + " = " + Fmt.num(sum);
        String how = switch (relation) {
            case "adds_up" -> "within what " + Fmt.quoted(b.total().quantity()) + " allows";
            case "parts_exceed_total" -> "more than " + Fmt.quoted(b.total().quantity()) + " allows";
            default -> "less than " + Fmt.quoted(b.total().quantity()) + " (the parts may not be all)";
        };
        return new Check(KIND, f, "the parts stated come to " + sumText + ", " + how, evidence);
    }

    private static List<Check> percentChecks(List<Figure> figures) {
        // the counts a percentage may come from: figures of its sentence that are no percentage
        Map<Integer, List<Figure>> countsBySentence = new HashMap<>();
        for (Figure f : figures) {
            if (!f.percent() && f.sentence() >= 0) {
                countsBySentence.computeIfAbsent(f.sentence(), k -> new ArrayList<>()).add(f);
            }
        }
        List<Check> out = new ArrayList<>();
        for (Figure p : figures) {
            if (!p.percent() || p.sentence() < 0) {
                continue;
            }
            List<Figure> counts = countsBySentence.getOrDefault(p.sentence(), List.of());
            Figure bestA = null;
            Figure bestB = null;
            double bestRatio = Double.NaN;
            for (Figure a : counts) {
                for (Figure b : counts) {
                    if (a == b || a.quantity().value() <= 0 || a.quantity().value() >= b.quantity().value()
                            || !compatible(a.unitClass(), b.unitClass())) {
                        continue;
                    }
                    double ratio = 100 * a.quantity().value() / b.quantity().value();
                    if (bestA == null || Math.abs(ratio - p.quantity().value()) < Math.abs(bestRatio - p.quantity().value())) {
                        bestA = a;
                        bestB = b;
                        bestRatio = ratio;
                    }
                }
            }
            if (bestA != null) {
                out.add(percentCheck(p, bestA, bestB, bestRatio));
            }
        }
        return out;
    }

    private static boolean compatible(String a, String b) {
        return a == null || b == null || a.equals(b);
    }

    private static Check percentCheck(Figure p, Figure a, Figure b, double ratio) {
        Quantity pq = p.quantity();
        // a stated percentage is rounded to its last written digit
        double slack = pq.value() == Math.rint(pq.value()) ? 0.5 : 0.05;
        Bounds stated = Bounds.of(pq);
        Bounds allowed = new Bounds(stated.low() - slack, stated.high() + slack);
        boolean matches = allowed.contains(ratio);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("percent", pq.text());
        f.put("percent_value", Fmt.json(pq.value()));
        f.put("qualifier", pq.qualifier().code());
        f.put("part", Fmt.json(a.quantity().value()));
        f.put("whole", Fmt.json(b.quantity().value()));
        f.put("computed_percent", Math.round(ratio * 100) / 100.0);
        f.put("relation", matches ? "matches" : "differs");
        String msg = Fmt.quoted(pq) + " is stated beside " + Fmt.num(a.quantity().value()) + " of "
                + Fmt.num(b.quantity().value()) + ", which is " + Fmt.num(Math.round(ratio * 10) / 10.0) + "%"
                + (matches ? " (consistent)" : " (differs by " + Fmt.num(Math.round(Math.abs(ratio - pq.value()) * 10) / 10.0)
                + " points)");
        return new Check(KIND, f, msg, List.of(pq.span(), a.quantity().span(), b.quantity().span()));
    }

    /** The indexes of figures that stand in a breakdown, as part or total. */
    static Set<Integer> inBreakdowns(List<Breakdown> breakdowns) {
        Set<Integer> out = new java.util.HashSet<>();
        for (Breakdown b : breakdowns) {
            out.add(b.total().index());
            b.parts().forEach(p -> out.add(p.index()));
        }
        return out;
    }
}
