package org.attest.dates;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A relative clause in the past passive between a future cue and the date after it: "called for
 * the release of a blogger who was arrested on Sunday", "will free the men who were detained on
 * Friday". The date belongs to that clause, whose verb tells a thing done, so the cue before it does
 * not make the date the coming one. A clause of a plan ("a march that was scheduled for Sunday",
 * "who were expected to speak") still looks ahead. Static helper of {@link PastPerfectCues}.
 */
final class PastRelativeClauses {
    private PastRelativeClauses() {}

    /** "who was arrested", "that were seized", "who had been detained": the relative, the past auxiliary, a participle. */
    private static final Pattern CLAUSE = Pattern.compile(" (?:who|that|which) (?:was|were|had been) ([a-z]+) ");

    /** Irregular participles of things done to people or places: "who was held", "that were shot". */
    private static final Set<String> IRREGULAR = Set.of("held", "taken", "shot", "seized", "beaten", "hit", "caught",
            "thrown", "hurt", "struck", "sent", "brought");

    /** Participles in -ed that tell a plan, not a thing done: "a march that was scheduled for Sunday". */
    private static final Set<String> PLANS = Set.of("scheduled", "planned", "expected", "supposed", "called",
            "slated", "set", "billed", "announced", "proposed", "intended", "due", "urged", "asked", "invited", "told");

    /**
     * True when {@code window} (lower-case words padded with spaces, as for
     * {@link DateLexicon#hasFutureCue}) holds such a past passive clause at or after {@code from}.
     */
    static boolean after(String window, int from) {
        Matcher m = CLAUSE.matcher(window);
        if (from < 0 || from > window.length()) {
            return false;
        }
        m.region(from, window.length());
        while (m.find()) {
            String verb = m.group(1);
            if (!PLANS.contains(verb) && (verb.endsWith("ed") || IRREGULAR.contains(verb))) {
                return true;
            }
        }
        return false;
    }
}
