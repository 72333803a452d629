package org.attest.places;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "including Tarvel Hulu in the capital": a one-word town of the gazetteer followed by a
 * capitalised word that is nothing the text or the word lists know (no well-known candidate, common word,
 * given name, title, cue, organisation, street or media word, people's adjective, and no word the
 * text uses alone, as a surname) is the first half of a longer name the gazetteer lacks, not the
 * town. A word no candidate spans at all is {@link NameRuns}'s; this is the word only a loose
 * spelling of some town finds. The gap pass then reports the whole name.
 */
final class UnknownTails {
    /** Words that open towns' names ("Puerto", "Villa"), from {@code town-openers.txt}. */
    private static final WordSet TOWN_OPENERS = WordSet.of(PlaceLexicon.lines("town-openers.txt"));
    /** Why a candidate after a town-name opener is rejected; the whole name is then reported unresolved. */
    static final String AFTER_OPENER = "part of a longer name (a word that opens towns' names before it)";
    /** Most capitalised words after the unknown one searched for a building's or an organisation's word. */
    private static final int RUN = 3;

    private UnknownTails() {
    }

    /**
     * Rejects each live candidate such a word follows, and any loose candidate of the word itself
     * ("Tarvel Hulu" is neither Tarvel nor a town spelled like Hulu).
     */
    static void reject(Tokens t, List<Candidate> cands, boolean[] known, PlaceLexicon lexicon, RegionIndex regions) {
        Set<Integer> tails = new HashSet<>();
        for (Candidate c : cands) {
            if (c.alive() && follows(t, c, known, lexicon, regions)) {
                c.rejected = "part of a longer name (an unknown word follows)";
                tails.add(c.last + 1);
            }
        }
        for (Candidate c : cands) {
            if (c.alive() && tails.contains(c.first)) {
                c.rejected = "part of a longer name (an unknown word after a town's name)";
            } else if (c.alive() && afterOpener(t, c)) {
                c.rejected = AFTER_OPENER;
            }
        }
    }

    /**
     * True when a one-word candidate follows a capitalised town-name opener after a single space:
     * "a base in Puerto Azul" is neither the opener nor a town spelled like its second word.
     */
    private static boolean afterOpener(Tokens t, Candidate c) {
        return c.words() == 1 && opensTownName(t, c.first - 1);
    }

    /** True when word {@code o} is a capitalised town-name opener one space before the next word. */
    static boolean opensTownName(Tokens t, int o) {
        return o >= 0 && o + 1 < t.size && t.gapIs(o, " ") && t.capitalized(o) && !t.allCaps(o)
                && TOWN_OPENERS.has(t, o);
    }

    /**
     * True when such an unknown capitalised word follows the candidate after a single space;
     * {@code known[w]} is true for words a well-known candidate spans (no loose spelling).
     */
    private static boolean follows(Tokens t, Candidate c, boolean[] known, PlaceLexicon lexicon, RegionIndex regions) {
        int w = c.last + 1;
        if (c.words() != 1 || !c.regions.isEmpty() || w >= t.size || !t.gapIs(c.last, " ") || !t.capitalized(w)
                || t.allCaps(w) || t.digits(w) || known[w]) {
            return false;
        }
        // the word lists are asked by the word's hash (see WordSet.has); the cue maps by its folded form
        if (lexicon.commonWords().has(t, w) || lexicon.givenNames().has(t, w) || lexicon.titles().has(t, w)
                || lexicon.orgWords().has(t, w) || lexicon.notPlaces().has(t, w) || lexicon.streetWords().has(t, w)
                || lexicon.streetNameWords().has(t, w) || lexicon.facilityWords().has(t, w)
                || lexicon.mediaWords().has(t, w) || lexicon.groupNouns().has(t, w) || regions.isDemonym(t, w)
                || lexicon.cueKind(t.folded(w), true) != null || lexicon.cueKind(t.folded(w), false) != null
                || NamedParts.PARTS.has(t, w)) {
            return false;
        }
        for (int k = w + 1; k < t.size && k <= w + RUN && t.gapIs(k - 1, " ") && t.capitalized(k); k++) {
            if (lexicon.facilityWords().has(t, k) || lexicon.orgWords().has(t, k) || lexicon.streetWords().has(t, k)
                    || lexicon.commonWords().has(t, k)) {
                return false; // "Karaj Qezel Hesar Prison", "Entebbe International Airport": the town names a building
            }
        }
        return !NameParts.standsAlone(t, w, lexicon.speechVerbs());
    }
}
