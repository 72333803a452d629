package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A plain reporting verb ("said", "says", "told") and the words of its clause before it: what
 * {@link ForceAccounts} and {@link CareAccounts} read to tell a source that only gives its count
 * from a speaker whose saying is news. A verb that takes a stand ("denied", "warned") is no plain one.
 */
final class PlainReports {
    private static final Set<String> PLAIN_VERBS = WordSets.named("plain-report-verbs");

    private PlainReports() {}

    /**
     * The lower-case words from the start of the clause up to the plain reporting verb at
     * {@code verb}, nearest first; null when that token is no plain reporting verb.
     */
    static List<String> subject(List<Token> tokens, int verb) {
        if (!tokens.get(verb).word() || !PLAIN_VERBS.contains(tokens.get(verb).lower())) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (int k = verb - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            if (!t.word()) {
                if (t.quote() || !t.surface().equals(".")) {
                    break; // a comma, dash or quote opens the clause
                }
                continue;
            }
            words.add(t.lower());
        }
        return words;
    }
}
