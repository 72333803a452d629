package org.attest.clean;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * A standfirst the page's markup names as such ({@code class="standfirst"}, {@code "dek"},
 * {@code "deck"}): the summary printed under the headline, which lists in a line what the body
 * tells with its details ("Pensioners demand payments; three organisers detained; nurses
 * protest"). It is written to the text, for places and figures, but as a boilerplate span, like a
 * caption, so that it gives no event of its own: readers count the body's sentences. A standfirst
 * found only by its place under the headline may be the story's lead, so it stays body text.
 */
final class MarkedDecks {
    /** Class words that name a standfirst. */
    private static final Set<String> CLASS_WORDS = Set.of("standfirst", "dek", "deck");

    private MarkedDecks() {}

    /** True when the element's class names it a standfirst. */
    static boolean marked(Element e) {
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
