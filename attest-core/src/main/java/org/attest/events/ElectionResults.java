package org.attest.events;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.attest.model.DateMention;
import org.attest.model.DatePrecision;

/**
 * A vote's result told with the day a speaker announced it: "X has won the presidential election
 * with 9 million votes, the commission announced on Saturday". The count is declared once the
 * polls close, so the day of the announcement is not the vote's; results come the day after the
 * vote, and readers date the vote there. Only the
 * reporting verb's day is moved, and only in a sentence that tells an outcome
 * ({@code vote-result-words}): "Turnout was 44 percent, the commission said on Monday" dates the
 * count's day as before.
 */
final class ElectionResults {
    private static final Set<String> RESULT_WORDS = WordSets.named("vote-result-words");

    private ElectionResults() {}

    /**
     * The vote's day for election hit {@code h} whose only date is {@code weak}, a speaker's day of
     * the sentence, or null when the rule does not apply.
     */
    static String voteDay(Hit h, DateMention weak, List<Token> tokens) {
        if (!h.type().equals("election") || weak.precision() != DatePrecision.DAY || weak.value() == null
                || weak.value().length() != 10) {
            return null;
        }
        int date = DatePass.tokenAt(tokens, weak.span().start());
        boolean outcome = false;
        for (int k = 0; k < tokens.size() && k < date && !outcome; k++) {
            outcome = tokens.get(k).word() && RESULT_WORDS.contains(tokens.get(k).lower());
        }
        if (!outcome) {
            return null;
        }
        try {
            return LocalDate.parse(weak.value()).minusDays(1).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
