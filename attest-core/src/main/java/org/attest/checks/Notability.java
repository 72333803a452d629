package org.attest.checks;

import java.util.Comparator;
import java.util.Map;
import org.attest.model.Check;

/**
 * How notable a finding is, for ordering a report: disagreements first (figures that cannot
 * all hold, parts that exceed their total), then short lists against large claims, repeated
 * names, agreements across sources, copies, and merges last. A reading order, not a verdict.
 */
public final class Notability {
    private Notability() {}

    /** Higher is more notable. */
    public static double score(Check c) {
        Map<String, Object> f = c.figures();
        Object relation = f.get("relation");
        return switch (c.kind()) {
            case "claim_cluster" -> "inconsistent".equals(relation) ? 100 + number(f.get("documents")) / 100 : 40;
            case "internal_mismatch" -> "inconsistent".equals(relation) ? 90 : 15;
            case "arithmetic" -> "parts_exceed_total".equals(relation) || "differs".equals(relation) ? 80
                    : "parts_below_total".equals(relation) ? 45 : 10;
            case "claimed_vs_listed" -> 50 + 25 * Math.max(0, 1 - number(f.get("share")));
            case "repeated_names" -> 55;
            case "copied_paragraphs", "near_duplicates" -> 30;
            case "duplicate_events" -> 20;
            default -> 0;
        };
    }

    /** Most notable first; ties keep their order. */
    public static Comparator<Check> order() {
        return Comparator.comparingDouble(Notability::score).reversed();
    }

    private static double number(Object o) {
        return o instanceof Number n ? n.doubleValue() : 0;
    }
}
