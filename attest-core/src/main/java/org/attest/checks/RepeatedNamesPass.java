package org.attest.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attest.checks.Enumerations.Enumeration;
import org.attest.checks.Enumerations.Member;
import org.attest.model.Check;
import org.attest.model.Span;

/**
 * {@code repeated_names}: one enumeration that names the same place more than once once its
 * spellings are resolved ("Karaj, ..., Karadj"). Each list is checked on its own: the same town
 * in two lists (two days, two paragraphs) is no repetition.
 */
final class RepeatedNamesPass implements CheckPass {
    static final String KIND = "repeated_names";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<Check> find(CheckInput in) {
        List<Check> out = new ArrayList<>();
        for (Enumeration e : in.lists()) {
            Map<String, List<Member>> byKey = new LinkedHashMap<>();
            e.members().forEach(m -> byKey.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m));
            List<Map<String, Object>> repeated = new ArrayList<>();
            List<Span> evidence = new ArrayList<>();
            List<String> parts = new ArrayList<>();
            for (List<Member> same : byKey.values()) {
                if (same.size() < 2) {
                    continue;
                }
                Set<String> spellings = new LinkedHashSet<>();
                same.forEach(m -> spellings.add(m.surface()));
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("name", same.get(0).name());
                r.put("times", same.size());
                r.put("spellings", List.copyOf(spellings));
                repeated.add(r);
                same.forEach(m -> evidence.add(m.span()));
                parts.add(same.get(0).name() + " " + same.size() + " times"
                        + (spellings.size() > 1 ? " (as " + String.join(", ", spellings) + ")" : ""));
            }
            if (repeated.isEmpty()) {
                continue;
            }
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("repeated", repeated);
            f.put("listed_total", e.members().size());
            f.put("listed_unique", byKey.size());
            evidence.add(0, e.span());
            out.add(new Check(KIND, f, "a list of " + e.members().size() + " place names names "
                    + byKey.size() + " distinct places: " + String.join("; ", parts), evidence));
        }
        return out;
    }
}
