package org.attest.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.attest.AttestException;
import org.attest.Pipeline;
import org.attest.model.Document;
import org.attest.record.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attest extract FILE|DIR...}: one extraction record (JSON line) per document on stdout. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract places, dates, figures and events; one JSON record per document on stdout.")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = ".txt and .html reports, or folders of them")
    List<Path> paths;

    @Option(names = "--summary", description = "print a readable summary instead of JSON lines")
    boolean summary;

    @Mixin
    GazetteerOptions gazetteer;

    @Override
    public Integer call() {
        Pipeline pipeline;
        try {
            pipeline = gazetteer.pipeline();
        } catch (AttestException e) {
            System.err.println("attest: " + e.getMessage());
            return 2;
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        RecordJson json = new RecordJson();
        Summary sum = new Summary();
        int failed = 0;
        for (Path p : Inputs.expand(paths)) {
            try {
                Document d = pipeline.process(p);
                if (summary) {
                    sum.add(d);
                } else {
                    out.println(json.toLine(d));
                }
            } catch (AttestException e) {
                System.err.println("attest: " + e.getMessage());
                failed++;
            }
        }
        if (summary) {
            sum.print(out, failed);
        }
        out.flush();
        return failed == 0 ? 0 : 1;
    }
}
