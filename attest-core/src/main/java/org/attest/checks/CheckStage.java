package org.attest.checks;

import java.util.ArrayList;
import java.util.List;
import org.attest.Stage;
import org.attest.model.Check;
import org.attest.model.Document;
import org.attest.places.RegionIndex;

/**
 * The checks within one document, run after the events stage: {@code claimed_vs_listed},
 * {@code repeated_names}, {@code internal_mismatch} and {@code arithmetic}, in that order.
 * Adds its findings with {@link Document#withChecks} after any checks already there. A finding
 * states counts, ranges, sources and arithmetic; it never says a claim is true or false.
 * Pure and safe to share between threads.
 */
public final class CheckStage implements Stage {
    private final CheckLexicon lexicon;
    private final List<CheckPass> passes;

    public CheckStage(CheckLexicon lexicon, RegionIndex regions) {
        this.lexicon = lexicon;
        this.passes = List.of(new ClaimedVsListedPass(lexicon, regions), new RepeatedNamesPass(),
                new InternalMismatchPass(), new ArithmeticPass());
    }

    /** The stage with the bundled lexicon. */
    public static CheckStage withDefaults(RegionIndex regions) {
        return new CheckStage(CheckLexicon.load(), regions);
    }

    @Override
    public String name() {
        return "checks";
    }

    @Override
    public Document apply(Document document) {
        CheckInput in = CheckInput.of(document, lexicon);
        List<Check> all = new ArrayList<>(document.checks());
        for (CheckPass pass : passes) {
            all.addAll(pass.find(in));
        }
        return document.withChecks(all);
    }
}
