package org.attest.places;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The town a byline gives after the reporter's name ("Marta Velic – Osijek", "Ivo Ranga · Kandy
 * correspondent"): where the writer files from, not a place the report tells of. The line holds
 * nothing else: a name of two to four capitalised words, a dash, middle dot or bar, the town and
 * at most a word for the post.
 */
final class BylinePlaces {
    /** Longest byline, in characters: a sentence that happens to hold a dash runs longer. */
    private static final int LINE = 90;
    /** The reporter's name (an optional "By" first) and the mark that sets the town off. */
    private static final Pattern BEFORE = Pattern.compile(
            "(?:By\\s+)?(?:\\p{Lu}[\\p{L}'\u2019.-]*\\s+){1,3}\\p{Lu}[\\p{L}'\u2019.-]*\\s*[\u2013\u2014\u00b7|]\\s*");
    /** Farthest start of a byline's line, in characters: it stands under the headline, not in the body. */
    private static final int TOP = 600;
    /** Words for the writer's post that may close the line after the town. */
    private static final Set<String> POSTS = Set.of("", "correspondent", "bureau", "reporter", "desk");

    /**
     * What follows the label of a photo credit or byline: a slash or colon, a person's name of two
     * to four capitalised words, at most a town after a comma, and the end of the line
     * ("Agency/Ana Quispe", "Writes: Ana Quispe, Town").
     */
    private static final Pattern CREDITED = Pattern.compile(
            "[ \t]*[/:][ \t]*(?:\\p{Lu}[\\p{L}'\u2019.-]*[ \t]+){1,3}\\p{Lu}[\\p{L}'\u2019.-]*"
            + "(?:,[ \t]*\\p{Lu}[\\p{L}'\u2019.-]*)?[ \t]*(?:\n|$)");

    private BylinePlaces() {}

    /**
     * True when a slash or colon joins the candidate to a person's name that closes the line, as
     * above: the candidate labels a photo credit or byline (an agency, the word "writes" in
     * another language), and no town of its name is meant. Such a line reports nothing.
     */
    static boolean labelsCredit(Tokens t, Candidate c) {
        // the pattern opens with blanks and a slash or colon: most candidates fail there, before any copy or match
        int k = t.end[c.last];
        while (k < t.text.length() && (t.text.charAt(k) == ' ' || t.text.charAt(k) == '\t')) {
            k++;
        }
        if (k == t.text.length() || t.text.charAt(k) != '/' && t.text.charAt(k) != ':') {
            return false;
        }
        int close = Math.min(t.text.length(), t.end[c.last] + LINE);
        return CREDITED.matcher(t.text.substring(t.end[c.last], close)).lookingAt();
    }

    /**
     * True when the candidate closes a byline as above, on a line near the top of the text.
     */
    static boolean filedFrom(Tokens t, Candidate c) {
        if (t.start[c.first] - LINE > TOP) {
            return false; // the line's start, at most LINE chars before the name, lies past the top (most names)
        }
        int open = t.start[c.first];
        int limit = Math.max(0, open - LINE);
        while (open > limit && t.text.charAt(open - 1) != '\n') {
            open--;
        }
        if (open > 0 && t.text.charAt(open - 1) != '\n' || open > TOP) {
            return false; // not a line's start, or a line of the body: no byline (before copying the line's end)
        }
        int close = t.end[c.last];
        int far = Math.min(t.text.length(), close + LINE);
        while (close < far && t.text.charAt(close) != '\n') {
            close++;
        }
        String after = t.text.substring(t.end[c.last], close).strip().toLowerCase(java.util.Locale.ROOT);
        return close - open <= LINE && POSTS.contains(after) && BEFORE.matcher(t.text.substring(open, t.start[c.first])).matches();
    }
}
