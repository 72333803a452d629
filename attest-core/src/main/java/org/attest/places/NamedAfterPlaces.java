package org.attest.places;

import java.util.Set;
import org.attest.gazetteer.Gazetteer;

/**
 * Things named after a place that are no mention of it: a lake, river or mountain ("Lake
 * Victoria", "Mount Kenya"; {@code landform-words.txt}), a river or an island ("the Zambezi
 * river", "Victoria Island"; {@code landform-after-words.txt}) and an accord named where it was signed
 * ("the Durban peace agreement", "the Oslo Accords"; {@code accord-words.txt}); and a name
 * opening with a capitalised "The" that only GeoNames' alternate names spell ("The Green Zone
 * was sealed": "The Green" is an alternate of Woodstock, a name of its own is "The Hague").
 */
final class NamedAfterPlaces {
    private static final WordSet LANDFORMS = WordSet.of(PlaceLexicon.lines("landform-words.txt"));
    /** Words after a name that make it a river's or an island's. */
    static final WordSet LANDFORMS_AFTER = WordSet.of(PlaceLexicon.lines("landform-after-words.txt"));
    /** Words that close a sea's or an ocean's name: "the Red Sea". */
    private static final WordSet SEAS = WordSet.of(PlaceLexicon.lines("sea-words.txt"));
    /** Capitalised words that, with "of" after them, name a part of the sea: "the Gulf of Aden". */
    private static final WordSet WATERS_OF = WordSet.of(PlaceLexicon.lines("water-of-words.txt"));
    private static final WordSet ACCORDS = WordSet.of(PlaceLexicon.lines("accord-words.txt"));
    /** Capitalised words after a name that make it a monument's: "the Brandenburg Gate". */
    private static final WordSet MONUMENTS = WordSet.of(PlaceLexicon.lines("monument-words.txt"));

    /** Why a numbered name is no mention of its place; {@link UnplacedRegions} reports the whole name. */
    static final String NUMBERED = "a numbered site or thing named after a place";
    /** Most digits of the number that follows a name: "Fateh-110"; a year ("Tehran-2023") is no such number. */
    private static final int NUMBER_DIGITS = 3;

    private NamedAfterPlaces() {}

    /**
     * True when a short number follows a town's or a province's name, after a hyphen ("Ashraf-3"
     * is a camp in Albania, "Khorramshahr-4" a missile) or, after "the", a space before a word in
     * lower case ("the Ashraf 3 compound"), or after a space, written so again elsewhere in the
     * text ("raided Ashraf 3 ... Residents of Ashraf 3"): neither the town of that name. A
     * country's name is left to its own rules.
     */
    static boolean numbered(Tokens t, Candidate c) {
        int after = c.last + 1;
        if (after >= t.size || !t.digits(after) || t.end[after] - t.start[after] > NUMBER_DIGITS || c.namesCountry()) {
            return false;
        }
        return t.gapIs(c.last, "-") || t.afterThe(c.first) && t.gapIs(c.last, " ") && after + 1 < t.size
                && t.gapIs(after, " ") && !t.capitalized(after + 1) && !t.digits(after + 1)
                || t.gapIs(c.last, " ") && t.end[after] - t.start[after] <= SPACED_DIGITS && repeated(t, c.first, after);
    }

    /** Most digits of a number after a space that {@link #repeated} reads as a site's: "Ashraf 3". */
    private static final int SPACED_DIGITS = 2;

