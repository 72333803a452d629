package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * Recognises a security force giving its plain account of an operation: "Police said 30 people
 * were hurt", "Riot police in the capital said the night passed calmly". The force is the source
 * of the facts the sentence reports, as a witness is, not news of its own; a force that denies,
 * warns or urges, a quoted word ("police said they had used 'minimal force'") or an officer named
 * by title ("the police chief said") stays a statement.
 */
final class ForceAccounts {
    /** Words of a force that reports its operations: "police". */
    private static final Set<String> FORCES = WordSets.named("account-giving-forces");
    /** Titles and offices that make the speaker an official: "chief", "spokesperson", "minister". */
    private static final Set<String> OFFICIAL = WordSets.named("official-speakers");

    private ForceAccounts() {}

    /**
     * True when the plain reporting verb at {@code verb} has for subject, from the clause's start,
     * a force named by no officer's title, and no quotation follows it in the sentence.
     */
    static boolean account(List<Token> tokens, int verb) {
        List<String> subject = PlainReports.subject(tokens, verb);
        if (subject == null) {
            return false;
        }
        // "the police chief", "Interior Ministry police" speak as officials; a force's own word is no
        // title, nor is a word of the place it stands in ("police in the port city")
        List<String> speaker = beforePlace(subject);
        return speaker.stream().noneMatch(w -> OFFICIAL.contains(w) && !FORCES.contains(w))
                && subject.stream().anyMatch(FORCES::contains) && !quoteAfter(tokens, verb);
    }

    /** Prepositions that open the place a force stands in: "police in the capital", "troops near the border". */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "across", "around", "near");

    /** The subject's words (nearest the verb first) that stand before a place phrase opens. */
    private static List<String> beforePlace(List<String> subject) {
        for (int k = subject.size() - 1; k >= 0; k--) {
            if (PLACE_PREPOSITIONS.contains(subject.get(k))) {
                return subject.subList(k + 1, subject.size());
            }
        }
        return subject;
    }

    /**
     * True when the verb at {@code verb} is a plain reporting verb ("said", "told") with no
     * quotation after it: an account of facts rather than a stand or the speaker's own words.
     */
    static boolean plainAccount(List<Token> tokens, int verb) {
        return PlainReports.subject(tokens, verb) != null && !quoteAfter(tokens, verb);
    }

    private static boolean quoteAfter(List<Token> tokens, int verb) {
        for (int k = verb + 1; k < tokens.size(); k++) {
            if (tokens.get(k).quote()) {
                return true;
            }
        }
        return false;
    }
}
