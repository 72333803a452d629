package org.attest.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.attest.AttestException;
import org.attest.checks.CheckLexicon;
import org.attest.checks.CheckStage;
import org.attest.checks.CorpusChecks;
import org.attest.checks.CorpusDocument;
import org.attest.checks.Notability;
import org.attest.gazetteer.Admin1Table;
import org.attest.gazetteer.CountryTable;
import org.attest.model.Check;
import org.attest.model.Document;
import org.attest.model.Span;
import org.attest.places.RegionIndex;
import org.attest.store.StoreFailure;
import org.attest.store.Store;
import org.attest.store.StoredDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code attest check}: the checks over the whole store. Re-runs the within-document checks on
 * every stored document (so documents stored before a rule changed get current findings; they
 * are printed, not written back), runs the cross-document checks, replaces the stored
 * cross-document checks with them, and prints every finding, most notable first.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks within and across stored documents: claims against lists, figures that disagree, "
                + "copies counted once, events reported twice.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--json", description = "print the findings as one JSON object")
    boolean json;

    @Option(names = "--limit", defaultValue = "50", description = "most findings to print as text (default: ${DEFAULT-VALUE})")
    int limit;

    /** A finding with the documents its evidence spans belong to and their text. */
    private record Finding(Check check, String scope, List<Map<String, Object>> evidence) {}

    @Override
    public Integer call() {
        CheckLexicon lexicon = CheckLexicon.load();
        CheckStage stage = new CheckStage(lexicon, new RegionIndex(CountryTable.loadDefault(), Admin1Table.loadDefault()));
        List<Finding> findings = new ArrayList<>();
        Map<Long, String> texts = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        try (Store s = Store.open(store.db)) {
            List<Check> cross;
            try (Stream<StoredDocument> stored = s.documents()) {
                // one document at a time: the corpus checks keep a digest of each, this command its text
                cross = new CorpusChecks(lexicon).run(stored.map(sd -> {
                    Document d = stage.apply(sd.document().withChecks(List.of()));
                    long id = sd.ref().id();
                    for (Check c : d.checks()) {
                        findings.add(new Finding(c, "document", evidence(c.evidence(), id, d.text(), sd.ref().name())));
                    }
                    texts.put(id, d.text());
                    names.put(id, sd.ref().name());
                    return new CorpusDocument(id, sd.ref().name(), sd.ref().site(), d);
                }).iterator());
            } catch (StoreFailure e) {
                throw e.getCause();
            }
            s.replaceChecks(cross);
            for (Check c : cross) {
                findings.add(new Finding(c, "corpus", crossEvidence(c, texts, names)));
            }
        } catch (AttestException e) {
            System.err.println("attest: " + e.getMessage());
            return 2;
        }
        findings.sort((a, b) -> Notability.order().compare(a.check(), b.check()));
        if (json) {
            printJson(findings);
        } else {
            printText(findings);
        }
        return 0;
    }

    private static List<Map<String, Object>> crossEvidence(Check c, Map<Long, String> texts, Map<Long, String> names) {
        Object docs = c.figures().get("evidence_documents");
        List<Long> ids = new ArrayList<>();
        if (docs instanceof List<?> l) {
            l.forEach(o -> ids.add(((Number) o).longValue()));
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < c.evidence().size() && i < ids.size(); i++) {
            long id = ids.get(i);
            out.addAll(evidence(List.of(c.evidence().get(i)), id, texts.getOrDefault(id, ""),
                    names.getOrDefault(id, "?")));
        }
        return out;
    }

    private static List<Map<String, Object>> evidence(List<Span> spans, long id, String text, String name) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Span sp : spans) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("document_id", id);
            m.put("document", name);
            m.put("start", sp.start());
            m.put("end", sp.end());
            m.put("text", sp.end() <= text.length() ? shorten(sp.of(text)) : "");
            out.add(m);
        }
        return out;
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= 160 ? one : one.substring(0, 157) + "...";
    }

    private void printText(List<Finding> findings) {
        System.out.printf("%d findings (%d within documents, %d across documents)%n", findings.size(),
                findings.stream().filter(f -> f.scope().equals("document")).count(),
                findings.stream().filter(f -> f.scope().equals("corpus")).count());
        int n = 0;
        for (Finding f : findings) {
            if (n++ >= limit) {
                System.out.printf("... %d more (--limit, or --json for all)%n", findings.size() - limit);
                break;
            }
            System.out.printf("%n[%s] %s%n", f.check().kind(), f.check().message());
            for (Map<String, Object> e : f.evidence()) {
                System.out.printf("    %s [%s, %s): %s%n", e.get("document"), e.get("start"), e.get("end"), e.get("text"));
            }
        }
    }

    private static void printJson(List<Finding> findings) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Finding f : findings) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", f.check().kind());
            m.put("scope", f.scope());
            m.put("score", Notability.score(f.check()));
            m.put("message", f.check().message());
            m.put("figures", f.check().figures());
            m.put("evidence", f.evidence());
            out.add(m);
        }
        try {
            System.out.println(new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                    .writeValueAsString(Map.of("findings", out)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("findings are plain maps and lists: " + e.getMessage(), e);
        }
    }
}
