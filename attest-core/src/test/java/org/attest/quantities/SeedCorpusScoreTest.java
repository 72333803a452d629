package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.attest.model.Document;
import org.attest.model.Quantity;
import org.assertj.core.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the stage over the shared seed corpus and scores it against the hand gold with the
 * referee's rule (shared/tools/score.py): a found quantity matches a gold one when the spans
 * overlap and value, value_max and qualifier are equal. Skipped when the shared directory
 * (system property {@code attest.shared.dir}) is absent. Nothing here knows any seed text.
 */
class SeedCorpusScoreTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void quantitiesOnSeedCorpusReachF1() throws IOException {
        String shared = System.getProperty("attest.shared.dir", "");
        Path corpus = Path.of(shared, "corpus", "seeds");
        Path gold = Path.of(shared, "gold", "seeds");
        Assumptions.assumeThat(!shared.isEmpty() && Files.isDirectory(corpus) && Files.isDirectory(gold))
                .as("shared seed corpus not present (attest.shared.dir)").isTrue();

        QuantityStage stage = new QuantityStage(QuantityLexicon.load());
        int tp = 0;
        int fp = 0;
        int fn = 0;
        StringBuilder report = new StringBuilder();
        List<Path> golds;
        try (Stream<Path> files = Files.list(gold)) {
            golds = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path g : golds) {
            String base = g.getFileName().toString().replaceAll("\\.json$", "");
            Path txt = corpus.resolve(base + ".txt");
            if (!Files.exists(txt)) {
                continue;
            }
            String text = Files.readString(txt, StandardCharsets.UTF_8);
            List<Quantity> found = stage.apply(Document.of(base, txt.toString(), "", null, null, "en", text,
                    List.of())).quantities();
            List<JsonNode> gq = new ArrayList<>();
            JSON.readTree(g.toFile()).path("quantities").forEach(gq::add);
            List<int[]> spans = new ArrayList<>();
            for (JsonNode q : gq) {
                spans.add(findSpan(text, q.path("text").asText()));
            }
            boolean[] used = new boolean[gq.size()];
            int docTp = 0;
            for (Quantity q : found) {
                boolean hit = false;
                for (int j = 0; j < gq.size() && !hit; j++) {
                    int[] sp = spans.get(j);
                    if (used[j] || sp == null || !(q.span().start() < sp[1] && sp[0] < q.span().end())) {
                        continue;
                    }
                    JsonNode gj = gq.get(j);
                    boolean maxOk = gj.path("value_max").isNull() || gj.path("value_max").isMissingNode()
                            || q.valueMax() != null && q.valueMax() == gj.path("value_max").asDouble();
                    if (q.value() == gj.path("value").asDouble()
                            && q.qualifier().code().equals(gj.path("qualifier").asText()) && maxOk) {
                        used[j] = true;
                        hit = true;
                    }
                }
                if (hit) {
                    docTp++;
                } else {
                    report.append(base).append(" FP ").append(q).append('\n');
                }
            }
            for (int j = 0; j < gq.size(); j++) {
                if (!used[j]) {
                    report.append(base).append(" FN ").append(gq.get(j)).append('\n');
                }
            }
            tp += docTp;
            fp += found.size() - docTp;
            fn += gq.size() - docTp;
        }
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        System.out.printf("seed quantities: tp=%d fp=%d fn=%d p=%.3f r=%.3f f1=%.3f%n%s", tp, fp, fn, p, r, f1, report);
        assertThat(tp + fn).as("gold quantities found").isPositive();
        assertThat(f1).as("quantity F1 on the seed corpus\n" + report).isGreaterThanOrEqualTo(0.85);
    }

    /** Where a gold string stands: words joined by any white space, quote styles interchangeable. */
    static int[] findSpan(String text, String s) {
        if (s.isBlank()) {
            return null;
        }
        StringBuilder re = new StringBuilder();
        for (String word : s.trim().split("[\\s\\u00a0]+")) {
            if (re.length() > 0) {
                re.append("[\\s\\u00a0]+");
            }
            for (char c : word.toCharArray()) {
                re.append(switch (c) {
                    case '\'', '\u2018', '\u2019' -> "['\u2018\u2019]";
                    case '"', '\u201c', '\u201d' -> "[\"\u201c\u201d]";
                    default -> Pattern.quote(String.valueOf(c));
                });
            }
        }
        Matcher m = Pattern.compile(re.toString()).matcher(text);
        return m.find() ? new int[] {m.start(), m.end()} : null;
    }
}
