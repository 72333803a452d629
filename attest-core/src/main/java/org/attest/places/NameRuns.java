package org.attest.places;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Towns read inside the names of persons and organisations: a one-word town joined by a space to
 * a capitalised word that no index, word list or cue knows ("Rosario Murillo", "Governor Seng
 * Sila", "Samia Suluhu Hassan", "Kilusang Mayo Uno", "Hutchison Whampoa") is a part of that
 * name, since a place's name does not run on into unknown words. When the word beside it is a
 * person's ("Suluhu", "Murillo"), the same town word on its own elsewhere in the text ("Hassan
 * would usher in ...") is that person again, as it is after two town names in a row ("Rupert
 * Colville ... Colville said", {@link NameParts#rejectTownPairs}); an unknown word alone proves
 * no person ("the Baku Sultanate" leaves "in Baku" a town).
 *
 * <p>Known words keep the town: a place cue ("Trang Province"), a facility or organisation word
 * ("Urmia Central Prison"), a word of direction or size ("Downtown Beirut", "Greater Cairo", see
 * {@code name-qualifiers.txt}), a demonym ("Syrian Kobani"), a common word; a facility word
 * closing the name ("Entebbe International Airport"); a preposition of place before the unknown
 * word ("in Villepint Paris"). A headline in title case capitalises every word, so its lines are
 * left alone.
 */
final class NameRuns {

    /** Longest run of name words a person's word is carried along (a pass per word, so hostile text stays linear). */
    private static final int NAME_WORDS = 4;
    /** A town beside a word of a person's name: "Rosario Murillo", "Samia Suluhu Hassan". */
    static final String BESIDE_PERSON = "person (beside a word of a person's name)";
    /** A town beside a capitalised word nothing knows: "Kilusang Mayo Uno", "Hutchison Whampoa". */
    static final String BESIDE_UNKNOWN = "part of a name (beside an unknown capitalised word)";

    private final PlaceLexicon lexicon;
    private final RegionIndex regions;

    NameRuns(PlaceLexicon lexicon, RegionIndex regions) {
        this.lexicon = lexicon;
        this.regions = regions;
    }

    /**
     * Rejects the towns inside unknown capitalised names or beside a word read as a person's, then
     * every other one-word town of the same spelling that such a name or a town pair made a
     * person's. {@code found[w]} is true for words a candidate spans.
     */
    void reject(Tokens t, List<Candidate> cands, boolean[] found) {
        Candidate[] at = new Candidate[t.size];
        for (Candidate c : cands) {
            for (int w = c.first; w <= c.last; w++) {
                at[w] = c;
            }
        }
        // a headline in title case names no person: asked only of a town about to be rejected
        TitleCaseLines titleCase = new TitleCaseLines(t, lexicon.commonWords());
        boolean changed = true;
        for (int pass = 0; changed && pass < NAME_WORDS; pass++) { // a run of three: "Samia Suluhu Hassan"
            changed = false;
            for (Candidate c : cands) {
                if (!c.alive() || !townWord(c)
                        || NameParts.facilityAhead(t, c.last, lexicon.facilityWords())) { // "Entebbe International Airport"
                    continue;
                }
                String why = nameWord(t, c.last + 1, c.last, found, at);
                if (why == null && c.first > 0 && !t.sentenceInitial(c.first - 1) && !afterLocative(t, c.first - 1)) {
                    why = nameWord(t, c.first - 1, c.first - 1, found, at);
                }
                if (why != null && !titleCase.at(c.first)) {
                    c.rejected = why;
                    changed = true;
                }
            }
        }
        Set<String> names = new HashSet<>();
        for (Candidate c : cands) {
            if (townWord(c) && c.rejected != null && (c.rejected.startsWith("person") || c.rejected.equals(BESIDE_PERSON))) {
                names.add(t.folded(c.first));
            }
        }
        for (Candidate c : cands) {
            // "doctors in Lyon" stays the town though "the Hospices Civils de Lyon" read as a person's name
            if (c.alive() && townWord(c) && names.contains(t.folded(c.first)) && !c.listed && !placedByPreposition(t, c.first)) {
                c.rejected = "person (the text gives the name as a person's elsewhere)";
            }
        }
    }

    /**
     * Why word {@code w}, joined by one space across gap {@code gap} to the candidate, makes the
     * candidate part of a name: it is capitalised and a word of a candidate read as a person's
     * ({@link #BESIDE_PERSON}), or a word no candidate spans and no list of words that may stand
     * beside a place holds ({@link #BESIDE_UNKNOWN}); null when it does neither.
     */
    private String nameWord(Tokens t, int w, int gap, boolean[] found, Candidate[] at) {
        if (w < 0 || w >= t.size || gap < 0 || !t.gapIs(gap, " ") || !t.capitalized(w) || t.allCaps(w)
                || t.digits(w) || t.arabic(w)) {
            return null;
        }
        if (found[w]) {
            String why = at[w] == null ? null : at[w].rejected;
            return why != null && (why.startsWith("person") || why.equals(BESIDE_PERSON)) ? BESIDE_PERSON : null;
        }
        String f = t.folded(w);
        boolean known = lexicon.commonWords().contains(f) || lexicon.notPlaces().contains(f) || lexicon.titles().contains(f)
                || lexicon.orgWords().contains(f) || lexicon.facilityWords().contains(f) || lexicon.streetWords().contains(f)
                || lexicon.nameQualifiers().contains(f) || lexicon.speechVerbs().contains(f)
                || lexicon.cueKind(f, true) != null || lexicon.cueKind(f, false) != null || regions.isDemonym(f);
        return known ? null : BESIDE_UNKNOWN;
    }

    /** A one-word town with no cue: the candidates this reading judges. */
    private static boolean townWord(Candidate c) {
        return c.words() == 1 && c.regions.isEmpty() && c.cueKind == null;
    }

    /** Prepositions of place: a name after one is where something is ("in Villepint Paris"), not who. */
    private static final WordSet LOCATIVES = WordSet.of("in", "at", "near", "from", "to", "outside", "across");
    /** Prepositions before a town a person's name elsewhere does not make a person: "a letter to Khan" does. */
    private static final WordSet PLACING = WordSet.of("in", "near", "outside", "across");

    /** True when word {@code w} follows a preposition of place ("in Villepint Paris"). */
    /** True when a preposition of place that never governs a person stands right before word {@code w}. */
    private static boolean placedByPreposition(Tokens t, int w) {
        return w > 0 && t.joined(w - 1) && PLACING.has(t, w - 1);
    }

    static boolean afterLocative(Tokens t, int w) {
        return w > 0 && t.joined(w - 1) && LOCATIVES.has(t, w - 1);
    }
}
