package org.attest.events;

import org.attest.internal.Validate;

/**
 * A context word of a trigger's "requires" or "unless" list: {@code word} either side,
 * {@code <word} before the phrase, {@code >word} after it, {@code +word} right after it (the next
 * token, a word: "resigned to his fate" is no resignation, but "resigned, becoming the first minister
 * to quit" is one), {@code ~word} right before it (the token before: "a banned march" names a march,
 * no ban), {@code @word} anywhere in the sentence,
 * {@code ^word} anywhere in the sentence's paragraph (for a context set by the sentence before: a
 * "death toll" two sentences after "the virus"); a trailing {@code *} makes a prefix of
 * the lower-cased surface, a leading {@code =} an exact lower-cased surface, otherwise words meet
 * on their {@link Normalizer#stem}. A symbol cue ({@code %}) meets the punctuation token written the same;
 * {@code {comma}} names the comma token, which the comma-separated cue lists cannot write.
 */
record Cue(String value, Side side, Match match) {
    enum Side { BEFORE, AFTER, NEXT, PREVIOUS, EITHER, SENTENCE, PARAGRAPH }

    enum Match { STEM, EXACT, PREFIX }

    static Cue parse(String spec) {
        Validate.isTrue(!spec.isBlank(), "empty cue");
        Side side = Side.EITHER;
        String s = spec;
        if (s.startsWith("<")) {
            side = Side.BEFORE;
            s = s.substring(1);
        } else if (s.startsWith(">")) {
            side = Side.AFTER;
            s = s.substring(1);
        } else if (s.startsWith("+")) {
            side = Side.NEXT;
            s = s.substring(1);
        } else if (s.startsWith("~")) {
            side = Side.PREVIOUS;
            s = s.substring(1);
        } else if (s.startsWith("@")) {
            side = Side.SENTENCE;
            s = s.substring(1);
        } else if (s.startsWith("^")) {
            side = Side.PARAGRAPH;
            s = s.substring(1);
        }
        if (s.equals("{comma}")) {
            return new Cue(",", side, Match.EXACT);
        }
        if (s.endsWith("*")) {
            return new Cue(Normalizer.lower(s.substring(0, s.length() - 1)), side, Match.PREFIX);
        }
        if (s.startsWith("=")) {
            return new Cue(Normalizer.lower(s.substring(1)), side, Match.EXACT);
        }
        return new Cue(Normalizer.stem(s), side, Match.STEM);
    }

    boolean matches(Token t) {
        if (!t.word()) {
            // a symbol cue ("@%" for "turnout was 61.5%") meets the same punctuation token; a word cue never does
            return !value.isEmpty() && t.lower().equals(value);
        }
        return switch (match) {
            case STEM -> t.stem().equals(value);
            case EXACT -> t.lower().equals(value);
            case PREFIX -> t.lower().startsWith(value);
        };
    }
}
