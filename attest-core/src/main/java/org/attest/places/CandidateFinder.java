package org.attest.places;

import java.util.ArrayList;
import java.util.List;
import org.attest.gazetteer.Gazetteer;
import org.attest.gazetteer.NameKeys;

/**
 * Finds the word stretches that the gazetteer or the region table knows, longest first, from
 * each capitalised (or Arabic-script) word. The exact index is tried first; the skeleton index
 * only where the exact one finds nothing, on capitalised words and their ezafe joiners.
 */
final class CandidateFinder {
    private static final int MAX_WORDS = 6;
    private static final int MAX_SKELETON_WORDS = 3;

    private final Gazetteer gazetteer;
    private final RegionIndex regions;
    private final PlaceLexicon lexicon;

    CandidateFinder(Gazetteer gazetteer, RegionIndex regions, PlaceLexicon lexicon) {
        this.gazetteer = gazetteer;
        this.regions = regions;
        this.lexicon = lexicon;
    }

    List<Candidate> find(Tokens t) {
        List<Candidate> out = new ArrayList<>();
        int i = 0;
        while (i < t.size) {
            if (!startable(t, i)) {
                i++;
                continue;
            }
            Candidate c = exact(t, i);
            if (c == null) {
                c = skeleton(t, i);
            } else {
                c = longerSpelling(t, i, c);
            }
            if (c != null) {
                out.add(c);
                i = c.last + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    private static boolean startable(Tokens t, int i) {
        if (t.digits(i) || t.inTagOrLink(i)) {
            return false;
        }
        if (t.arabic(i)) {
            return t.end[i] - t.start[i] >= 3;
        }
        return t.capitalized(i);
    }

    private static boolean endable(Tokens t, int j) {
        return t.arabic(j) || (t.capitalized(j) && !t.digits(j));
    }

    private Candidate exact(Tokens t, int i) {
        long h = NameKeys.start();
        Candidate best = null;
        for (int j = i; j < t.size && j < i + MAX_WORDS; j++) {
            if (j > i) {
                if (!t.joined(j - 1)) {
                    break;
                }
                h = NameKeys.extendSeparator(h);
            }
            h = NameKeys.extend(h, t.folded[j]);
            long key = NameKeys.finish(h);
            if (endable(t, j)) {
                int[] entries = gazetteer.exact(key);
                List<Region> rs = regions.lookup(key);
                if (entries.length > 0 || !rs.isEmpty()) {
                    best = new Candidate(i, j, entries, false, rs);
                }
            }
            if (!gazetteer.isPrefix(key) && !regions.isPrefix(key)) {
                break;
            }
        }
        return best;
    }

    /**
     * "Astane Ashrafiyeh": the first word alone is an alternate name of the town, but the whole
     * stretch is a loose spelling of its full name. The longer reading wins when it names one of the
     * places the shorter one found.
     */
    private Candidate longerSpelling(Tokens t, int i, Candidate exact) {
        if (exact.entries.length == 0 || !t.joined(exact.last) || exact.last + 1 >= t.size
                || !t.capitalized(exact.last + 1)) {
            return exact;
        }
        Candidate loose = skeleton(t, i);
        if (loose == null || loose.last <= exact.last) {
            return exact;
        }
        for (int e : loose.entries) {
            for (int x : exact.entries) {
                if (Gazetteer.placeOf(e) == Gazetteer.placeOf(x)) {
                    return new Candidate(i, loose.last, new int[] {x}, false, exact.regions);
                }
            }
        }
        return exact;
    }

    private Candidate skeleton(Tokens t, int i) {
        // loose spellings are for names: not for acronyms, common words or words of the calendar
        if (t.arabic(i) || t.allCaps(i) || lexicon.commonWords().contains(t.folded[i])
                || lexicon.notPlaces().contains(t.folded[i]) || lexicon.orgWords().contains(t.folded[i])) {
            return null;
        }
        List<String> words = new ArrayList<>();
        Candidate best = null;
        for (int j = i; j < t.size && j < i + MAX_SKELETON_WORDS + 1; j++) {
            if (j > i && !t.joined(j - 1)) {
                break;
            }
            boolean ezafe = j > i && !t.capitalized(j) && (t.folded[j].equals("e") || t.folded[j].equals("ye"));
            if (!ezafe && !t.capitalized(j)) {
                break;
            }
            words.add(t.folded[j]);
            if (ezafe) {
                continue;
            }
            String skel = NameKeys.skeleton(words);
            if (skel.length() >= 4) {
                int[] entries = gazetteer.skeleton(NameKeys.hash(skel));
                if (entries.length > 0) {
                    best = new Candidate(i, j, entries, true, List.of());
                }
            }
        }
        return best;
    }
}
