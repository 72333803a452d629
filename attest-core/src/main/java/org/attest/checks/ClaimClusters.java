package org.attest.checks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.attest.checks.CorpusChecks.Corpus;
import org.attest.checks.Digest.Claim;
import org.attest.model.Check;
import org.attest.model.Quantity;
import org.attest.model.Span;

/**
 * {@code claim_cluster}: figures from different documents about the same thing (normalised
 * unit, event type, scope and month of the event) side by side: each value with its
 * qualifier, source and quote, the range, whether all agree once their qualifiers are read as
 * {@link Bounds}, and how many independent sources support each value.
 */
final class ClaimClusters {
    private ClaimClusters() {}

    /** One claim and the document it comes from. */
    private record Located(int digest, Claim claim) {}

    static List<Check> find(Corpus c) {
        Map<String, List<Located>> byKey = new TreeMap<>();
        for (int d = 0; d < c.digests().size(); d++) {
            for (Claim claim : c.digests().get(d).claims()) {
                byKey.computeIfAbsent(claim.key(), k -> new ArrayList<>()).add(new Located(d, claim));
            }
        }
        List<Check> out = new ArrayList<>();
        for (List<Located> claims : byKey.values()) {
            if (claims.stream().map(Located::digest).distinct().count() >= 2) {
                out.add(check(c, claims));
            }
        }
        return out;
    }

    private static Check check(Corpus c, List<Located> claims) {
        // independent sources: claims of one publisher, of near-duplicate documents, or in
        // copies of one paragraph are one source
        UnionFind independent = new UnionFind(claims.size());
        Map<Integer, Integer> firstOfSource = new HashMap<>();
        Map<Integer, Integer> firstOfParagraph = new HashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            Located l = claims.get(i);
            Integer s = firstOfSource.putIfAbsent(c.sources().find(l.digest()), i);
            if (s != null) {
                independent.union(s, i);
            }
            int p = c.paragraphCluster(l.digest(), l.claim().paragraph());
            if (p >= 0) {
                Integer q = firstOfParagraph.putIfAbsent(p, i);
                if (q != null) {
                    independent.union(q, i);
                }
            }
        }
        List<Map<String, Object>> values = new ArrayList<>();
        List<Span> evidence = new ArrayList<>();
        List<Long> evidenceDocs = new ArrayList<>();
        Map<String, List<Integer>> byValue = new LinkedHashMap<>();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < claims.size(); i++) {
            Located l = claims.get(i);
            Digest d = c.digests().get(l.digest());
            Quantity q = l.claim().quantity();
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("text", q.text());
            v.put("value", Fmt.json(q.value()));
            if (q.valueMax() != null) {
                v.put("value_max", Fmt.json(q.valueMax()));
            }
            v.put("qualifier", q.qualifier().code());
            v.put("document_id", d.id());
            v.put("document", d.name());
            v.put("publisher", d.publisher());
            v.put("source", independent.find(i));
            v.put("quote", l.claim().quote());
            values.add(v);
            evidence.add(q.span());
            evidenceDocs.add(d.id());
            min = Math.min(min, q.value());
            max = Math.max(max, q.valueMax() == null ? q.value() : q.valueMax());
            byValue.computeIfAbsent(Fmt.num(q.value()) + (q.valueMax() == null ? "" : "-" + Fmt.num(q.valueMax()))
                    + " " + q.qualifier().code(), k -> new ArrayList<>()).add(i);
        }
        List<Map<String, Object>> support = new ArrayList<>();
        for (var e : byValue.entrySet()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("value", e.getKey());
            s.put("claims", e.getValue().size());
            s.put("independent_sources", e.getValue().stream().map(independent::find).distinct().count());
            support.add(s);
        }
        boolean agree = Bounds.agree(claims.stream().map(l -> Bounds.of(l.claim().quantity())).toList());
        long sources = java.util.stream.IntStream.range(0, claims.size()).map(independent::find).distinct().count();
        long documents = claims.stream().map(Located::digest).distinct().count();
        Claim first = claims.get(0).claim();
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("unit", first.unit());
        f.put("event_type", first.type());
        f.put("scope", first.scope());
        f.put("window", first.window());
        f.put("values", values);
        f.put("range", List.of(Fmt.json(min), Fmt.json(max)));
        f.put("relation", agree ? "consistent" : "inconsistent");
        f.put("documents", documents);
        f.put("independent_sources", sources);
        f.put("support", support);
        f.put("evidence_documents", evidenceDocs);
        String stated = String.join("; ", support.stream().map(s -> s.get("value") + " (" + s.get("independent_sources")
                + " independent " + ((Long) s.get("independent_sources") == 1 ? "source" : "sources") + ")").toList());
        String msg = documents + " documents give " + first.unit() + " (" + first.type() + ", " + first.scope() + ", "
                + first.window() + ") from " + Fmt.num(min) + " to " + Fmt.num(max) + ": " + stated + "; "
                + (agree ? "consistent given their qualifiers" : "inconsistent even given their qualifiers")
                + "; " + sources + " independent " + (sources == 1 ? "source" : "sources");
        return new Check("claim_cluster", f, msg, evidence);
    }
}
