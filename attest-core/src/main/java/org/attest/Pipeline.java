package org.attest;

import java.nio.file.Path;
import java.util.List;
import org.attest.checks.CheckStage;
import org.attest.clean.Cleaner;
import org.attest.dates.DateLexicon;
import org.attest.dates.DateStage;
import org.attest.events.EventLexicon;
import org.attest.events.EventStage;
import org.attest.gazetteer.Gazetteer;
import org.attest.ingest.SourceReader;
import org.attest.model.Document;
import org.attest.model.Issue;
import org.attest.model.Source;
import org.attest.places.Geoparser;
import org.attest.places.PlaceLexicon;
import org.attest.places.RegionIndex;
import org.attest.quantities.QuantityLexicon;
import org.attest.quantities.QuantityStage;
import org.attest.segment.SentenceSplitter;

/**
 * The whole extraction: read, clean, then the stages in order (segment, dates, places,
 * quantities, events, checks; dates come before places so that a month name such as "Tir" or
 * "June" is never taken for a town). Built once at the edge (CLI, server, Spark executor) and shared: it holds
 * no mutable state. A stage that throws on a document is recorded as an {@link Issue} naming
 * the stage, and the document goes on with what it had.
 */
public final class Pipeline {
    private final SourceReader reader;
    private final Cleaner cleaner;
    private final List<Stage> stages;

    public Pipeline(SourceReader reader, Cleaner cleaner, List<Stage> stages) {
        this.reader = reader;
        this.cleaner = cleaner;
        this.stages = List.copyOf(stages);
    }

    /** The standard pipeline over a loaded gazetteer and region tables. */
    public static Pipeline standard(Gazetteer gazetteer, RegionIndex regions) {
        return new Pipeline(new SourceReader(), Cleaner.withDefaults(), List.of(
                SentenceSplitter.withDefaults(),
                new DateStage(DateLexicon.load()),
                new Geoparser(gazetteer, regions, PlaceLexicon.load()),
                new QuantityStage(QuantityLexicon.load()),
                new EventStage(EventLexicon.load()),
                CheckStage.withDefaults(regions)));
    }

    public List<Stage> stages() {
        return stages;
    }

    /** Reads and processes one file. */
    public Document process(Path file) throws AttestException {
        return process(reader.read(file));
    }

    /** Cleans and processes one source; throws only when the source has no usable text. */
    public Document process(Source source) throws AttestException {
        return run(cleaner.clean(source));
    }

    /** Runs the stages over an already cleaned document. */
    public Document run(Document doc) {
        for (Stage stage : stages) {
            try {
                doc = stage.apply(doc);
            } catch (RuntimeException | StackOverflowError e) {
                doc = doc.withIssue(new Issue(stage.name(), e.getClass().getSimpleName() + ": " + e.getMessage()));
            }
        }
        return doc;
    }
}
