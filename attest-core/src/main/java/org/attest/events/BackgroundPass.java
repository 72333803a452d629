package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Drops hits that name acts as the background of the sentence's news, not as news of their own:
 * the custody of a whole group whose release an appeal asks for ("urged the port to free all the
 * dockers detained without charge", "asked the court to look again at the cases of all those
 * arrested for their posts"), and an event pointed back to in a concessive phrase ("Despite the executions, protests went
 * on over the weekend": the day is the protests'). An auxiliary before the participle makes it
 * a clause of its own ("called for the release of two students who were detained on Monday"),
 * and the arrest stays. A protest named after a court's act is the case's background ({@link CourtCases}).
 */
final class BackgroundPass implements HitPass {
    /** Words of an asked-for release or review before the people it names: "release", "free", "cases". */
    private static final Set<String> RELEASE_ASKED = WordSets.named("release-asking-words");
    /** Words of a whole group held, not of named or counted people: "everyone", "all those". */
    private static final Set<String> EVERYONE = WordSets.named("whole-group-words");
    /** Auxiliaries that make the participle a verb of its own clause: "who were detained". */
    private static final TokenSet AUXILIARIES = TokenSet.named("custody-auxiliaries");
    /** Words that open a concessive phrase: "despite the arrests". */
    private static final Set<String> CONCESSIVE = WordSets.named("concessive-words");
    /** Verbs that set a told event against another happening: "the arrests come as ...". */
    private static final Set<String> COME = Set.of("come", "comes", "came");
    /** Words right after such a verb that open the other happening or the time between: "as", "amid", "days". */
    private static final Set<String> COME_BEFORE = WordSets.named("set-against-openers");
    /** Words searched back from the participle for the word of release, within its clause. */
    static final int RELEASE_REACH = 8;

    @Override
    public String name() {
        return "background";
    }

    @Override
    public List<Hit> apply(SentenceContext sentence, List<Hit> hits) {
        List<Token> tokens = sentence.tokens();
        List<Hit> kept = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            if (!heldOfAskedRelease(tokens, h) && !concessive(tokens, h) && !setAgainst(tokens, h) && !CourtCases.background(tokens, h, hits)
                    && !CourtCases.sameRuling(h, hits)) {
                kept.add(h);
            }
        }
        return kept.size() == hits.size() ? hits : kept;
    }

    /**
     * True when an arrest participle ("detained", "arrested") with no auxiliary before it names a
     * whole group ("everyone", "all those") whose release or review is asked for, a word of
     * {@code release-asking-words} standing at most {@link #RELEASE_REACH} words before it in its
     * clause. Named or counted people ("free a teacher detained during the protests", "release the
     * six reporters detained in the port") may be news of an arrest, and stay.
     */
    static boolean heldOfAskedRelease(List<Token> tokens, Hit h) {
        // the participle itself, whichever line matched it ("arrests" matches "arrested" by its stem)
        if (!h.type().equals("arrest") || h.first() != h.last() || !tokens.get(h.first()).lower().endsWith("ed")) {
            return false;
        }
        boolean everyone = false;
        for (int k = h.first() - 1, words = 0; k >= 0 && words < RELEASE_REACH; k--) {
            Token t = tokens.get(k);
            if (t.clauseBreak() || t.quote()) {
                return false;
            }
            if (!t.word()) {
                continue;
            }
            words++;
            if (AUXILIARIES.has(t)) {
                return false; // "who were detained", "had been arrested": a clause of its own
            }
            if (RELEASE_ASKED.contains(t.lower())) {
                return everyone;
            }
            everyone |= EVERYONE.contains(t.lower());
        }
        return false;
    }

    /** True when an event noun follows "despite" and a determiner that points back: "Despite the executions, ...". */
    static boolean concessive(List<Token> tokens, Hit h) {
        int d = h.first() - 1;
        if (h.actionForm(tokens) || d < 1 || !tokens.get(d).word() || !tokens.get(d).is(Lexeme.ANAPHORIC)) {
            return false;
        }
        Token before = tokens.get(d - 1);
        return before.word() && CONCESSIVE.contains(before.lower());
    }

    /**
     * True when an event noun after a determiner that points back ("The arrests", "The mass
     * execution") is the subject of "come" or "came" followed by the other happening or the time
     * between ("as", "amid", "just days after").
     */
    static boolean setAgainst(List<Token> tokens, Hit h) {
        int next = h.last() + 1;
        if (h.actionForm(tokens) || next + 1 >= tokens.size() || !tokens.get(next).word() || !COME.contains(tokens.get(next).lower())
                || !tokens.get(next + 1).word() || !COME_BEFORE.contains(tokens.get(next + 1).lower())) {
            return false;
        }
        int d = h.first() - 1;
        if (d >= 1 && tokens.get(d).word() && !tokens.get(d).is(Lexeme.ANAPHORIC) && !tokens.get(d).capitalised()) {
            d--; // "the mass execution"
        }
        return d >= 0 && tokens.get(d).word() && tokens.get(d).is(Lexeme.ANAPHORIC);
    }
}
