package org.attest.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attest.checks.Figures.Figure;
import org.attest.model.Check;
import org.attest.model.Span;

/**
 * {@code internal_mismatch}: one document stating the same count twice with different values:
 * same normalised unit, cited by events of the same type, date and places. The finding states
 * whether the values are {@code consistent} or {@code inconsistent} once their qualifiers are
 * read as {@link Bounds} ("over 1,500" and "about 1,600" are consistent; "300" and "450" are
 * not). A restatement stands in another sentence: two figures in one sentence ("six of some
 * 600") are a part and its whole, not two counts of one thing. Percentages are left out (one report gives many shares of different wholes), and so
 * are figures that stand in a breakdown (a part is not a restatement of its total).
 */
final class InternalMismatchPass implements CheckPass {
    static final String KIND = "internal_mismatch";

    @Override
    public String kind() {
        return KIND;
    }

    /** What makes two figures statements of the same count. */
    private record Key(String unit, String type, String date, Set<String> places) {}

    @Override
    public List<Check> find(CheckInput in) {
        Set<Integer> skip = ArithmeticPass.inBreakdowns(in.breakdowns());
        Map<Key, List<Figure>> groups = new LinkedHashMap<>();
        for (Figure f : in.figures()) {
            if (f.unitClass() == null || f.type() == null || f.percent()
                    || skip.contains(f.index())) {
                continue;
            }
            groups.computeIfAbsent(new Key(f.unitClass(), f.type(), f.date(), f.places()), k -> new ArrayList<>()).add(f);
        }
        List<Check> out = new ArrayList<>();
        for (var e : groups.entrySet()) {
            List<Figure> same = e.getValue();
            if (same.stream().map(f -> f.quantity().value() + "/" + f.quantity().valueMax()).distinct().count() < 2
                    || same.stream().map(Figure::sentence).distinct().count() < 2) {
                continue;
            }
            boolean agree = Bounds.agree(same.stream().map(f -> Bounds.of(f.quantity())).toList());
            List<Map<String, Object>> values = new ArrayList<>();
            List<Span> evidence = new ArrayList<>();
            for (Figure f : same) {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("text", f.quantity().text());
                v.put("value", Fmt.json(f.quantity().value()));
                v.put("qualifier", f.quantity().qualifier().code());
                values.add(v);
                evidence.add(f.quantity().span());
            }
            Map<String, Object> fig = new LinkedHashMap<>();
            fig.put("unit", e.getKey().unit());
            fig.put("event_type", e.getKey().type());
            fig.put("date", e.getKey().date() == null ? "" : e.getKey().date());
            fig.put("values", values);
            fig.put("relation", agree ? "consistent" : "inconsistent");
            String stated = String.join(" and ", same.stream().map(Fmt::quotedFigure).toList());
            out.add(new Check(KIND, fig, "the document gives the count of " + e.getKey().unit() + " (" + e.getKey().type()
                    + (e.getKey().date() == null ? "" : ", " + e.getKey().date()) + ") as " + stated + ": "
                    + (agree ? "consistent given their qualifiers" : "inconsistent even given their qualifiers"),
                    evidence));
        }
        return out;
    }
}
