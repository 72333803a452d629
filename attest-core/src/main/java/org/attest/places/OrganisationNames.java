package org.attest.places;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names inside the names of organisations, offices and media: "the Tehran Stock Exchange",
 * "Council of Resistance of Iran", "the US Embassy", "the semi-official Fars news agency". Such a
 * name is no mention of the place.
 */
final class OrganisationNames {
    private static final WordSet CONNECTORS = WordSet.of("of", "the", "for", "and", "de", "al", "el", "s", "du", "la");
    /** Most words searched on either side of the candidate for an organisation word. */
    private static final int ORG_REACH = 6;

    private final PlaceLexicon lexicon;
    private final WireShapes wire;

    OrganisationNames(PlaceLexicon lexicon, WireShapes wire) {
        this.lexicon = lexicon;
        this.wire = wire;
    }

    /** Words between a town and an organisation word that make it the town's government ("City"). */
    private static final WordSet MUNICIPAL = WordSet.of(PlaceLexicon.lines("municipal-words.txt"));

    /**
     * True when a municipal word and an organisation word follow the candidate, capitalised:
     * "Sheffield City Council", "the Kent County Council". A country's name is left to the other
     * rules (a "National Council" is no town's).
     */
    private boolean ownGovernment(Tokens t, Candidate c) {
        int next = c.last + 1;
        return !country(c) && next + 1 < t.size && t.joined(c.last) && t.joined(next) && t.capitalized(next)
                && t.capitalized(next + 1) && MUNICIPAL.has(t, next)
                && (lexicon.orgWords().has(t, next + 1) || lexicon.facilityWords().has(t, next + 1));
    }

    /**
     * True when the candidate is the municipal word of a town's government between the town and
     * the organisation word: "City" in "Sheffield City Council" is part of the council's name, not
     * a town called City.
     */
    boolean municipalWordOfGovernment(Tokens t, Candidate c) {
        int f = c.first;
        return c.words() == 1 && f > 0 && f + 1 < t.size && MUNICIPAL.has(t, f) && t.joined(f - 1) && t.joined(f)
                && t.capitalized(f - 1) && t.capitalized(f + 1)
                && (lexicon.orgWords().has(t, f + 1) || lexicon.facilityWords().has(t, f + 1));
    }

    /** True when a capitalised stretch around the candidate contains an organisation word. */
    boolean inside(Tokens t, Candidate c) {
        if (wire.newsAgency(t, c.last + 1) || appositiveMedium(t, c)) {
            return true; // "the semi-official Fars news agency", "Mehr, a state-run news agency": a medium's name
        }
        if (acronymBefore(t, c) || acronymAfter(t, c) || afterGroupWord(t, c)) {
            return true;
        }
        if (ownGovernment(t, c)) {
            return false; // "Sheffield City Council" governs Sheffield: the name places it
        }
        for (int dir = -1; dir <= 1; dir += 2) {
            int i = dir < 0 ? c.first : c.last;
            boolean crossedAnd = false;
            // "the United States (US) Embassy": an abbreviation in brackets inside the name
            boolean inBrackets = dir > 0 && c.first > 0 && t.gapIs(c.first - 1, " (");
            for (int step = 0; step < ORG_REACH; step++) {
                int next = i + dir;
                if (next < 0 || next >= t.size) {
                    break;
                }
                int gapWord = dir < 0 ? next : i;
                boolean opens = dir > 0 && t.gapIs(i, " (");
                boolean closes = dir > 0 && inBrackets && t.gapIs(i, ") ");
                if (!t.joined(gapWord) && !opens && !closes) {
                    break;
                }
                inBrackets = opens || inBrackets && !closes;
                String w = t.folded(next);
                boolean cap = t.capitalized(next);
                if (!cap && dir > 0 && step == 0 && lexicon.streetNameWords().contains(w)) {
                    return true; // "on Paulista avenue": a street's name
                }
                if (cap && dir > 0 && lexicon.facilityWords().contains(w) && !country(c)) {
                    // "Urmia Central Prison": the building is in the town; "the US State
                    // Department" is a national office, no more a mention of the country than "the US Embassy"
                    // (but see townAfterBuilding: "Kartal Prison in Tuzla")
                    break;
                }
                if (cap && lexicon.orgWords().contains(w)
                        && !(crossedAnd && (lexicon.streetWords().contains(w) || lexicon.facilityWords().contains(w)))) {
                    // "the Supreme Court of Spain", "the University of Novi Sad": an institution "of"
                    // the place that closes its name names the place, as the annotators of two sets
                    // agree; not when the name goes on ("the Rubber Authority of Thailand Act")
                    // a building "of" a town stands in it though "and" goes on to the next one ("the
                    // Central Prison of Tabriz and Vakilabad"); an institution's name may go on ("the
                    // University of Science and Culture")
                    return !(dir < 0 && step == 1 && t.is(c.first - 1, "of") && (closesName(t, c.last)
                            || lexicon.facilityWords().contains(w) && beforeAnd(t, c.last)));
                }
                if (dir < 0 && w.equals("and") && t.is(i, "the")) {
                    break; // "the European Union and the United States": "and the" opens another name
                }
                crossedAnd |= w.equals("and");
                if (crossedAnd && dir > 0 && step == 0 && country(c)) {
                    break; // "the United States and European Union": a country, then another name
                }
                if (!cap && !CONNECTORS.has(t, next)) {
                    break;
                }
                if (w.equals("s") && dir > 0) {
                    break; // "Iran's election": a possessive ends the name
                }
                i = next;
            }
        }
        return false;
    }

