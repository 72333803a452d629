package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Drops the statement told with a call of its own type in the same sentence: "in a statement on
 * Tuesday, the council called on teachers to boycott classes", "signed a statement urging voters
 * to stay away from the polls", "had called on June 10 for a boycott". The call is what the
 * statement says; a coder records the call, not a second event for the words that carry it.
 * Statements beside another happening are left to {@link AttributionPass}. Used by {@link ReportWalk}.
 */
final class CallsOverStatements {
    /** Types whose hit is itself an appeal made in words: "boycott_call". */
    private static final Set<String> CALLS = WordSets.named("call-types");
    /** Types that only carry such an appeal when told in its sentence: "statement". */
    private static final Set<String> CARRIERS = WordSets.named("call-carrier-types");

    private CallsOverStatements() {}

    /**
     * The sentence's dated hits less the carriers of a call, when one is among them. Asked after
     * the dates are given, so that the day a frame names ("in a statement on Tuesday, ...") still
     * dates the call, and the frame still silences what {@link AttributionPass} silences.
     */
    static List<DatePass.Dated> without(List<DatePass.Dated> dated) {
        if (dated.size() < 2 || dated.stream().noneMatch(d -> CALLS.contains(d.hit().type()))) {
            return dated;
        }
        List<DatePass.Dated> kept = new ArrayList<>(dated.size());
        for (DatePass.Dated d : dated) {
            if (!CARRIERS.contains(d.hit().type())) {
                kept.add(d);
            }
        }
        return kept.size() == dated.size() ? dated : kept;
    }
}
