package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * The life of the person a quote is put to: "“Nobody listens to us,” said a dock worker in Valmora
 * who was jailed for leading a strike in 2019." The relative clause after the speaker tells who is
 * talking, so that the reader can weigh the words; the arrest and the strike in it are the
 * speaker's past, not news the report brings. Only a clause after a closing quote and a verb of
 * speech is asked: "Police arrested a man who led the strike" tells the strike as a step of news.
 */
final class SpeakerBiographies {
    /** Verbs that put a quote just closed to its speaker: "said", "says", "told". */
    private static final Set<String> SPEECH = WordSets.named("resuming-speech-verbs");
    /** Relative pronouns that open a clause about a person: "who", "whose". */
    private static final Set<String> RELATIVES = WordSets.named("speaker-biography-relatives");
    /** Words the speaker's description may take before its clause: "a labour activist in Tabriz who". */
    private static final int REACH = 8;

    private SpeakerBiographies() {}

    /** The hits of {@code hits} that do not lie in a clause about the speaker of a quote. */
    static List<Hit> without(List<Hit> hits, List<Token> tokens) {
        int clause = clauseStart(tokens);
        return clause < 0 ? hits : HitLists.matching(hits, h -> h.first() <= clause);
    }

    /** Index of the relative pronoun opening the speaker's clause, or -1. */
    static int clauseStart(List<Token> tokens) {
        for (int q = 0; q < tokens.size() - 2; q++) {
            if (!closingQuote(tokens.get(q))) {
                continue;
            }
            int v = q + 1;
            if (!tokens.get(v).word() && ",".equals(tokens.get(v).surface())) {
                v++;
            }
            if (v >= tokens.size() || !tokens.get(v).word() || !SPEECH.contains(tokens.get(v).lower())) {
                continue;
            }
            for (int k = v + 2; k < tokens.size() && k <= v + REACH; k++) {
                Token t = tokens.get(k);
                if (!t.word() && !",".equals(t.surface())) {
                    break; // the speaker's description ends at the sentence's stop or another quote
                }
                if (t.word() && RELATIVES.contains(t.lower())) {
                    return k;
                }
            }
        }
        return -1;
    }

    private static boolean closingQuote(Token t) {
        String s = t.surface();
        return !t.word() && ("”".equals(s) || "\"".equals(s));
    }
}