    /**
     * "Kartal Prison in Tuzla": a name opening a building's name that stands "in" another
     * town (a town, not a province: "Riverside Prison in Ontario province"
     * is in Zahedan) is the building's own name, no mention of a town.
     */
    void rejectBuildingsInOtherTowns(Tokens t, List<Candidate> cands) {
        Map<Integer, Candidate> byFirst = new HashMap<>();
        cands.forEach(d -> byFirst.put(d.first, d));
        for (Candidate c : cands) {
            Candidate town = c.alive() && !c.listed && c.regions.isEmpty() ? byFirst.get(townAfterBuilding(t, c)) : null;
            if (town != null && town.alive() && town.regions.isEmpty() && town.entries.length > 0
                    && !t.folded(town.first).equals(t.folded(c.first))) {
                c.rejected = "part of a building's name (it stands in the town after 'in')";
            }
        }
    }

    /**
     * The word after "in" when the candidate opens a building's name that "in" and a capitalised
     * name follow ("Kartal Prison in Tuzla"), or -1: whether that name is a town the building
     * stands in, which makes the candidate the building's own name, the caller decides.
     */
    int townAfterBuilding(Tokens t, Candidate c) {
        for (int w = c.last + 1; w < t.size && w <= c.last + ORG_REACH && t.joined(w - 1) && t.capitalized(w); w++) {
            if (lexicon.facilityWords().has(t, w)) {
                boolean in = w + 2 < t.size && t.gapIs(w, " ") && t.is(w + 1, "in") && t.gapIs(w + 1, " ")
                        && t.capitalized(w + 2);
                return in ? w + 2 : -1;
            }
        }
        return -1;
    }

    /** Lower-case words joining a square's or street's word to the name after it: "Plaza de Mayo". */
    private static final WordSet STREET_JOINS = WordSet.of("de", "del", "la", "of");

    /**
     * True when a capitalised street or square word closes the name ("Rustaveli Avenue") or opens
     * it, across at most one joining word ("Plaza de Mayo", "Avenida Paulista"): the name is the
     * street's, in a list of places as well ("Plaza de Mayo, Lima and Cusco" lists a square first).
     */
    boolean streetName(Tokens t, Candidate c) {
        int after = c.last + 1;
        if (after < t.size && t.gapIs(c.last, " ") && t.capitalized(after) && lexicon.streetWords().has(t, after)) {
            return true;
        }
        int before = c.first - 1;
        if (before > 0 && t.joined(before) && !t.capitalized(before) && STREET_JOINS.has(t, before)) {
            before--;
        }
        return before >= 0 && t.gapIs(before, " ") && t.capitalized(before) && !t.sentenceInitial(before)
                && lexicon.streetWords().has(t, before);
    }

    /**
     * True when a plural possessive closes word {@code i} and a capitalised word follows: "in
     * Martyrs' Square", "the Teachers' Union" name a square or a group after people, no town.
     */
    static boolean pluralPossessiveOfName(Tokens t, int i) {
        return i + 1 < t.size && (t.gapIs(i, "' ") || t.gapIs(i, "\u2019 ")) && t.capitalized(i + 1);
    }

    /**
     * True when a plural possessive and a capitalised street or square word follow the candidate:
     * "Martyrs' Square" is a square named after people, no town, in a list or not.
     */
    boolean possessiveStreetName(Tokens t, Candidate c) {
        return pluralPossessiveOfName(t, c.last) && lexicon.streetWords().has(t, c.last + 1);
    }

    /** Letters of an organisation's acronym: "RPP", "MEK". */
    private static final int MIN_ACRONYM = 2;
    private static final int MAX_ACRONYM = 6;

    /** Lower-case words that name what the capitalised name right after them is: "the youth group Velmar Nepal". */
    private static final WordSet GROUP_WORDS = WordSet.of("group", "movement", "party", "collective");
    /** Most capitalised words walked back from the candidate to the group word. */
    private static final int GROUP_NAME_WORDS = 2;

    /**
     * True when the candidate stands in a run of capitalised words right after a lower-case group
     * word: "the youth group Velmar Nepal", "the opposition party Tarvel Unity" name a group, and a
     * town of the name is not meant.
     */
    private static boolean afterGroupWord(Tokens t, Candidate c) {
        int k = c.first;
        for (int step = 0; step < GROUP_NAME_WORDS && k > 0 && t.gapIs(k - 1, " ") && t.capitalized(k - 1); step++) {
            k--;
        }
        return k > 0 && t.gapIs(k - 1, " ") && !t.capitalized(k - 1) && GROUP_WORDS.has(t, k - 1);
    }

