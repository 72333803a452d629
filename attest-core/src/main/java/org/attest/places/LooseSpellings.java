package org.attest.places;

import java.util.List;
import org.attest.gazetteer.Gazetteer;
import org.attest.gazetteer.NameKeys;

/** Whether a word the skeleton index matched to a town is a loose spelling of it, not another word. */
final class LooseSpellings {
    private LooseSpellings() {}

    /**
     * True when the candidate, one word that opens a sentence and stands in no list and after no
     * cue, matched only another name of a town (entry {@code entry}): a sentence's first word is
     * capitalised whatever it is, so a loose spelling of an alternate name is too little to make
     * it a town ("Turnout was low" is no Turnhout).
     */
    static boolean openingAlternate(Tokens t, Candidate c, int entry) {
        return Gazetteer.kindOf(entry) == Gazetteer.ALTERNATE && c.words() == 1 && !c.listed && c.cueKind == null
                && t.sentenceInitial(c.first);
    }

    /**
     * True when a speech verb follows the candidate: a name that only loosely spells a town and
     * then speaks ("Le Pen said") is a speaker's, not the town.
     */
    static boolean speaks(Tokens t, Candidate c, WordSet speechVerbs) {
        return c.last + 1 < t.size && t.joined(c.last) && speechVerbs.has(t, c.last + 1);
    }

    /**
     * True when one word matched, by its skeleton, a town whose name is several words, and the
     * town is small and no cue or list backs it: a coined word that closes up two words
     * ("Northstar", "Bluewater") names a brand or a firm far more often than the hamlet whose two
     * words it happens to spell (North Star, Delaware). A city's name written as one word
     * ("Khanyunis") is left to the caller's test of notability.
     */
    static boolean closedUpSmallTown(Gazetteer gazetteer, Candidate c, int place, boolean notable) {
        return !notable && c.words() == 1 && !c.listed && c.cueKind == null
                && gazetteer.asciiName(place).trim().indexOf(' ') > 0;
    }

    /**
     * A skeleton match must still be close in letters: at most a quarter of the letters differ
     * from one of the place's spellings ("Boroujerd" for Borujerd, not "There" for Thoiry), and
     * it is not a spelling with the adjective's "-i" ("Tabrizi").
     */
    static boolean closeInLetters(Gazetteer gazetteer, Tokens t, Candidate c, int place) {
        StringBuilder b = new StringBuilder();
        for (int w = c.first; w <= c.last; w++) {
            b.append(t.folded(w));
        }
        String compact = b.toString();
        int allowed = Math.max(1, compact.length() / 4);
        for (Gazetteer.Spelling s : gazetteer.spellings(place)) {
            if (compact.equals(s.compact() + "i") || frenchDemonym(compact, s.compact())) {
                return false; // "Tabrizi", "Ahwazi", "Bamakois": the adjective or surname of the town, not the town
            }
        }
        // Persian's one letter written "gh" or "q" ("Ghorveh" for Qorveh) is one letter here too
        String oneLetter = compact.replace("gh", "q");
        for (Gazetteer.Spelling s : gazetteer.spellings(place)) {
            if (NameKeys.boundedDistance(s.compact().replace("gh", "q"), oneLetter, allowed) <= allowed) {
                return true;
            }
        }
        return false;
    }

    /** French demonym endings: "Bamakois", "Dakarois", "Abidjanaise". */
    private static final List<String> DEMONYM_ENDINGS = List.of("ois", "ais", "oise", "aise");

    /** True when {@code word} is the town's spelling, its last vowel dropped, with a French demonym's ending. */
    private static boolean frenchDemonym(String word, String spelling) {
        String stem = spelling.isEmpty() || "aeiou".indexOf(spelling.charAt(spelling.length() - 1)) < 0
                ? spelling : spelling.substring(0, spelling.length() - 1);
        for (String end : DEMONYM_ENDINGS) {
            if (word.length() == stem.length() + end.length() && word.startsWith(stem) && word.endsWith(end)) {
                return true;
            }
        }
        return false;
    }
}
