package org.attest.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.attest.AttestException;
import org.attest.Pipeline;
import org.attest.ingest.Digests;
import org.attest.ingest.SourceReader;
import org.attest.model.Source;
import org.attest.store.IngestRun;
import org.attest.store.PutResult;
import org.attest.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code attest ingest FILE|DIR...}: extracts each report and stores it. A document already
 * stored (same SHA-256) is skipped before extraction; a changed document at the same source
 * replaces its old records; each document is committed on its own, so an interrupted run loses
 * nothing committed and a re-run finishes the job without duplicates.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true, description = "Extract reports and store them.")
final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE|DIR")
    List<Path> paths;

    @Mixin
    StoreOption store;

    @Mixin
    GazetteerOptions gazetteer;

    @Override
    public Integer call() {
        long added = 0;
        long unchanged = 0;
        long replaced = 0;
        long failed = 0;
        long events = 0;
        long places = 0;
        try (Store s = Store.open(store.db)) {
            Pipeline pipeline = null;
            SourceReader reader = new SourceReader();
            long run = s.startRun();
            List<Path> files = Inputs.expand(paths);
            int done = 0;
            for (Path p : files) {
                try {
                    Source src = reader.read(p);
                    if (s.contains(Digests.sha256Hex(src.bytes()))) {
                        unchanged++;
                    } else {
                        if (pipeline == null) {
                            pipeline = gazetteer.pipeline();
                        }
                        var doc = pipeline.process(src);
                        PutResult r = s.put(doc, site(p), run);
                        if (r.outcome() == PutResult.Outcome.REPLACED) {
                            replaced++;
                        } else if (r.outcome() == PutResult.Outcome.NEW) {
                            added++;
                        } else {
                            unchanged++;
                        }
                        events += doc.events().size();
                        places += doc.places().size();
                    }
                } catch (AttestException e) {
                    System.err.println("attest: " + e.getMessage());
                    failed++;
                }
                done++;
                if (System.console() != null) {
                    System.err.printf("\r[%-30s] %d/%d", "=".repeat(30 * done / files.size()), done, files.size());
                }
            }
            if (System.console() != null) {
                System.err.println();
            }
            s.finishRun(run, new IngestRun.Totals(added, unchanged, failed, replaced));
        } catch (AttestException e) {
            System.err.println("attest: " + e.getMessage());
            return 2;
        }
        System.out.printf("ingested into %s: %d new, %d replaced, %d unchanged, %d failed; %d events, %d place mentions%n",
                store.db, added, replaced, unchanged, failed, events, places);
        return failed == 0 ? 0 : 1;
    }

    /** The publisher a file stands for: the folder it was found in. */
    private static String site(Path p) {
        Path parent = p.toAbsolutePath().getParent();
        return parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
    }
}
