package org.attest.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.attest.AttestException;
import org.attest.Pipeline;
import org.attest.app.eval.Scorer;
import org.attest.record.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attest eval --gold DIR RECORDS.jsonl|FILES...}: precision, recall and F1 per field. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score extraction records (or files, extracted now) against hand-made gold.")
final class EvalCommand implements Callable<Integer> {
    private static final List<String> FIELDS = List.of("places", "quantities", "events");

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "folder of gold .json files")
    Path gold;

    @Option(names = "--json", description = "print the scores as one JSON object")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "RECORDS.jsonl|FILE|DIR")
    List<Path> inputs;

    @Mixin
    GazetteerOptions gazetteer;

    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public Integer call() throws IOException {
        Map<String, JsonNode> records;
        try {
            records = records();
        } catch (AttestException e) {
            System.err.println("attest: " + e.getMessage());
            return 2;
        }
        Map<String, Scorer.Counts> total = new LinkedHashMap<>();
        ObjectNode out = mapper.createObjectNode();
        ObjectNode perDoc = out.putObject("documents");
        List<Path> golds;
        try (Stream<Path> s = Files.list(gold)) {
            golds = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        if (!json) {
            System.out.printf("%-28s %-11s %6s %6s %6s %4s %4s %4s%n", "document", "field", "P", "R", "F1", "tp", "fp", "fn");
        }
        for (Path g : golds) {
            String key = base(g.getFileName().toString());
            JsonNode goldDoc = mapper.readTree(g.toFile());
            JsonNode rec = records.getOrDefault(key, mapper.createObjectNode());
            ObjectNode d = perDoc.putObject(key);
            for (String field : FIELDS) {
                Scorer.Counts c = switch (field) {
                    case "places" -> Scorer.places(rec, goldDoc);
                    case "quantities" -> Scorer.quantities(rec, goldDoc);
                    default -> Scorer.events(rec, goldDoc);
                };
                total.merge(field, c, (a, b) -> new Scorer.Counts(a.tp() + b.tp(), a.fp() + b.fp(), a.fn() + b.fn(),
                        concat(a.missed(), b.missed())));
                d.set(field, counts(c));
                if (!json) {
                    print(key, field, c);
                }
            }
        }
        ObjectNode micro = out.putObject("micro");
        total.forEach((f, c) -> micro.set(f, counts(c)));
        if (json) {
            System.out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(out));
        } else {
            System.out.println();
            total.forEach((f, c) -> print("ALL (micro)", f, c));
            total.forEach((f, c) -> {
                if (!c.missed().isEmpty()) {
                    System.out.println("\nmissed " + f + ":");
                    c.missed().stream().limit(40).forEach(m -> System.out.println("  " + m));
                }
            });
        }
        return 0;
    }

    private Map<String, JsonNode> records() throws AttestException, IOException {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (p.toString().endsWith(".jsonl")) {
                for (String line : Files.readAllLines(p)) {
                    if (!line.isBlank()) {
                        JsonNode r = mapper.readTree(line);
                        out.put(base(r.path("doc").asText()), r);
                    }
                }
            } else {
                files.add(p);
            }
        }
        if (!files.isEmpty()) {
            Pipeline pipeline = gazetteer.pipeline();
            RecordJson rj = new RecordJson();
            for (Path f : Inputs.expand(files)) {
                try {
                    out.put(base(f.getFileName().toString()), rj.toJson(pipeline.process(f)));
                } catch (AttestException e) {
                    System.err.println("attest: " + e.getMessage());
                }
            }
        }
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> m = new ArrayList<>(a);
        m.addAll(b);
        return m;
    }

    private ObjectNode counts(Scorer.Counts c) {
        ObjectNode o = mapper.createObjectNode();
        o.put("p", round(c.precision()));
        o.put("r", round(c.recall()));
        o.put("f1", round(c.f1()));
        o.put("tp", c.tp());
        o.put("fp", c.fp());
        o.put("fn", c.fn());
        return o;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    private static void print(String doc, String field, Scorer.Counts c) {
        System.out.printf("%-28s %-11s %6.3f %6.3f %6.3f %4d %4d %4d%n", doc, field, c.precision(), c.recall(), c.f1(),
                c.tp(), c.fp(), c.fn());
    }

    private static String base(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
