package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * Recognises words given to a gathering: "..., the chair of the League, told the crowd", "told
 * delegates that ...", "said X in his opening speech". They were spoken at the gathering the report
 * tells of, so they take its day (the date from outside their sentence), not the day of writing
 * that a present-perfect report would take.
 */
final class GatheringSpeech {
    /** Hearers that make a gathering: "crowd", "delegates", "conference", "rally". */
    private static final Set<String> AUDIENCES = WordSets.named("gathering-audiences");
    /** Verbs that address hearers: "told", "addressed". */
    private static final Set<String> ADDRESSING = WordSets.named("gathering-addressing-verbs");
    /** Speeches a gathering hears: "opening speech", "keynote address". */
    private static final Set<String> OCCASIONS = WordSets.named("gathering-speech-occasions");
    private static final Set<String> SPEECHES = Set.of("speech", "address", "remarks");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her");
    /** Tokens after the verb read at most: the speaker's name and title, then "in his opening speech". */
    private static final int REACH = 16;

    private GatheringSpeech() {}

    /**
     * True when statement hit {@code h} addresses a gathering right after its verb ("told the
     * crowd", "addressed delegates") or, before any quotation, names a speech a gathering hears
     * ("in his opening speech").
     */
    static boolean atGathering(List<Token> tokens, Hit h) {
        if (!h.type().equals("statement")) {
            return false;
        }
        int v = h.last();
        if (ADDRESSING.contains(tokens.get(v).lower())) {
            int k = v + 1;
            if (k < tokens.size() && DETERMINERS.contains(tokens.get(k).lower())) {
                k++;
            }
            if (k < tokens.size() && AUDIENCES.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        for (int k = v + 1; k + 1 < tokens.size() && k <= v + REACH; k++) {
            if (tokens.get(k).quote()) {
                return false; // the words quoted next are no setting of this verb's
            }
            if (OCCASIONS.contains(tokens.get(k).lower()) && SPEECHES.contains(tokens.get(k + 1).lower())) {
                return true;
            }
        }
        return false;
    }
}
