package org.attest.checks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.attest.checks.CorpusChecks.Corpus;
import org.attest.checks.Digest.EventKey;
import org.attest.model.Check;
import org.attest.model.Span;

/**
 * {@code duplicate_events}: events of the same type, on the same day, at the same town or
 * province, reported by two or more documents, taken for one event with several sources. Each
 * merge is a finding with its reason; the stored events stay as they are, so a merge is undone
 * by running the checks again with other rules.
 */
final class EventMerges {
    private EventMerges() {}

    private record Located(int digest, EventKey event) {}

    static List<Check> find(Corpus c) {
        List<Located> all = new ArrayList<>();
        Map<String, Integer> firstByKey = new HashMap<>();
        List<int[]> links = new ArrayList<>();
        for (int d = 0; d < c.digests().size(); d++) {
            for (EventKey e : c.digests().get(d).events()) {
                int id = all.size();
                all.add(new Located(d, e));
                for (String place : e.placeKeys()) {
                    Integer first = firstByKey.putIfAbsent(e.type() + "|" + e.date() + "|" + place, id);
                    if (first != null) {
                        links.add(new int[] {first, id});
                    }
                }
            }
        }
        UnionFind merged = new UnionFind(all.size());
        links.forEach(l -> merged.union(l[0], l[1]));
        Map<Integer, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < all.size(); i++) {
            groups.computeIfAbsent(merged.find(i), k -> new ArrayList<>()).add(i);
        }
        List<Check> out = new ArrayList<>();
        for (List<Integer> g : groups.values()) {
            if (g.stream().map(i -> all.get(i).digest()).distinct().count() >= 2) {
                out.add(check(c, g.stream().map(all::get).toList()));
            }
        }
        return out;
    }

    private static Check check(Corpus c, List<Located> events) {
        EventKey first = events.get(0).event();
        Set<String> shared = new LinkedHashSet<>(first.placeNames());
        List<Map<String, Object>> listed = new ArrayList<>();
        List<Span> evidence = new ArrayList<>();
        List<Long> evidenceDocs = new ArrayList<>();
        Set<Integer> sources = new LinkedHashSet<>();
        Set<Integer> documents = new LinkedHashSet<>();
        for (Located l : events) {
            Digest d = c.digests().get(l.digest());
            shared.retainAll(l.event().placeNames().isEmpty() ? shared : l.event().placeNames());
            Map<String, Object> m = new LinkedHashMap<>(CorpusChecks.docFigure(d));
            m.put("event_index", l.event().index());
            m.put("places", l.event().placeNames());
            m.put("quote", l.event().quote());
            listed.add(m);
            evidence.add(l.event().span());
            evidenceDocs.add(d.id());
            sources.add(c.sources().find(l.digest()));
            documents.add(l.digest());
        }
        String where = shared.isEmpty() ? String.join(" / ", first.placeNames()) : String.join(", ", shared);
        String reason = "same type (" + first.type() + "), same day (" + first.date() + "), same place (" + where + ")";
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("event_type", first.type());
        f.put("date", first.date());
        f.put("places", List.copyOf(shared.isEmpty() ? first.placeNames() : shared));
        f.put("events", listed);
        f.put("documents", documents.size());
        f.put("independent_sources", sources.size());
        f.put("reason", reason);
        f.put("evidence_documents", evidenceDocs);
        return new Check("duplicate_events", f, events.size() + " events in " + documents.size()
                + " documents taken for one " + first.type() + " on " + first.date() + " in " + where + " ("
                + sources.size() + " independent " + (sources.size() == 1 ? "source" : "sources") + "): " + reason,
                evidence);
    }
}
