package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Tracks whether a quotation is open across the sentences of one paragraph, and who opened it,
 * so that a quoted sentence inherits the speaker named where the quote began
 * ("They continued, “... . The arrests ...”"). Curly quotes open and close; a straight quote
 * toggles. One instance per document run.
 */
final class QuoteState {
    private boolean open;
    private String speaker;

    boolean open() {
        return open;
    }

    /** The claimant of the sentence that opened the current quote, or null. */
    String speaker() {
        return speaker;
    }

    void newParagraph() {
        open = false;
        speaker = null;
    }

    /** True when a quote is open after these tokens and was not before them. */
    boolean opensIn(List<Token> tokens) {
        return !open && openAfter(tokens, false);
    }

    /**
     * Updates the state with one sentence's tokens; {@code claimant} is that sentence's claimant,
     * needed only when {@link #opensIn} is true.
     */
    void scan(List<Token> tokens, String claimant) {
        boolean wasOpen = open;
        open = openAfter(tokens, open);
        if (open && !wasOpen) {
            speaker = claimant;
        }
    }

    /**
     * The hits less those said inside quoted speech of a type the report has already given ("“They
     * were arrested for nothing,” a lawyer said" after the arrests were told): the speaker goes back
     * over the news in his words or his rhetoric. A quote that alone tells of an event keeps it, and
     * a statement hit stays (the quote may be what was announced). The caller asks this only of
     * sentences that state no date of their own.
     *
     * @param openAtStart whether a quote was open when the sentence began
     * @param told        whether an event of a type was already reported
     */
    static List<Hit> outsideSpeech(List<Hit> hits, List<Token> tokens, boolean openAtStart, Predicate<String> told) {
        boolean[] speech = inSpeech(tokens, openAtStart);
        List<Hit> kept = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            if (!speech[h.first()] || h.type().equals("statement") || !told.test(Strikes.kind(h))) {
                kept.add(h);
            }
        }
        return kept.size() == hits.size() ? hits : kept;
    }

    /**
     * The statement frames that attribution silenced ({@code before} less {@code after}) for news
     * that then proved to be only quoted speech over told events: "In a statement, the president
     * said: "The people's no is a referendum on the regime."" after the vote was told is the
     * statement. Empty when attribution silenced no frame.
     */
    static List<Hit> framesOfQuote(List<Hit> before, List<Hit> after) {
        List<Hit> frames = new ArrayList<>();
        for (Hit h : before) {
            if (h.type().equals("statement") && h.trigger().frame() && !after.contains(h)) {
                frames.add(h);
            }
        }
        return frames;
    }

    /** Fewer quoted words than this, closed in the sentence, are a term in quotes ("described as “rioters”"), no speech. */
    static final int MIN_SPEECH_WORDS = 5;

    /**
     * Per token of a sentence: whether it stands inside quoted speech, that is a quotation that was
     * open when the sentence began ({@code openAtStart}), runs on past the sentence's end, or holds at
     * least {@value #MIN_SPEECH_WORDS} words. A short quotation closed within the sentence is a term
     * or a slogan the writer quotes, and its words are not marked.
     */
    static boolean[] inSpeech(List<Token> tokens, boolean openAtStart) {
        boolean[] marked = new boolean[tokens.size()];
        boolean open = openAtStart;
        int from = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.quote()) {
                continue;
            }
            char c = t.surface().charAt(0);
            boolean closing = c == '\u201d' || c == '\u00bb' || (c != '\u201c' && c != '\u00ab' && open);
            if (!open && !closing) {
                open = true;
                from = i + 1;
            } else if (open && closing) {
                boolean speech = openAtStart && from == 0 || words(tokens, from, i) >= MIN_SPEECH_WORDS;
                for (int k = from; speech && k < i; k++) {
                    marked[k] = true;
                }
                open = false;
            }
        }
        for (int k = from; open && k < tokens.size(); k++) {
            marked[k] = true;
        }
        return marked;
    }

    private static int words(List<Token> tokens, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (tokens.get(k).word()) {
                n++;
            }
        }
        return n;
    }

    private static boolean openAfter(List<Token> tokens, boolean open) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.quote()) {
                continue;
            }
            char c = t.surface().charAt(0);
            if (c == '\u201c' || c == '\u00ab') {
                open = true;
            } else if (c == '\u201d' || c == '\u00bb') {
                open = false;
            } else {
                open = !open;
            }
        }
        return open;
    }
}
