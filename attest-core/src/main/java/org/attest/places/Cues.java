package org.attest.places;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Place cues around a candidate: "the city of X", "X province", "the towns of X and Y". A cue
 * says what kind of place a name is and lends it confidence.
 */
final class Cues {
    /** Words before a name that make it a place when the text is about the place's country: "detained in Van". */
    private static final WordSet AT = WordSet.of("in", "near", "from");
    /** How many capitalised words may stand between a name and the organisation word that ends it. */
    private static final int ORG_NAME_WORDS = 3;

    private final PlaceLexicon lexicon;

    Cues(PlaceLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * "the towns of Nabatieh and Tyre", "the cities of Rasht, Lahijan and Astara": a plural cue
     * before the first name announces the names joined to it by commas and "and" too.
     */
    void chainPlural(Tokens t, List<Candidate> cands) {
        boolean open = false;
        for (int k = 0; k < cands.size(); k++) {
            Candidate c = cands.get(k);
            boolean plural = c.first >= 2 && t.is(c.first - 1, "of") && t.joined(c.first - 1)
                    && t.joined(c.first - 2) && t.folded(c.first - 2).endsWith("s")
                    && lexicon.cueKind(t.folded(c.first - 2), true) != null;
            String including = plural ? null : includingKind(t, c);
            if (including != null && c.cueKind == null) {
                c.cueKind = including; // "provinces, including Tehran": the cue stands beyond "including"
            }
            if (plural || including != null) {
                open = true;
                continue;
            }
            Candidate prev = k > 0 ? cands.get(k - 1) : null;
            if (open && c.cueKind == null && prev != null && chainGap(t, prev.last, c.first)) {
                c.cueKind = prev.cueKind;
            } else {
                open = false;
            }
        }
    }

    /**
     * "Kano and Kaduna states", "Banten and East Java provinces": a plural cue after the last of
     * names joined by commas and "and" announces every one of them, two as well as more (a list
     * of three or more gets it through {@link Lists#sharedCue} too, once its members are known).
     */
    void chainPluralAfter(Tokens t, List<Candidate> cands) {
        for (int k = cands.size() - 1; k > 0; k--) {
            Candidate c = cands.get(k);
            int next = c.last + 1;
            if (next >= t.size || !t.joined(c.last) || !t.folded(next).endsWith("s")) {
                continue;
            }
            String kind = lexicon.cueKind(t.folded(next), false);
            if (kind == null) {
                continue;
            }
            for (int j = k - 1; j >= 0; j--) {
                Candidate prev = cands.get(j);
                if (prev.cueKind != null || !chainGap(t, prev.last, cands.get(j + 1).first)) {
                    break;
                }
                prev.cueKind = kind;
            }
        }
    }

    /**
     * True when exactly ", ", " and " or ", and " stands between word {@code last} and word
     * {@code first}: names a plural cue chains. Compared in place, not cut out of the text for
     * each candidate.
     */
    private static boolean chainGap(Tokens t, int last, int first) {
        int from = t.end[last];
        int n = t.start[first] - from;
        return n == 2 && t.text.startsWith(", ", from) || n == 5 && t.text.startsWith(" and ", from)
                || n == 6 && t.text.startsWith(", and ", from);
    }

    /**
     * "in at least four provinces, including Tehran, Alborz, Isfahan and Mazandaran", "provinces
     * such as Kurdistan": a plural province cue announces the names of the list it opens with
     * "including" or "such as" as it does with "of": the kind it announces, or null.
     */
    private String includingKind(Tokens t, Candidate c) {
        int k = c.first - 1;
        if (k < 1 || !t.joined(k)) {
            return null;
        }
        if (t.is(k, "as") && k >= 2 && t.is(k - 1, "such") && t.joined(k - 1)) {
            k--;
        } else if (!t.is(k, "including")) {
            return null;
        }
        int cue = k - 1;
        String kind = (t.joined(cue) || t.gapIs(cue, ", ")) && t.folded(cue).endsWith("s")
                ? lexicon.cueKind(t.folded(cue), true) : null;
        // only provinces: names after "cities including" are read as towns already, and a town
        // cue there would overrule the other readings of a town's name
        return "province".equals(kind) && !townsCountedIn(t, cue) ? kind : null;
    }

    /** Words at most between "in" and the province cue that count the provinces: "in at least 31 provinces". */
    private static final int COUNT_WORDS = 3;

    /**
     * True when the province cue at word {@code cue} says where the towns counted before it lie:
     * "stoppages in more than 150 cities in 31 provinces, including Shiraz, Tabriz and Ahvaz" lists
     * those cities, as "150 cities, including" would; "in 20 provinces, including" still lists provinces.
     */
    private boolean townsCountedIn(Tokens t, int cue) {
        for (int k = cue - 1; k >= 1 && k >= cue - 1 - COUNT_WORDS; k--) {
            if (!t.gapIs(k, " ")) {
                return false;
            }
            if (t.is(k, "in")) {
                String before = t.folded(k - 1);
                return t.gapIs(k - 1, " ") && before.endsWith("s") && "city".equals(lexicon.cueKind(before, true));
            }
        }
        return false;
    }

    /**
     * Words for a town that heads a territory: after them, "of" names the territory, not the town
     * ("Maracaibo, the capital of Zulia"), where "the capital Caracas" names the town.
     */
    private static final WordSet SEAT_WORDS = WordSet.of("capital");

    /**
     * The cue of the territory a seat word names with "of": a province, unless the name is also a
     * country's, which the resolver weighs on its own ("the capital of Niger").
     */
    private static String territory(Candidate c) {
        if (c.namesCountry()) {
            return null;
        }
        for (Region r : c.regions) {
            if (r.kind() == org.attest.model.PlaceKind.PROVINCE) {
                return "province";
            }
        }
        return null;
    }

    /** The kind a cue word announces for the candidate ("city of X", "X province"), or null. */
    String of(Tokens t, Candidate c) {
        if (c.last + 1 < t.size && t.joined(c.last)) {
            String k = lexicon.cueKind(t.folded(c.last + 1), false);
            if (k != null) {
                return k;
            }
        }
        if (c.first >= 2 && t.is(c.first - 1, "of") && t.joined(c.first - 1)) {
            if (SEAT_WORDS.has(t, c.first - 2)) {
                return territory(c);
            }
            String k = lexicon.cueKind(t.folded(c.first - 2), true);
            if (k != null && !ministry(t, c)) {
                return k;
            }
        }
        if (c.first >= 1 && t.joined(c.first - 1)) {
            return lexicon.cueKind(t.folded(c.first - 1), true);
        }
        return null;
    }

    /**
     * "the Department of Justice", "the Department of Energy": a capitalised cue word that also
     * heads organisations ("Department"), followed by "of" and one common word, names a ministry
     * or an office, not a division ("the department of Boyaca" and "Department of Narino" still are).
     */
    private boolean ministry(Tokens t, Candidate c) {
        int cue = c.first - 2;
        return c.words() == 1 && t.capitalized(cue) && lexicon.orgWords().has(t, cue)
                && lexicon.commonWords().has(t, c.first);
    }

    /**
     * "Four were detained in Van", "the Van Bar Association said": a name the context rejected as
     * a common word is a place after all when the text capitalises it mid-sentence after "in" or
     * at the head of an organisation's or a building's name, and is about the country it lies in
     * ({@code atHome}, asked once the document's focus is known; at an organisation's head, by a
     * town's own name, {@code ownNameAtHome}). A lower-case "van", "in Van Gogh's paintings" or a
     * sentence's first word stays a word.
     */
    void commonWordsAtHome(Tokens t, List<Candidate> cands, Predicate<Candidate> atHome,
                           Predicate<Candidate> ownNameAtHome) {
        for (Candidate c : cands) {
            int f = c.first;
            if (!"common word".equals(c.rejected) || c.words() != 1 || !t.capitalized(f) || t.allCaps(f)
                    || lexicon.notPlaces().has(t, f)) {
                continue;
            }
            if (bulletLabel(t, f)) {
                if (atHome.test(c)) {
                    c.rejected = null;
                    c.homeOnly = true;
                }
                continue;
            }
            if (t.sentenceInitial(f)) {
                continue;
            }
            boolean nextCapitalised = f + 1 < t.size && t.joined(f) && t.capitalized(f + 1);
            boolean afterAt = (f > 0 && t.joined(f - 1) && AT.has(t, f - 1) || afterPlaceAfterAt(t, cands, f))
                    && !nextCapitalised;
            if (afterAt && atHome.test(c) || nextCapitalised && headsOrganisation(t, f) && ownNameAtHome.test(c)) {
                c.rejected = null;
                c.homeOnly = true; // "in Central" of a Hong Kong report is its Central, not Davao's alias
            }
        }
    }

    /** Marks that open the items of a bulleted list. */
    private static final String BULLETS = "-\u2013\u2014\u2022*";

    /**
     * True when word {@code f} alone labels an item of a bulleted digest: a bullet opens its line
     * and a colon follows it ("- Van: Police blocked a march ..."). A monitor's digest labels its
     * items by town, so a town's name there is no word of the sentence after it.
     */
    static boolean bulletLabel(Tokens t, int f) {
        if (!t.gapIs(f, ": ")) {
            return false;
        }
        String before = t.gapBefore(f).stripTrailing();
        if (before.isEmpty() || BULLETS.indexOf(before.charAt(before.length() - 1)) < 0) {
            return false;
        }
        String rest = before.substring(0, before.length() - 1); // what stands before the bullet: a line's start
        int line = rest.lastIndexOf('\n');
        return rest.substring(line + 1).isBlank() && (line >= 0 || f == 0);
    }

    /**
     * True when "and" or "or" joins word {@code f} to a place kept right after "in", "near" or
     * "from": "in Tralee and Cork" puts Cork where "in Cork" would, though "cork" is a common word.
     */
    private static boolean afterPlaceAfterAt(Tokens t, List<Candidate> cands, int f) {
        int and = f - 1;
        if (and < 2 || !t.joined(and) || !t.joined(and - 1) || !(t.is(and, "and") || t.is(and, "or"))) {
            return false;
        }
        int end = and - 1;
        for (int members = 0; members < LIST_REACH; members++) {
            Candidate d = keptEndingAt(cands, end);
            if (d == null || d.first == 0) {
                return false;
            }
            if (t.joined(d.first - 1) && AT.has(t, d.first - 1)) {
                return true;
            }
            if (!t.gapIs(d.first - 1, ", ")) {
                return false; // "in Limerick, Tralee and Cork": the list goes back over its commas
            }
            end = d.first - 1;
        }
        return false;
    }

    /** Members of a list walked back over before giving up on finding its "in". */
    private static final int LIST_REACH = 6;

    private static Candidate keptEndingAt(List<Candidate> cands, int last) {
        for (Candidate d : cands) {
            if (d.last == last && d.alive()) {
                return d;
            }
        }
        return null;
    }

    /** True when an organisation or building word ends the run of capitalised words after word {@code f}. */
    private boolean headsOrganisation(Tokens t, int f) {
        for (int k = f + 1; k < t.size && k <= f + ORG_NAME_WORDS && t.capitalized(k); k++) {
            String w = t.folded(k);
            if (lexicon.orgWords().contains(w) || lexicon.facilityWords().contains(w)) {
                return true;
            }
            if (!t.joined(k)) {
                break;
            }
        }
        return false;
    }
}
