package org.attest.events;

import java.util.ArrayList;
import java.util.List;

/**
 * In a heading or a line in title case, keeps only action triggers. Headings such as "A new wave of
 * arrests" or "The boycott campaign" name a topic the text then reports, and would duplicate or
 * invent events; a caption that states an action ("Supporters call for a boycott") is kept.
 */
final class HeadingPass implements HitPass {
    private static final java.util.Set<String> SMALL = java.util.Set.of("of", "the", "and", "in", "for",
            "to", "a", "an", "on", "at", "by", "with", "as", "from", "or", "vs");

    /**
     * True for a line in title case ("Nationwide Boycott of the Vote", "Free Iran Rally in
     * Paris"): at least three content words, four in five of them capitalised. Segmenters often
     * give such captions and link texts as sentences.
     */
    static boolean titleCase(List<Token> tokens) {
        int content = 0;
        int capital = 0;
        for (Token t : tokens) {
            if (!t.word() || !Character.isLetter(t.surface().codePointAt(0)) || SMALL.contains(t.lower())) {
                continue;
            }
            content++;
            if (t.capitalised()) {
                capital++;
            }
        }
        return content >= 3 && capital * 5 >= content * 4;
    }

    @Override
    public String name() {
        return "heading";
    }

    @Override
    public List<Hit> apply(SentenceContext sentence, List<Hit> hits) {
        if (!sentence.heading() && !titleCase(sentence.tokens())) {
            return hits;
        }
        List<Hit> kept = new ArrayList<>();
        for (Hit h : hits) {
            if (h.actionForm(sentence.tokens())) {
                kept.add(h);
            }
        }
        return kept;
    }
}
