package org.attest.events;

import java.util.ArrayList;
import java.util.List;

/**
 * In a heading or a line in title case, keeps only action triggers. Headings such as "A new wave of
 * arrests" or "The boycott campaign" name a topic the text then reports, and would duplicate or
 * invent events; a caption that states an action ("Supporters call for a boycott") is kept. A
 * heading worded as the question its section answers ("Who was detained") gives no event: the section
 * tells them. A heading never gives a statement: "Minister says talks will go on", a live entry's "Army declares
 * curfew" or a table's note "toll given by local groups, officials say" only point to the paragraph
 * or the row that tells the speech or the figure; the speech, when it is one, is the body's.
 */
final class HeadingPass implements HitPass {
    private static final TokenSet SMALL = TokenSet.named("heading-small-words");

    /** The type of a speech event, which a heading only points to. */
    private static final String SPEECH = "statement";

    /** Most content words a title-case line may have: longer capitalised runs are lists of names. */
    static final int MAX_TITLE_WORDS = 15;

    /**
     * True for a line in title case ("Nationwide Boycott of the Vote", "Free Iran Rally in
     * Paris", "March 2020 Uprising."): two to {@link #MAX_TITLE_WORDS} content words, four in five
     * of them capitalised. Segmenters often give such captions and link texts as sentences. A
     * sentence naming many places ("slogans appeared in Tabor, Lindfield, ...") is not a title.
     */
    static boolean titleCase(List<Token> tokens) {
        int content = 0;
        int capital = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.word() || !Character.isLetter(t.surface().codePointAt(0)) || SMALL.has(t)) {
                continue;
            }
            content++;
            if (t.capitalised()) {
                capital++;
            }
            // four in five capitalised of at most MAX_TITLE_WORDS allows three others: stop when past either
            if (content > MAX_TITLE_WORDS || (content - capital) * 5 > MAX_TITLE_WORDS) {
                return false;
            }
        }
        return content >= 2 && capital * 5 >= content * 4;
    }

    /**
     * True when a title opens with the hit's first word in an -s form the lexicon does not write
     * ("Calls for Boycott Grow", "Arrests Continue"): with no subject before it, it is a plural
     * noun, not a verb ("Union Calls for Boycott"). The line opens at its start or after a colon or
     * dash (a "Source: title" prefix).
     */
    static boolean pluralOpening(List<Token> tokens, Hit h) {
        Token t = tokens.get(h.first());
        String written = h.trigger().words().get(0).value();
        if (!t.lower().endsWith("s") || t.lower().equals(written)) {
            return false;
        }
        for (int i = h.first() - 1; i >= 0; i--) {
            Token b = tokens.get(i);
            if (!b.word()) {
                if (":-\u2013\u2014|".indexOf(b.surface().charAt(0)) >= 0) {
                    return true;
                }
                continue;
            }
            return false;
        }
        return true;
    }

    /** Subjects of a headline's verb that are neither plural in -s nor names ("Police detain ..."). */
    private static final java.util.Set<String> HEADLINE_SUBJECTS = WordSets.named("headline-subjects");

    /**
     * True for a headline's verb in the present, which headlines use for the past: the bare form
     * of a one-word action trigger ("detain" of "detained") right after its subject, a plural
     * ("Workers protest over pay"), a name not opening the line ("Police in Lahore detain
     * supporters") or a collective noun ("Police detain ..."). After an article or an adjective
     * the same word is a noun naming a topic ("Mass protest in the capital").
     */
    static boolean headlineVerb(List<Token> tokens, Hit h) {
        if (!h.trigger().action() || h.trigger().words().size() > 1 || h.first() == 0) {
            return false;
        }
        String w = tokens.get(h.first()).lower();
        String written = Normalizer.lower(h.trigger().phrase().replace("=", ""));
        if (w.endsWith("s") || !Normalizer.stemOfLower(w).equals(Normalizer.stemOfLower(written))) {
            return false;
        }
        Token subject = tokens.get(h.first() - 1);
        if (!subject.word()) {
            return false; // "Teachers' protest": a possessive makes a noun
        }
        String s = subject.lower();
        return HEADLINE_SUBJECTS.contains(s) || s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("'s")
                || subject.capitalised() && h.first() > 1;
    }

    /** Words that open a heading worded as the question its section answers: "Who was detained", "How the raid unfolded". */
    private static final java.util.Set<String> QUESTION_OPENINGS = WordSets.named("heading-question-openings");

    /**
     * True for a heading that opens with a question word ("Who was detained", "What happened next",
     * "Why the arrests matter"): it names what the section under it answers, and the section tells
     * the events, so the heading tells none of its own.
     */
    static boolean asksOfItsSection(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.word()) {
                return t.capitalised() && QUESTION_OPENINGS.contains(t.lower());
            }
        }
        return false;
    }

    @Override
    public String name() {
        return "heading";
    }

    @Override
    public List<Hit> apply(SentenceContext sentence, List<Hit> hits) {
        if (hits.isEmpty() || (!sentence.heading() && !titleCase(sentence.tokens()))) {
            return hits;
        }
        if (asksOfItsSection(sentence.tokens())) {
            return List.of();
        }
        List<Hit> kept = new ArrayList<>();
        for (Hit h : hits) {
            boolean action = h.actionForm(sentence.tokens()) || headlineVerb(sentence.tokens(), h);
            if (!h.type().equals(SPEECH) && action && !pluralOpening(sentence.tokens(), h)) {
                kept.add(h);
            }
        }
        return kept;
    }
}
