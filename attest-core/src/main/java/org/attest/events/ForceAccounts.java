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
        // "the police chief", "Interior Ministry police" speak as officials; a force's own word is no title
        return subject != null && subject.stream().noneMatch(w -> OFFICIAL.contains(w) && !FORCES.contains(w))
                && subject.stream().anyMatch(FORCES::contains) && !quoteAfter(tokens, verb);
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
