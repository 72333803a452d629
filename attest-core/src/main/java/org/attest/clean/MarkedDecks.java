package org.attest.clean;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A standfirst the page's markup names as such ({@code class="standfirst"}, {@code "dek"},
 * {@code "deck"}): the summary printed under the headline, which lists in a line what the body
 * tells with its details ("Pensioners demand payments; three organisers detained; nurses
 * protest"). It is written to the text, for places and figures, but as a boilerplate span, like a
 * caption, so that it gives no event of its own: readers count the body's sentences. A standfirst
 * found only by its place under the headline may be the story's lead, so it stays body text. So does
 * a marked one that reads as a wire lead: one statement, no semicolons, dated to a weekday ("A bomb
 * went off at a bus station on Tuesday, killing two, police said."). Such a standfirst is the
 * story's first telling of its day, which the body goes on from (the aftermath, the reactions)
 * rather than retells; a summary lists its points in headline words, without a day.
 */
final class MarkedDecks {
    /** Class words that name a standfirst. */
    private static final Set<String> CLASS_WORDS = Set.of("standfirst", "dek", "deck");

    /** A weekday: a lead tells the day of its news ("on Tuesday", "late on Sunday night"). */
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b");

    private MarkedDecks() {}

    /** True when the element's class names it a standfirst and it does not read as the story's lead. */
    static boolean marked(Element e) {
        return named(e) && !lead(e.text());
    }

    /** True for a standfirst worded as a wire lead: one dated statement, not a list of points. */
    static boolean lead(String text) {
        String t = text.strip();
        return t.endsWith(".") && t.indexOf(';') < 0 && WEEKDAY.matcher(t).find();
    }

    private static boolean named(Element e) {
        for (String c : e.classNames()) {
            if (CLASS_WORDS.contains(c.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The boxes whose text is boilerplate, with the standfirst added. */
    static Set<Element> with(Set<Element> boxes, Element deck) {
        Set<Element> out = new HashSet<>(boxes);
        out.add(deck);
        return out;
    }
}
