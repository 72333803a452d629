package org.attest.places;

import java.util.HashSet;
import java.util.Set;

/**
 * Collects the surnames a text uses, so that a surname standing alone later ("Khan", "Rocha") is
 * read as the person, not as a town or province another language spells so.
 */
final class Surnames {
    private final PlaceLexicon lexicon;

    Surnames(PlaceLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Longest run of capitalised words a person's name is taken to have after a role or a speech verb. */
    private static final int NAME_RUN = 4;

    /**
     * Folded surnames: capitalised words right after a given name or a title ("President
     * Rouhani"), and the last word of a name of two or more capitalised words after a role or a
     * speech verb in lower case ("former prime minister Imran Khan", "said Lynn Maalouf"), so
     * that "Khan" on its own later is the person, not a town another language spells so.
     */
    Set<String> in(Tokens t, Set<String> regionWords) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < t.size; i++) {
            if (t.gapIs(i, ", ") && t.capitalized(i + 1) && !t.capitalized(i) && lexicon.titles().has(t, i)) {
                // "the city's popular mayor, Ekrem Imamoglu, was detained": a role, then its name in apposition
                addSurnamesAfterRole(t, i, regionWords, out);
                continue;
            }
            if (!t.joined(i) || !t.capitalized(i + 1)) {
                continue;
            }
            if (!t.capitalized(i)) {
                addSurnamesAfterRole(t, i, regionWords, out);
                continue;
            }
            if (lexicon.givenNames().has(t, i) || lexicon.titles().has(t, i)) { // most such words are neither: not folded
                String w = t.folded(i);
                int j = i + 1;
                while (j + 1 < t.size && t.joined(j) && t.capitalized(j + 1) && lexicon.givenNames().has(t, j)) {
                    j++; // "Mohammad Ali Jafari": the surname is the last of the run
                }
                if (lexicon.titles().contains(w) && j == i + 1 && j + 1 < t.size && t.joined(j) && t.capitalized(j + 1)
                        && !regionWords.contains(t.folded(j + 1)) && !lexicon.orgWords().has(t, j + 1)
                        && !lexicon.titles().has(t, j + 1) && lexicon.cueKind(t.folded(j + 1), false) == null) {
                    j++; // "Mayor Ekrem Imamoglu": a given name we do not know, then the surname
                }
                if (!regionWords.contains(t.folded(j))
                        || !lexicon.nameQualifiers().contains(w) && !lexicon.commonWords().contains(w)) {
                    out.add(t.folded(j)); // "West Tigray" holds no surname, though "West" is a given name too
                }
                if (j + 1 < t.size && t.joined(j) && t.capitalized(j + 1) && !t.allCaps(j + 1)
                        && secondSurname(t.folded(j + 1), lexicon.givenNames().contains(w) ? Set.of() : regionWords)) {
                    out.add(t.folded(j + 1)); // "Luis Duarte Maldonado": a Spanish name carries two surnames
                }
            }
        }
        return out;
    }

    /** True when a word after a surname can be a second one: no country, province, role, organisation word or cue. */
    private boolean secondSurname(String w, Set<String> regionWords) {
        return !regionWords.contains(w) && !lexicon.orgWords().contains(w) && !lexicon.titles().contains(w)
                && !lexicon.givenNames().contains(w) && lexicon.cueKind(w, false) == null
                && lexicon.cueKind(w, true) == null && !lexicon.notPlaces().contains(w);
    }

    /**
     * Adds the surnames of the name a role or speech verb at {@code i} opens: every word after
     * the first ("reporter Ana Duarte Maldonado" carries two surnames, either of which the text
     * may use alone later); the last unless it names a country or province.
     */
    private void addSurnamesAfterRole(Tokens t, int i, Set<String> regionWords, Set<String> out) {
        int last = nameAfterRole(t, i);
        for (int k = i + 2; last > 0 && k <= last; k++) {
            // a province's name inside a longer name is a surname ("Rosa Rocha Lima"); at the end it may be the place
            if (k == last ? !regionWords.contains(t.folded(k)) : secondSurname(t.folded(k), Set.of())) {
                out.add(t.folded(k));
            }
        }
    }

    /**
     * The index of the last word of the person's name that a lower-case role or speech verb at
     * {@code i} opens, or -1: two to four capitalised words, not followed by a title or an
     * organisation word ("said Sistan Baluchestan police chief ..." names no person).
     */
    private int nameAfterRole(Tokens t, int i) {
        if (!lexicon.speechVerbs().has(t, i) && !lexicon.titles().has(t, i)) {
            return -1;
        }
        int j = i + 1;
        while (j + 1 < t.size && j - i < NAME_RUN && t.joined(j) && t.capitalized(j + 1)) {
            j++;
        }
        if (j == i + 1 || (j + 1 < t.size && j - i < NAME_RUN && t.joined(j)
                && (lexicon.titles().has(t, j + 1) || lexicon.orgWords().has(t, j + 1)))) {
            return -1;
        }
        for (int k = i + 1; k <= j; k++) {
            if (lexicon.titles().has(t, k) || lexicon.orgWords().has(t, k)) {
                return -1; // "said Human Rights Watch", "told President ..." are no person's full name
            }
        }
        return j;
    }
}
