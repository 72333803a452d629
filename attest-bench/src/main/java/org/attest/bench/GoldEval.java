package org.attest.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.attest.AttestException;
import org.attest.model.Document;
import org.attest.record.RecordJson;

/**
 * Place precision, recall and F1 of Attest and of the CoreNLP baseline on the gold seeds,
 * scored by the referee scorer ({@code shared/tools/score.py}) so both are judged by the same
 * rules. The baseline reads the text Attest's cleaner produced, so only the geoparsing differs.
 */
public final class GoldEval {
    /** Place scores of one system, or why there are none. */
    public record Score(double p, double r, double f1, int docs, String note) {
        static Score none(String why) {
            return new Score(Double.NaN, Double.NaN, Double.NaN, 0, why);
        }

        public boolean present() {
            return !Double.isNaN(f1);
        }
    }

    /** The scores of both systems. */
    public record Result(Score attest, Score coreNlp) {}

    private GoldEval() {}

    /** Scores both systems, writing their records under {@code outDir}. */
    public static Result run(Env env, Path outDir) throws AttestException {
        Path gold = env.goldDir();
        Path seeds = env.seedsDir();
        Path scorer = env.sharedDir.resolve("tools/score.py");
        if (gold == null || seeds == null || !Files.isRegularFile(scorer)) {
            Score none = Score.none("no gold: " + env.sharedDir + " lacks gold/seeds, corpus/seeds or tools/score.py");
            return new Result(none, none);
        }
        ObjectMapper mapper = new ObjectMapper();
        RecordJson json = new RecordJson();
        CoreNlpBaseline baseline = CoreNlpBaseline.load(env.gazetteer, env.regions);
        List<String> attestLines = new ArrayList<>();
        List<String> baselineLines = new ArrayList<>();
        for (Path g : list(gold)) {
            String base = g.getFileName().toString().replaceFirst("\\.json$", "");
            Path text = findSeed(seeds, base);
            if (text == null) {
                continue;
            }
            Document d = env.pipeline.process(text);
            attestLines.add(json.toLine(d));
            baselineLines.add(CoreNlpBaseline.record(mapper, d.name(), baseline.places(d.text())).toString());
        }
        try {
            Files.createDirectories(outDir);
            Path a = Files.write(outDir.resolve("attest-seeds.jsonl"), attestLines, StandardCharsets.UTF_8);
            Path b = Files.write(outDir.resolve("corenlp-seeds.jsonl"), baselineLines, StandardCharsets.UTF_8);
            return new Result(score(mapper, scorer, a, gold, attestLines.size()),
                    score(mapper, scorer, b, gold, baselineLines.size()));
        } catch (IOException e) {
            throw new AttestException(outDir + ": cannot write records (" + e.getMessage() + ")", e);
        }
    }

    private static List<Path> list(Path dir) throws AttestException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new AttestException(dir + ": cannot list (" + e.getMessage() + ")", e);
        }
    }

    private static Path findSeed(Path seeds, String base) {
        for (String ext : new String[] {".txt", ".html", ".htm"}) {
            Path p = seeds.resolve(base + ext);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    private static Score score(ObjectMapper mapper, Path scorer, Path records, Path gold, int docs)
            throws AttestException {
        try {
            Process proc = new ProcessBuilder("python3", scorer.toString(), records.toString(), gold.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String out;
            try (InputStream in = proc.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!proc.waitFor(120, TimeUnit.SECONDS) || proc.exitValue() != 0) {
                return Score.none("score.py failed on " + records);
            }
            JsonNode places = mapper.readTree(out).path("places");
            return new Score(places.path("p").asDouble(), places.path("r").asDouble(), places.path("f1").asDouble(),
                    docs, "");
        } catch (IOException e) {
            return Score.none("cannot run python3 " + scorer + " (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AttestException(records + ": interrupted while scoring", e);
        }
    }
}
