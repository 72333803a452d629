package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * A page's note on its own earlier error ("An earlier version of this page said that 37 people
 * had been released", "Correction: the rally was on Sunday", "This article has been amended to
 * show ..."): it tells what the page got wrong, not what happened, so its sentence gives no event.
 * The corrected fact is told where the report tells it in full.
 */
final class CorrectionNotes {
    /** "An earlier ...", "a previous ...". */
    private static final Set<String> EARLIER = WordSets.named("correction-earlier");
    /** What the page printed before: "version", "update", "post". */
    private static final Set<String> PRINTED = WordSets.named("correction-printed");
    /** Labels of a note: "Correction:", "Clarification:". */
    private static final Set<String> LABELS = WordSets.named("correction-labels");
    /** Verbs of a note on the page itself: "This article has been amended". */
    private static final Set<String> AMENDED = WordSets.named("correction-amended");
    /** Words a note on the page names it by: "this article", "this story". */
    private static final Set<String> PAGES = WordSets.named("correction-pages");
    /** Words from "This article" to the verb: "has been", "was". */
    private static final int PAGE_VERB_WORDS = 4;

    private CorrectionNotes() {}

    /** True when the sentence opens as a correction note. */
    static boolean opens(List<Token> tokens) {
        int w = 0;
        while (w < tokens.size() && !tokens.get(w).word()) {
            w++; // "(Correction: ..." or a bullet before the words
        }
        if (w >= tokens.size()) {
            return false;
        }
        String first = tokens.get(w).lower();
        if (LABELS.contains(first)) {
            return w + 1 < tokens.size() && tokens.get(w + 1).surface().equals(":");
        }
        if ((first.equals("an") || first.equals("a")) && w + 2 < tokens.size()) {
            return EARLIER.contains(tokens.get(w + 1).lower()) && PRINTED.contains(tokens.get(w + 2).lower());
        }
        if (first.equals("this") && w + 1 < tokens.size() && PAGES.contains(tokens.get(w + 1).lower())) {
            for (int k = w + 2; k < tokens.size() && k <= w + 1 + PAGE_VERB_WORDS; k++) {
                if (AMENDED.contains(tokens.get(k).lower())) {
                    return true;
                }
            }
        }
        return false;
    }
}
