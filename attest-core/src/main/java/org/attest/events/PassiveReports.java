package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A reporting participle that names no one who reports: "the death sentences were announced" (a
 * passive with no agent) and "three executions announced Saturday took the figure to 198" (a reduced
 * relative on the thing announced). The thing announced is the news, not a statement of anyone's.
 */
final class PassiveReports {
    private PassiveReports() {}

    /** Participles of a statement that may stand in a passive: "announced", "declared", "revealed". */
    private static final Set<String> REPORT_PARTICIPLES = WordSets.named("report-participles");
    /** Forms of "be" of a passive: "were announced". */
    private static final Set<String> PASSIVE_BE = WordSets.named("passive-be");

    /** The hits less the statements made by a passive or a reduced relative. */
    static List<Hit> withoutPassiveStatements(List<Hit> hits, List<Token> tokens) {
        List<Hit> kept = null;
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            boolean drop = h.type().equals("statement") && agentless(tokens, h);
            if (drop && kept == null) {
                kept = new ArrayList<>(hits.subList(0, i));
            } else if (!drop && kept != null) {
                kept.add(h);
            }
        }
        return kept == null ? hits : kept;
    }

    /**
     * True when the one-word participle trigger follows a form of "be" and no "by" follows it ("the
     * verdicts were announced in court"), or follows a plural noun in lower case right after a
     * number ("three executions announced Saturday").
     */
    static boolean agentless(List<Token> tokens, Hit h) {
        int p = h.first();
        if (p != h.last() || p < 1 || !REPORT_PARTICIPLES.contains(tokens.get(p).lower())) {
            return false;
        }
        Token before = tokens.get(p - 1);
        if (before.word() && PASSIVE_BE.contains(before.lower())) {
            return !(p + 1 < tokens.size() && tokens.get(p + 1).lower().equals("by"));
        }
        if (p < 2 || !before.word() || before.capitalised() || !before.lower().endsWith("s")) {
            return false;
        }
        Token count = tokens.get(p - 2);
        return !count.surface().isEmpty() && (Character.isDigit(count.surface().charAt(0))
                || count.word() && NUMBER_WORDS.contains(count.lower()));
    }

    private static final Set<String> NUMBER_WORDS = Set.of("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "latest", "new", "the");
}
