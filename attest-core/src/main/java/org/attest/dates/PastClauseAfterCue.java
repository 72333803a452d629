package org.attest.dates;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A past tense after a future cue tells a time of its own: in "urged supporters to share the
 * hashtag, which was among the most shared on Tuesday" and "will march to demand the release of a
 * leader detained in January" the day belongs to the clause that looks back ("was", "detained
 * in"), not to the plan before it, so the cue does not make it the coming one; so does a relative
 * clause in the pluperfect passive ("called for the release of a man who had been detained on
 * Sunday"), unless its verb tells a plan ("that had been scheduled for Sunday"). Static helper of
 * {@link DateLexicon}; windows are as {@link PhraseMatcher#sentenceBefore} makes them (lower case
 * words, a space at each end).
 */
final class PastClauseAfterCue {
    private PastClauseAfterCue() {}

    /** A finite past of "be" after the cue: "which was among ...", "who were detained on". */
    private static final Pattern PAST_BE = Pattern.compile(" (?:was|were) ");

    /**
     * A past participle or past tense right before "in" or "on", with at most four words after it to
     * the date ("a leader detained in", "the law passed on", "detained in the capital in").
     */
    private static final Pattern PAST_BEFORE_DATE = Pattern.compile(" ([a-z]+) ([a-z]+ed) (?:in|on)(?: [a-z]+){0,4} $");

    /** Words before a participle that make it a passive ahead or an infinitive ("will be held on", "to be detained in"). */
    private static final Set<String> AUXILIARIES = Set.of("be", "been", "being", "is", "are", "am", "to", "will", "would",
            "get", "gets", "getting", "shall");

    /** Participles that set a day ahead themselves ("a march planned on Friday", "a vote scheduled in May"). */
    private static final Set<String> SETTING = Set.of("planned", "scheduled", "called", "expected", "postponed", "delayed",
            "rescheduled", "moved", "slated", "proposed", "intended", "needed", "aimed");

    /** "who had been arrested", "that had been seized": the relative, the pluperfect passive, a participle. */
    private static final Pattern HAD_BEEN_CLAUSE = Pattern.compile(" (?:who|that|which) had been ([a-z]+) ");

    /** Irregular participles of things done to people or places: "who had been held", "that had been shot". */
    private static final Set<String> DONE_IRREGULAR = Set.of("held", "taken", "shot", "seized", "beaten", "hit", "caught",
            "thrown", "hurt", "struck", "sent", "brought");

    /** Participles in -ed that tell a plan, not a thing done: "a march that had been scheduled for Sunday". */
    private static final Set<String> PLANS = Set.of("scheduled", "planned", "expected", "supposed", "called",
            "slated", "set", "billed", "announced", "proposed", "intended", "due", "urged", "asked", "invited", "told");

    /** True when the words of {@code window} after {@code from} (an offset in it) tell a past of their own before the date. */
    static boolean after(String window, int from) {
        String tail = window.substring(Math.max(0, from - 1));
        if (PAST_BE.matcher(tail).find()) {
            return true;
        }
        for (Matcher clause = HAD_BEEN_CLAUSE.matcher(tail); clause.find(); ) {
            String verb = clause.group(1);
            if (!PLANS.contains(verb) && (verb.endsWith("ed") || DONE_IRREGULAR.contains(verb))) {
                return true;
            }
        }
        Matcher m = PAST_BEFORE_DATE.matcher(tail);
        return m.find() && !AUXILIARIES.contains(m.group(1)) && !SETTING.contains(m.group(2));
    }
}
