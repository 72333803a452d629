package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import org.attest.internal.Validate;

/**
 * One line of the trigger lexicon.
 *
 * @param type     the event type it gives
 * @param phrase   the phrase as written in the lexicon (provenance)
 * @param words    the phrase's words, ready to match
 * @param form     act (an action or verb phrase), noun (a bare event noun) or person (a participant
 *                 noun such as "protesters")
 * @param requires cues of which one must stand near the phrase; empty for none
 * @param unless   cues none of which may stand near the phrase
 * @param order    the line's rank in the lexicon: for equal matches the lower one wins
 * @param rest     the {@link WordMarks} of the phrase's words after the first: a sentence without
 *                 them all cannot hold the phrase
 */
record Trigger(String type, String phrase, List<Word> words, Form form, CueSet requires,
               CueSet unless, int order, long rest) {

    /** The lexicon's "form" column. */
    /**
     * ACT: a verb or action phrase; NOUN: an event noun; PERSON: a participant noun; FRAME: an
     * attribution ("said in a statement"), an action that is an event only when its sentence
     * reports nothing else; SPEECH: a speech verb ("said", "warned"), a frame that is a statement
     * only when an official speaker is its subject ({@link SpeakerPass}).
     */
    enum Form { ACT, NOUN, PERSON, FRAME, SPEECH }

    /** How many words a "..." in a phrase may skip; punctuation between them is not counted. */
    static final int MAX_GAP = 12;

    /** One word of a phrase: a gap, an exact surface, or a stem. */
    record Word(String value, boolean exact, boolean gap) {
        boolean matches(Token t) {
            return t.word() && (exact ? t.lower().equals(value) : t.stem().equals(value));
        }
    }

    Trigger {
        words = List.copyOf(words);
        Validate.isTrue(!words.isEmpty() && !words.get(0).gap() && !words.get(words.size() - 1).gap(),
                "phrase '%s' must start and end with a word", phrase);
        Validate.isTrue(rest == WordMarks.afterFirst(words), "phrase '%s': marks of other words", phrase);
    }

    /** A line whose {@link #rest} marks are those of its words. */
    Trigger(String type, String phrase, List<Word> words, Form form, CueSet requires, CueSet unless, int order) {
        this(type, phrase, words, form, requires, unless, order, WordMarks.afterFirst(words));
    }

    /**
     * The line's rank alone: equal lines have equal ranks, and hashing the words and cue lists as a
     * record does would cost more than the set lookups of the hits that hold it.
     */
    @Override
    public int hashCode() {
        return Integer.hashCode(order);
    }

    /** The number of words before the phrase's first "..." (all its words when it has none). */
    int lead() {
        for (int w = 0; w < words.size(); w++) {
            if (words.get(w).gap()) {
                return w;
            }
        }
        return words.size();
    }

    boolean action() {
        return form == Form.ACT || form == Form.FRAME || form == Form.SPEECH;
    }

    /** True for an attribution: a frame, or a speech verb ({@link SpeakerPass}), both silenced by other news. */
    boolean frame() {
        return form == Form.FRAME || form == Form.SPEECH;
    }

    /** The provenance id written into {@code Event.trigger}: "type:phrase". */
    String id() {
        return type + ":" + phrase;
    }

    static List<Word> parseWords(String phrase) {
        List<Word> out = new ArrayList<>();
        for (String w : phrase.trim().split("\\s+")) {
            if (w.equals("...")) {
                out.add(new Word("", false, true));
            } else if (w.startsWith("=")) {
                out.add(new Word(Normalizer.lower(w.substring(1)), true, false));
            } else {
                out.add(new Word(Normalizer.stem(w), false, false));
            }
        }
        return out;
    }

    static CueSet parseCues(String cell) {
        List<Cue> out = new ArrayList<>();
        if (cell.isBlank() || cell.equals("-")) {
            return CueSet.NONE;
        }
        for (String c : cell.split(",")) {
            out.add(Cue.parse(c.trim()));
        }
        return new CueSet(out);
    }
}
