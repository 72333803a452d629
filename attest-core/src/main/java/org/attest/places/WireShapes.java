package org.attest.places;

/**
 * Shapes of news copy around a name that decide whether it is a place: a wire dateline's head
 * ("ROME, Aug. 2 -", "KIEV (AP) -"), where a short capitalised word is a town and not an acronym,
 * a medium's name ("the Fars news agency", "France 24 reported"), where a place's name is the
 * medium's, and the agency credited in brackets after a dateline ("OTTAWA (Wirenews) —").
 */
final class WireShapes {
    private final PlaceLexicon lexicon;

    WireShapes(PlaceLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The dashes a dateline in capitals may close with. */
    private static final java.util.Set<String> DASHES = java.util.Set.of(" \u2014 ", " \u2013 ", " - ");

    /**
     * True when the candidate opens a line as a wire dateline does: "ROME, Aug. 2 -", "KIEV,
     * Monday (AP)", "DOHA (Reuters) -", or a newspaper's in capitals, "TOLEDO — ". Such a short capitalised word is a town, not an acronym.
     */
    boolean datelineHead(Tokens t, Candidate c) {
        int f = c.first;
        int before = f == 0 ? 0 : t.end[f - 1];
        if (f > 0 && t.text.lastIndexOf('\n', t.start[f]) < before) {
            return false; // not the first word of its line
        }
        if (c.last + 1 >= t.size) {
            return false;
        }
        String gap = t.gapAfter(c.last);
        int next = c.last + 1;
        if (DASHES.contains(gap) && t.allCaps(c.last)) {
            return true; // "FLINT — Classes were ...": a newspaper's dateline in capitals, a dash after it
        }
        return gap.equals(" (") || gap.equals(", ") && (lexicon.notPlaces().has(t, next)
                || t.capitalized(next) && next + 1 < t.size && t.digits(next + 1) // "Aug. 2"
                || t.digits(next) && next + 1 < t.size && lexicon.notPlaces().has(t, next + 1)); // "2 September"
    }

    /**
     * True when the one-word candidate stands in brackets before a dash on a line that a word in
     * capitals opens: "KIEV (AP) —", "OTTAWA, Ontario (Wirenews) —" credit the agency, whatever
     * its name, not a town.
     */
    static boolean datelineCredit(Tokens t, Candidate c) {
        if (c.words() != 1 || c.first == 0 || !t.gapIs(c.first - 1, " (")) {
            return false;
        }
        String after = t.gapAfter(c.last);
        if (!(after.startsWith(") \u2014") || after.startsWith(") \u2013") || after.startsWith(") -"))) {
            return false;
        }
        int line = t.text.lastIndexOf('\n', t.start[c.first]) + 1;
        int k = line;
        while (k < t.start[c.first] && Character.isLetter(t.text.charAt(k)) && Character.isUpperCase(t.text.charAt(k))) {
            k++;
        }
        return k - line >= 2 && k < t.text.length() && !Character.isLetter(t.text.charAt(k)); // the line opens with a word in capitals
    }

    /** True when "news agency", "news website" or "agency" starts at word {@code w}, joined to the word before. */
    boolean newsAgency(Tokens t, int w) {
        if (w >= t.size || !t.joined(w - 1) || t.capitalized(w)) {
            return false;
        }
        String word = t.folded(w);
        if (t.digits(w)) {
            return lexicon.mediaWords().contains(word) && channelNumberEnds(t, w);
        }
        return word.equals("agency") || word.equals("news") && w + 1 < t.size && t.joined(w)
                && lexicon.mediaWords().has(t, w + 1);
    }

    /**
     * True when the channel number at word {@code w} ends the name: "France 24 reported", "(Kurdistan
     * 24)", "France 24's"; not "in Tehran 24 hours later", where a count follows.
     */
    private boolean channelNumberEnds(Tokens t, int w) {
        if (w + 1 >= t.size || !t.joined(w)) {
            return true;
        }
        String next = t.folded(w + 1);
        if (t.capitalized(w + 1)) {
            return !lexicon.notPlaces().contains(next); // "across France 24 March" is a date
        }
        return next.equals("s") || lexicon.speechVerbs().contains(next) || next.endsWith("ed");
    }

    /**
     * True when the candidate follows "news agency" or "news website" as its name: "the state news
     * agency SANA said", "the news website Rudaw": the medium's, however a capital's alternate
     * name or a province spells it.
     */
    boolean namedAfterAgency(Tokens t, Candidate c) {
        int f = c.first;
        if (f < 2 || !t.joined(f - 1) || t.capitalized(f - 1) || !t.joined(f - 2)) {
            return false;
        }
        return t.is(f - 1, "agency") && t.is(f - 2, "news")
                || t.is(f - 2, "news") && lexicon.mediaWords().has(t, f - 1);
    }
}
