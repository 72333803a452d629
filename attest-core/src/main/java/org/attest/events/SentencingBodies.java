package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A court's sentence made known by the judiciary itself: "the judiciary announced that four men had
 * been sentenced to death", "the judiciary's news agency said on Tuesday that a court had sentenced
 * a man to ten years". The body that passes sentences announcing one is how the sentence is told;
 * the sentence is the report's event, and the announcement no statement of its own, dated or not
 * (annotators keep the death sentence or the prison term alone). A statement of anyone else about a
 * sentence ("the union said in a statement that its leader had been sentenced") stays beside it.
 */
final class SentencingBodies {
    /** Words of the bodies that pass sentences, or speak for them: "judiciary", "court", "prosecutor". */
    private static final Set<String> BODIES = WordSets.named("sentencing-bodies");
    /** Types of a court's sentence told in the sentence: a death sentence, a prison term ("other"). */
    private static final Set<String> SENTENCE_TYPES = WordSets.named("court-sentence-types");
    /** Words of the subject looked at before the statement verb at most. */
    private static final int SUBJECT_REACH = 8;

    private SentencingBodies() {}

    /**
     * The hits without a statement whose subject is a sentencing body when a court's sentence is
     * told after it in the sentence; the same list when there is none.
     */
    static List<Hit> withoutTheirAnnouncements(List<Token> tokens, List<Hit> hits) {
        List<Hit> kept = null;
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            if (h.type().equals("statement") && sentenceAfter(tokens, hits, h) && bodySpeaks(tokens, h)) {
                if (kept == null) {
                    kept = new ArrayList<>(hits.subList(0, i));
                }
            } else if (kept != null) {
                kept.add(h);
            }
        }
        return kept == null ? hits : kept;
    }

    /** True when a sentence of a court (a hit of its types whose words start with "sentenc") follows the statement. */
    private static boolean sentenceAfter(List<Token> tokens, List<Hit> hits, Hit statement) {
        for (Hit h : hits) {
            if (h.first() > statement.last() && SENTENCE_TYPES.contains(h.type())
                    && tokens.get(h.first()).lower().startsWith("sentenc")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a word of a sentencing body stands in the statement's subject: the words of its clause
     * before the verb, up to a comma or the sentence's start ("the regime's judiciary in Gilan announced").
     */
    private static boolean bodySpeaks(List<Token> tokens, Hit h) {
        int words = 0;
        for (int k = h.first() - 1; k >= 0 && words < SUBJECT_REACH; k--) {
            Token t = tokens.get(k);
            if (!t.word()) {
                return false; // a comma, quote or bracket closes the subject
            }
            words++;
            String w = t.lower();
            if (BODIES.contains(w.endsWith("'s") || w.endsWith("\u2019s") ? w.substring(0, w.length() - 2) : w)) {
                return true;
            }
        }
        return false;
    }
}