    /**
     * True when the text writes the name and its number, from word {@code first} to {@code number},
     * at least twice, whole, and once closed by punctuation or the line's end: a site's name
     * repeats with its number ("raided Ashraf 3, seizing ... Residents of Ashraf 3 said"), a count
     * after a town's name ("in Tehran 5 people were held") goes on to what it counts. Asked only
     * of a name a short number follows, so the text is searched rarely.
     */
    private static boolean repeated(Tokens t, int first, int number) {
        String text = t.text;
        String site = text.substring(t.start[first], t.end[number]);
        int seen = 0;
        boolean closed = false;
        for (int at = text.indexOf(site); at >= 0; at = text.indexOf(site, at + 1)) {
            int end = at + site.length();
            char after = end < text.length() ? text.charAt(end) : '\n';
            if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1)) || Character.isLetterOrDigit(after)) {
                continue; // inside a longer word or number
            }
            boolean digitNext = end + 1 < text.length() && Character.isDigit(text.charAt(end + 1));
            if (",.".indexOf(after) >= 0 && digitNext) {
                continue; // "Tehran 3,000" is a count
            }
            seen++;
            closed |= ",.;:)\n".indexOf(after) >= 0;
            if (seen >= 2 && closed) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a capitalised landform word stands right before the candidate ("Lake Victoria"),
     * or a word for a part of the sea and "of" ("the Strait of Malacca", "the Gulf of Aden").
     */
    static boolean landform(Tokens t, Candidate c) {
        return landformBefore(t, c.first) || waterOf(t, c.first);
    }

    /** True when word {@code w} follows a capitalised {@code water-of-words.txt} word and "of": "Strait of Hormuz". */
    private static boolean waterOf(Tokens t, int w) {
        int of = w - 1;
        int water = w - 2;
        return water >= 0 && t.is(of, "of") && t.gapIs(of, " ") && t.gapIs(water, " ") && t.capitalized(water)
                && WATERS_OF.has(t, water);
    }

    /** True when a capitalised landform word stands one space before word {@code w}: "Lake Titicaca". */
    static boolean landformBefore(Tokens t, int w) {
        int before = w - 1;
        return before >= 0 && t.gapIs(before, " ") && t.capitalized(before) && LANDFORMS.has(t, before);
    }

    /**
     * True when the candidate is itself one landform word of {@link #LANDFORMS_AFTER} after a
     * capitalised name: "the Nile Delta" is the region, not Delta in Canada nor Nigeria's state.
     */
    static boolean closesLandformName(Tokens t, Candidate c) {
        int before = c.first - 1;
        return c.words() == 1 && before >= 0 && t.gapIs(before, " ") && t.capitalized(before)
                && LANDFORMS_AFTER.has(t, c.first);
    }

    /** True when a landform word of {@link #LANDFORMS_AFTER}, in either case, follows the candidate: "the Zambezi river". */
    static boolean landformAfter(Tokens t, Candidate c) {
        int after = c.last + 1;
        return after < t.size && t.gapIs(c.last, " ") && LANDFORMS_AFTER.has(t, after);
    }

    /**
     * True when a capitalised monument word follows the candidate: "the Brandenburg Gate" stands
     * in Berlin, named after the road's end, and names no Brandenburg.
     */
    static boolean monument(Tokens t, Candidate c) {
        int after = c.last + 1;
        return after < t.size && t.gapIs(c.last, " ") && t.capitalized(after) && MONUMENTS.has(t, after);
    }

    /**
     * True when a name of several words that a sea word closes ("the Red Sea resort") names no
     * country and has no place cue: the sea, not a province named after it.
     */
    static boolean sea(Tokens t, Candidate c) {
        return c.words() > 1 && c.cueKind == null && SEAS.has(t, c.last)
                && !c.namesCountry();
    }

    /**
     * True when an accord word follows a town's or a province's name, with "peace" between or not:
     * "the Oslo Accords". A country's name stays one ("the Sudan peace agreement" is about Sudan).
     */
    static boolean accord(Tokens t, Candidate c) {
        int after = c.last + 1;
        if (after < t.size && t.gapIs(c.last, " ") && t.is(after, "peace")) {
            after++;
        }
        // the words after first: most candidates have no accord word
        return after < t.size && t.gapIs(after - 1, " ") && ACCORDS.has(t, after)
                && !c.namesCountry();
    }

    /**
     * True when the candidate opens with a capitalised "The" and no gazetteer entry spells it by
     * its own name, only by an alternate or a derived one, nor names a province or country: a
     * sentence's article before a name's words ("The Green Zone"), no town.
     */
    static boolean articleAlternate(Tokens t, Candidate c) {
        if (c.words() < 2 || !t.capitalized(c.first) || !t.is(c.first, "the") || !c.regions.isEmpty()) {
            return false;
        }
        for (int e : c.entries) {
            if (Gazetteer.kindOf(e) == Gazetteer.PRIMARY) {
                return false;
            }
        }
        return c.entries.length > 0;
    }
}
