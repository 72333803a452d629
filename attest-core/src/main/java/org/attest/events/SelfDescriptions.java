package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * A line in which a report describes its own contents: "Today's briefing covers labour unrest and
 * election preparations", "Our fortnightly summary of executions, arrests and restrictions",
 * "Monthly report on death sentences, executions and arrests". It lists the topics the body goes on
 * to tell, each with its own details; the line itself reports nothing, so none of its hits is an
 * event. Only a line that opens with a word pointing at the page itself or its period ("our",
 * "today's", "this", "weekly", "monthly") is asked: "A UN report on executions said ..." tells a
 * statement of a report somebody else wrote.
 */
final class SelfDescriptions {
    /** Words a self-description opens with: "our", "this", "today's", "weekly", "monthly". */
    private static final Set<String> OPENERS = WordSets.named("self-description-openers");
    /** Nouns a report calls itself: "briefing", "summary", "report", "round-up", "digest". */
    private static final Set<String> NOUNS = WordSets.named("self-description-nouns");
    /** Words after the noun that open its topics: "covers", "of", "on". */
    private static final Set<String> TOPIC_LINKS = WordSets.named("self-description-links");
    /** Words the opener and the noun may stand apart: "our fortnightly summary", "this week's daily briefing". */
    private static final int REACH = 3;

    private SelfDescriptions() {}

    /** True when the sentence opens with such an opener, a self-naming noun and a link to its topics. */
    static boolean describesItself(List<Token> tokens) {
        int first = firstWord(tokens);
        if (first < 0 || !OPENERS.contains(apostrophes(tokens.get(first).lower()))) {
            return false;
        }
        for (int k = first; k < tokens.size() - 1 && k <= first + REACH; k++) {
            Token t = tokens.get(k);
            if (!t.word()) {
                return false;
            }
            if (NOUNS.contains(t.lower())) {
                Token next = tokens.get(k + 1);
                return next.word() && TOPIC_LINKS.contains(next.lower());
            }
        }
        return false;
    }

    private static int firstWord(List<Token> tokens) {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).word()) {
                return k;
            }
        }
        return -1;
    }

    private static String apostrophes(String w) {
        return w.replace('\u2019', '\'');
    }
}