    /** Longest country abbreviation that closes a party's or a firm's name ("UK", "USA"). */
    private static final int MAX_COUNTRY_ABBREVIATION = 3;

    /**
     * "Reform UK won a seat", "Greenpeace USA said": a country's abbreviation right after a
     * capitalised common word in the middle of a sentence closes a party's, a campaign's or a
     * firm's name (its national branch); a sentence names the country itself "in the UK", "the
     * UK's" or "UK ministers". Not after a day or a month ("said on Monday US officials"), and not
     * in a headline in title case, where every word is capitalised. Asked in a list too: "the
     * Greens on 300 and Reform UK on 210" lists parties, not places.
     */
    boolean brandedAbbreviation(Tokens t, Candidate c) {
        int a = c.first - 1;
        int letters = t.end[c.first] - t.start[c.first];
        if (c.words() != 1 || a < 0 || !country(c) || !t.allCaps(c.first) || letters > MAX_COUNTRY_ABBREVIATION
                || !t.gapIs(a, " ") || !t.capitalized(a) || t.allCaps(a) || t.sentenceInitial(a)) {
            return false;
        }
        // in a headline in title case the word before is capitalised too ("Nurses Back Reform UK",
        // "Strikes Spread Across UK"); a sentence has a lower-case word or a stop there
        boolean titleCase = a > 0 && t.gapIs(a - 1, " ") && t.capitalized(a - 1);
        return !titleCase && lexicon.commonWords().has(t, a) && !lexicon.notPlaces().has(t, a);
    }

    /**
     * "the chairman of the RPP Nepal": a country's name right after "the" and an acronym ends a
     * party's or a group's name (its national branch), as "the US Mission Uganda" does; "the
     * DR Congo" is one name, found whole.
     */
    private static boolean acronymBefore(Tokens t, Candidate c) {
        int a = c.first - 1;
        if (a < 1 || !country(c) || !t.joined(a) || !t.joined(a - 1) || !t.allCaps(a) || t.digits(a)
                || !t.is(a - 1, "the")) {
            return false;
        }
        int letters = t.end[a] - t.start[a];
        return letters >= MIN_ACRONYM && letters <= MAX_ACRONYM;
    }

    /**
     * "the Workers' Party of Nepal (WPN)", "Liga Popular Chile (LPC)": an acronym in brackets right
     * after the name whose letters are the initials of the capitalised words ending with it, and
     * more words than the name's own, spells a party's or a group's name ("the United States (US)"
     * is the country's own).
     */
    private static boolean acronymAfter(Tokens t, Candidate c) {
        int a = c.last + 1;
        if (a >= t.size || !t.gapIs(c.last, " (") || !t.allCaps(a) || t.digits(a) || !t.text.startsWith(")", t.end[a])) {
            return false;
        }
        String acronym = t.surface(a);
        if (acronym.length() < MIN_ACRONYM || acronym.length() > MAX_ACRONYM) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        int w = c.last;
        while (initials.length() < acronym.length()) {
            if (t.capitalized(w)) {
                initials.insert(0, t.text.charAt(t.start[w]));
            }
            if (initials.length() == acronym.length() || w == 0 || !t.joined(w - 1)) {
                break;
            }
            w--;
        }
        return w < c.first && acronym.contentEquals(initials);
    }

    /** True when "and" follows word {@code w}: "the Central Prison of Tabriz and ...". */
    private static boolean beforeAnd(Tokens t, int w) {
        return w + 1 < t.size && t.joined(w) && t.is(w + 1, "and");
    }

    /** True when the capitalised name ends at word {@code w}: no capitalised word, nor "and" and one, follows. */
    private static boolean closesName(Tokens t, int w) {
        int next = w + 1;
        if (next < t.size && t.joined(w) && t.is(next, "and")) {
            next++;
            w++;
        }
        return next >= t.size || !t.joined(w) || !t.capitalized(next);
    }

    /** Lower-case words an appositive may hold between its article and "news agency": "a state-run". */
    private static final int APPOSITIVE_WORDS = 3;

    /**
     * True when an appositive right after the candidate calls it a news agency ("reported Fars, a
     * state-run news agency", "Mehr, a semi-official news agency in Iran, said"): the name is the
     * medium's, however often it is a province's or a town's. Not when the agency's own name
     * follows ("In Khuzestan, the state news agency IRNA reported"): the name before is where.
     */
    private boolean appositiveMedium(Tokens t, Candidate c) {
        int w = c.last + 1;
        if (w >= t.size || !t.gapIs(c.last, ", ") || !(t.is(w, "a") || t.is(w, "the"))) {
            return false;
        }
        for (int k = w + 1; k < t.size && k <= w + 1 + APPOSITIVE_WORDS && !t.capitalized(k); k++) {
            if (wire.newsAgency(t, k)) {
                int end = t.is(k, "agency") ? k : k + 1; // "agency", or "news" and its medium word
                return !(end + 1 < t.size && t.gapIs(end, " ") && t.capitalized(end + 1));
            }
            if (!t.joined(k)) {
                return false;
            }
        }
        return false;
    }

    /** True when the candidate names a country. */
    private static boolean country(Candidate c) {
        return c.namesCountry();
    }
}
