package org.attest.checks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.attest.model.Check;
import org.attest.model.Span;

/**
 * The checks across documents: near-duplicate documents and copied paragraphs
 * ({@code near_duplicates}, {@code copied_paragraphs}), clusters of claims about the same
 * thing ({@code claim_cluster}) and events reported by several documents
 * ({@code duplicate_events}). Documents of one publisher, near-duplicate documents, and claims
 * standing in copies of one paragraph count as one source.
 *
 * <p>Every cross-document check has the figure {@code evidence_documents}: the store id of the
 * document each of its evidence spans belongs to, in the same order as
 * {@link Check#evidence()}. Nothing here deletes or rewrites a document or an event: merges
 * are findings, and running again recomputes them.
 *
 * <p>Memory: one {@link Digest} per document (claims and keys, not the text), and the
 * signatures the {@link LshIndex}es may still compare. Time: linear in the corpus; see
 * {@link LshIndex}.
 */
public final class CorpusChecks {
    /**
     * Signature length (bands x rows = 100 hashes), shingle words, and the estimated Jaccard
     * similarity that makes a copy. 20 bands of 5 rows make texts of similarity 0.7 candidates
     * with probability 0.97 and those of 0.8 with 0.9996, while pairs below 0.3 rarely meet.
     */
    static final int BANDS = 20;
    static final int ROWS = 5;
    static final int SHINGLE = 4;
    static final double NEAR_DUPLICATE = 0.7;

    private final CheckLexicon lexicon;
    private final MinHash minHash = new MinHash(BANDS * ROWS, SHINGLE, 0x5EEDL);

    public CorpusChecks(CheckLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The findings over all the documents, in no particular order (see {@link Notability}). */
    public List<Check> run(Iterator<CorpusDocument> documents) {
        List<Digest> digests = new ArrayList<>();
        LshIndex docs = new LshIndex(BANDS, ROWS, NEAR_DUPLICATE);
        LshIndex paragraphs = new LshIndex(BANDS, ROWS, NEAR_DUPLICATE);
        List<int[]> paragraphIds = new ArrayList<>();
        StringPool strings = new StringPool();
        while (documents.hasNext()) {
            CorpusDocument cd = documents.next();
            Paragraphs p = Paragraphs.of(cd.document().text(), minHash);
            digests.add(Digest.of(cd, p.spans(), lexicon, strings));
            docs.add(p.whole());
            int[] ids = new int[p.spans().size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = paragraphs.add(p.signatures().get(i));
            }
            paragraphIds.add(ids);
        }
        // one source: one publisher, or near-duplicate documents
        UnionFind sources = new UnionFind(digests.size());
        Map<String, Integer> byPublisher = new HashMap<>();
        for (int i = 0; i < digests.size(); i++) {
            Integer first = byPublisher.putIfAbsent(digests.get(i).publisher(), i);
            if (first != null) {
                sources.union(first, i);
            }
            if (docs.cluster(i) != i) {
                sources.union(docs.cluster(i), i);
            }
        }
        Corpus corpus = new Corpus(digests, sources, paragraphs, paragraphIds);
        List<Check> out = new ArrayList<>();
        out.addAll(nearDuplicates(digests, docs));
        out.addAll(copiedParagraphs(corpus));
        out.addAll(ClaimClusters.find(corpus));
        out.addAll(EventMerges.find(corpus));
        return out;
    }

    /** The digests and how they group, for the cluster finders. */
    record Corpus(List<Digest> digests, UnionFind sources, LshIndex paragraphs, List<int[]> paragraphIds) {
        /** The paragraph cluster of a claim's paragraph, or -1. */
        int paragraphCluster(int digest, int paragraph) {
            return paragraph < 0 ? -1 : paragraphs.cluster(paragraphIds.get(digest)[paragraph]);
        }
    }

    private static List<Check> nearDuplicates(List<Digest> digests, LshIndex docs) {
        Map<Integer, List<Integer>> clusters = new TreeMap<>();
        for (int i = 0; i < digests.size(); i++) {
            clusters.computeIfAbsent(docs.cluster(i), k -> new ArrayList<>()).add(i);
        }
        List<Check> out = new ArrayList<>();
        for (List<Integer> members : clusters.values()) {
            if (members.size() < 2) {
                continue;
            }
            List<Map<String, Object>> listed = new ArrayList<>();
            double least = 1.0;
            for (int i : members) {
                listed.add(docFigure(digests.get(i)));
                least = Math.min(least, docs.similarity(i));
            }
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("documents", listed);
            f.put("min_similarity", Math.round(least * 100) / 100.0);
            f.put("evidence_documents", List.of());
            out.add(new Check("near_duplicates", f, members.size() + " documents are near-copies of one another "
                    + "(estimated word-shingle similarity at least " + Fmt.percent(least) + "): "
                    + String.join(", ", members.stream().map(i -> digests.get(i).name()).toList())
                    + "; they count as one source", List.of()));
        }
        return out;
    }

    private static List<Check> copiedParagraphs(Corpus c) {
        Map<Integer, List<int[]>> clusters = new TreeMap<>();
        for (int d = 0; d < c.digests().size(); d++) {
            for (int p = 0; p < c.digests().get(d).paragraphs().size(); p++) {
                clusters.computeIfAbsent(c.paragraphCluster(d, p), k -> new ArrayList<>()).add(new int[] {d, p});
            }
        }
        List<Check> out = new ArrayList<>();
        for (List<int[]> members : clusters.values()) {
            long groups = members.stream().map(m -> c.sources().find(m[0])).distinct().count();
            if (groups < 2) {
                continue;
            }
            List<Map<String, Object>> listed = new ArrayList<>();
            List<Span> evidence = new ArrayList<>();
            List<Long> evidenceDocs = new ArrayList<>();
            for (int[] m : members) {
                Digest d = c.digests().get(m[0]);
                listed.add(docFigure(d));
                evidence.add(d.paragraphs().get(m[1]));
                evidenceDocs.add(d.id());
            }
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("documents", listed);
            f.put("publishers", groups);
            f.put("evidence_documents", evidenceDocs);
            out.add(new Check("copied_paragraphs", f, "one paragraph stands, nearly word for word, in " + members.size()
                    + " documents from " + groups + " publishers: "
                    + String.join(", ", members.stream().map(m -> c.digests().get(m[0]).name()).distinct().toList())
                    + "; claims in it count as one source", evidence));
        }
        return out;
    }

    static Map<String, Object> docFigure(Digest d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("name", d.name());
        m.put("publisher", d.publisher());
        return m;
    }
}
