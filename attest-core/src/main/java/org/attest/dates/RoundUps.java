package org.attest.dates;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paragraphs of a round-up of places: "In Velmora and Kest, marchers blocked the ring road." Such
 * a paragraph, when it has no date of its own, goes on with the day the paragraph before it told
 * ("Strikes went on on Monday in several towns."), not the report's lead date; a run of them
 * ("In Velmora, ..." then "In Ostrava, ...") goes back to the last day told before the run.
 * Static helper of {@link DateResolver}.
 */
final class RoundUps {
    private RoundUps() {}

    /** Paragraphs of a run of round-ups read back at most, the one before included. */
    static final int REACH = 3;
    /** How far into a paragraph the opener is read, in chars. */
    private static final int OPENER_CHARS = 60;
    /** "In" and one to four capitalised words (or two names joined by "and"), then a comma. */
    private static final Pattern OPENER = Pattern.compile(
            "In \\p{Lu}[\\p{L}'\u2019.-]*(?: (?:and )?\\p{Lu}[\\p{L}'\u2019.-]*){0,3},");

    /** True when the paragraph at {@code start} opens "In PLACE," (see the class comment). */
    static boolean opens(String text, int start) {
        Matcher m = OPENER.matcher(text);
        m.region(start, Math.min(text.length(), start + OPENER_CHARS));
        return m.lookingAt();
    }
}
