package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * A protest named as what a report, an inquiry or an investigation is about ("in its yearly report on
 * the marches, the commission counted ...", "an inquiry into the protests"), or to say which
 * group speaks ("the alliance, a group behind the sit-ins, said ..."). The news is the
 * report and what it found, or what the group said; the protests are its subject, told for
 * themselves elsewhere if at all, and coders give such a mention no protest. Only a noun hit right
 * after "on", "into" or "about" following a report noun, or after "behind" following a noun of a
 * group, is read, with at most two determiners or modifiers between ("into last year's protests").
 * Static helper of {@link NegationPass}.
 */
final class ReportTopics {
    private ReportTopics() {}

    /** Nouns of written findings whose "on"/"into" names their subject. */
    private static final Set<String> REPORTS = WordSets.named("report-nouns");
    /** Prepositions that tie a report to its subject. */
    private static final Set<String> LINKS = Set.of("on", "into", "about");
    /** Nouns of groups whose "behind" names what they organise: "a group behind the sit-ins". */
    private static final Set<String> GROUPS = WordSets.named("organiser-nouns");
    /** Words allowed between the preposition and the protest noun: "on last year's sit-ins". */
    private static final int BETWEEN = 2;

    /** True when a protest noun hit is the subject of a report noun, or the work of a group noun, just before it. */
    static boolean subject(List<Token> tokens, Hit h) {
        if (!h.type().equals("protest") || h.actionForm(tokens) || h.trigger().form() == Trigger.Form.PERSON) {
            return false;
        }
        for (int i = h.first() - 1, words = 0; i >= 1 && words <= BETWEEN; i--, words++) {
            Token t = tokens.get(i);
            if (!t.word()) {
                return false; // a comma or a dash ends the phrase
            }
            if (LINKS.contains(t.lower()) || t.lower().equals("behind")) {
                Token before = tokens.get(i - 1);
                return before.word() && (t.lower().equals("behind") ? GROUPS : REPORTS).contains(before.lower());
            }
        }
        return false;
    }
}
