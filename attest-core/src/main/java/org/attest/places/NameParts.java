package org.attest.places;

import java.util.List;
import java.util.Set;

/**
 * Tells when a candidate is only a part of a longer name that is no place: a reporter's name in a
 * byline ("By Regina Garcia Cano"), a person whose given name and surname are both towns
 * ("Lincoln Florence"), or one half of a compound the gazetteer does not hold as a whole
 * ("Dasht-e Barchi", "Bab al-Tabbaneh", "Tidball-Binz", "Ahmadi-nejad"). Pure functions over the tokens.
 */
final class NameParts {
    /** Lower-case words before "by" that open a credit line ("Reporting by", "Editing by"). */
    private static final WordSet CREDITS = WordSet.of("reporting", "writing", "editing", "edited", "written",
            "compiled", "additional", "photo", "photos", "photograph", "video", "graphics", "interview", "text");
    /** Persian ezafe joiners: "Dasht-e Barchi", "Salas-e Babajani". */
    private static final WordSet EZAFE = WordSet.of("e", "ye", "i");

    /** Persian surname endings after a hyphen ("Ahmadi-nejad"), from {@code surname-endings.txt}. */
    private static final WordSet SURNAME_ENDINGS = WordSet.of(PlaceLexicon.lines("surname-endings.txt"));

    private NameParts() {}

    /**
     * True when the candidate stands in a byline or credit line: only names, commas and "and"
     * lie between it and a "By" that opens a line, or a "by" after "Reporting", "Editing" and
     * the like ("(Reporting by Parisa Hafezi in Dubai)" keeps Dubai: "in" ends the names).
     */
    static boolean inByline(Tokens t, Candidate c) {
        int i = c.first - 1;
        while (i >= 0) {
            if (!(t.gapIs(i, " ") || t.gapIs(i, ", ") || t.gapIs(i, "-"))) {
                return false;
            }
            String w = t.folded(i);
            if (w.equals("by")) {
                boolean opensLine = t.capitalized(i) && t.sentenceInitial(i) && namesOnlyToLineEnd(t, i + 1);
                return opensLine || (i > 0 && t.joined(i - 1) && CREDITS.has(t, i - 1));
            }
            if (!t.capitalized(i) && !w.equals("and")) {
                return false;
            }
            i--;
        }
        return false;
    }

    /** Longest credit line, in characters. */
    private static final int CREDIT_LINE = 400;
    /** Words of a credit sentence: "Associated Press writers Victoria Kim in Seoul and Sydney Ember in Washington contributed." */
    private static final List<String> CREDIT_MARKS = List.of(" contributed.", " contributed to this report",
            "contributed reporting", " reported from ");
    /** A word of every credit mark: a text that holds neither holds no mark (two searches of the text, not four). */
    private static final List<String> CREDIT_WORDS = List.of("contributed", " reported from ");

    /**
     * True when the candidate is part of a person's name in a credit sentence ("Charlotte
     * Greenfield reported from Islamabad; Victoria Kim in Seoul contributed"): a capitalised word
     * is joined to it, and the sentence credits reporters. The places there stand alone after
     * "in" and "from".
     */
    static boolean inCreditLine(Tokens t, Candidate c) {
        boolean inRun = (c.first > 0 && t.joined(c.first - 1) && t.capitalized(c.first - 1))
                || (c.last + 1 < t.size && t.joined(c.last) && t.capitalized(c.last + 1));
        if (!inRun || !t.holdsAny(CREDIT_WORDS)) {
            return false; // most texts credit no one: no line is cut out for each name of a run
        }
        // a credit line is short: look no further than CREDIT_LINE characters either way, so a
        // megabyte without line breaks is not scanned once per name
        int from = Math.max(0, t.start[c.first] - CREDIT_LINE);
        int to = Math.min(t.text.length(), t.end[c.last] + CREDIT_LINE);
        int open = t.start[c.first];
        while (open > from && t.text.charAt(open - 1) != '\n') {
            open--;
        }
        int close = t.end[c.last];
        while (close < to && t.text.charAt(close) != '\n') {
            close++;
        }
        boolean opened = open == 0 || t.text.charAt(open - 1) == '\n';
        boolean closed = close == t.text.length() || t.text.charAt(close) == '\n';
        if (!opened || !closed) {
            return false;
        }
        String line = t.text.substring(open, close);
        for (String mark : CREDIT_MARKS) {
            if (line.contains(mark)) {
                return true;
            }
        }
        return false;
    }

    /** Most words a byline line holds after its "By". */
    private static final int BYLINE_WORDS = 12;
    /** Lower-case words a byline may hold between names ("By Ana Diaz and Rafael Soto of the Associated Press"). */
    private static final WordSet BYLINE_JOINERS = WordSet.of("and", "of", "the", "in", "de", "da", "al", "el");

    /**
     * True when the words from {@code i} to the end of the line are names only: a byline, not a
     * sentence that opens with "By" ("By Tuesday, Tehran's streets were calm").
     */
    private static boolean namesOnlyToLineEnd(Tokens t, int i) {
        for (int k = i; k < t.size && k - i < BYLINE_WORDS; k++) {
            if (!t.capitalized(k) && !BYLINE_JOINERS.has(t, k)) {
                return false;
            }
            String gap = t.gapAfter(k);
            if (k + 1 == t.size || gap.indexOf('\n') >= 0) {
                return true;
            }
            if (!gap.equals(" ") && !gap.equals(", ") && !gap.equals("-")) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when the candidate is a one-word town right next to another one-word town, with only
     * a space between ("Lincoln Florence", "Jerome Dallas", "Santiago Cartagena"): two places
     * are never written so, a given name and a surname often are.
     */
    static boolean townPair(Tokens t, Candidate a, Candidate b) {
        return a.words() == 1 && b.words() == 1 && b.first == a.last + 1 && a.regions.isEmpty()
                && b.regions.isEmpty() && t.gapIs(a.last, " ") && !t.arabic(a.first) && !t.arabic(b.first)
                && a.entries.length > 0 && b.entries.length > 0;
    }

    /** Why a town pair with a loose spelling in it is dropped: a name, but no person's. */
    static final String LOOSE_PAIR = "part of a name (two town names in a row, one a loose spelling)";

    /**
     * Marks both candidates of every {@link #townPair} as a person, unless a facility word closes
     * the capitalised name the second one opens ("Shiraz Adelabad Prison", "Karaj Qezel Hesar
     * Prison"): then the first is the town and the second part of the facility's name.
     */
    static void rejectTownPairs(Tokens t, List<Candidate> cands, WordSet facilityWords) {
        for (int k = 0; k + 1 < cands.size(); k++) {
            Candidate a = cands.get(k);
            Candidate b = cands.get(k + 1);
            if (a.alive() && b.alive() && a.cueKind == null && b.cueKind == null && townPair(t, a, b)) {
                if (facilityAhead(t, b.last, facilityWords)) {
                    b.rejected = "part of a longer name";
                    continue;
                }
                // a word read only by a loose spelling is weak proof of a person: the pair is some
                // name ("the Tbilisi Life channel"), but Tbilisi elsewhere stays the town
                String why = a.skeletal || b.skeletal ? LOOSE_PAIR : "person (two town names in a row)";
                if (b.skeletal && !a.skeletal && NameRuns.afterLocative(t, a.first)) {
                    // a town after "in" is where: "Rally In Tbilisi Leads To Arrests" (a headline
                    // capitalises the verb, which a loose spelling reads as Leeds)
                    b.rejected = why;
                    continue;
                }
                a.rejected = why;
                b.rejected = why;
            }
        }
    }

    /** Words of a capitalised name after word {@code w} searched for a facility word that closes it. */
    private static final int FACILITY_REACH = 3;

    /** True when a facility word closes the capitalised name after word {@code w} ("Adelabad Prison", "International Airport"). */
    static boolean facilityAhead(Tokens t, int w, WordSet facilityWords) {
        for (int k = w; k + 1 < t.size && k < w + FACILITY_REACH && t.joined(k) && t.capitalized(k + 1); k++) {
            if (facilityWords.has(t, k + 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the candidate is one half of a compound that goes on past it: an ezafe name
     * ("Islamabad-e Gharb", "Dasht-e Barchi"), an Arabic article name after it ("Bab
     * al-Tabbaneh"), or a hyphenated name whose other half is capitalised and no place
     * ("Tidball-Binz"). {@code found[w]} is true for words some candidate spans.
     */
    static boolean partOfCompound(Tokens t, Candidate c, boolean[] found) {
        // a Persian surname's ending, even in lower case: "Ahmadi-nejad", "Karimi-zadeh" (a
        // province's name too: "Ahmadi" is also a Kuwaiti governorate)
        if (c.last + 1 < t.size && t.gapIs(c.last, "-") && SURNAME_ENDINGS.has(t, c.last + 1)) {
            return true;
        }
        if (!c.regions.isEmpty() || t.arabic(c.first)) {
            return false;
        }
        int after = c.last + 1;
        int before = c.first - 1;
        // an ezafe on either side, joined to a capitalised word
        if (after + 1 < t.size && t.joined(c.last) && t.joined(after) && EZAFE.has(t, after)
                && !t.capitalized(after) && t.capitalized(after + 1)) {
            return true;
        }
        if (before >= 1 && t.joined(before) && t.joined(before - 1) && EZAFE.has(t, before)
                && !t.capitalized(before) && t.capitalized(before - 1)) {
            return true;
        }
        // an Arabic article name after it: "Bab al-Tabbaneh"
        if (after + 1 < t.size && t.gapIs(c.last, " ") && ArabicArticles.WORDS.has(t, after)
                && !t.capitalized(after) && t.gapIs(after, "-") && t.capitalized(after + 1)) {
            return true;
        }
        // a hyphenated name: the other half capitalised, no article, no place and no word of a
        // title-case headline ("Tehran-Based Group")
        if (c.words() == 1 && after < t.size && t.gapIs(c.last, "-") && namePart(t, after, found)) {
            return true;
        }

        return c.words() == 1 && before >= 0 && t.gapIs(before, "-") && namePart(t, before, found);
    }

    /** Words of direction that qualify a place's name: "Colombo North", "Central Jakarta". */
    static final WordSet COMPASS = WordSet.of("north", "south", "east", "west", "central", "northern",
            "southern", "eastern", "western", "northeast", "northwest", "southeast", "southwest");

    /**
     * True when the one-word candidate is a word of direction joined by a space to a place name
     * another candidate spans: "Colombo North", "Colombo Central", "Central Jakarta" name parts
     * of the city (a police division, a district), not Lebanon's North Governorate or a town
     * called Central. A cue word after it is no name ("Western Province" stays the province).
     * {@code found[w]} is true for words some candidate spans.
     */
    static boolean compassOfName(Tokens t, Candidate c, boolean[] found) {
        if (c.words() != 1 || !COMPASS.has(t, c.first)) {
            return false;
        }
        int before = c.first - 1;
        int after = c.last + 1;
        return before >= 0 && t.gapIs(before, " ") && t.capitalized(before) && found[before]
                || after < t.size && t.gapIs(c.last, " ") && t.capitalized(after) && found[after];
    }

    /**
     * True when the one-word candidate is a word of direction before a capitalised word no
     * candidate spans and no organisation, calendar or cue word: "North Velmark" is a place of
     * that name, not the province called North.
     */
    /** Why {@link #compassBeforeUnknown} rejects the word of direction; {@link UnplacedRegions} reports the pair. */
    static final String COMPASS_BEFORE_UNKNOWN = "part of a name (a word of direction before an unknown name)";

    static boolean compassBeforeUnknown(Tokens t, Candidate c, boolean[] found, PlaceLexicon lexicon) {
        int after = c.last + 1;
        if (c.words() != 1 || !COMPASS.has(t, c.first) || after >= t.size || !t.gapIs(c.last, " ")
                || !t.capitalized(after) || t.allCaps(after) || found[after]) {
            return false;
        }
        String f = t.folded(after);
        return !lexicon.orgWords().contains(f) && !lexicon.notPlaces().contains(f) && lexicon.cueKind(f, false) == null;
    }

    /**
     * True when the one-word candidate is the second word of a capitalised name no index holds
     * that a facility word closes: "Qezel Hesar Prison" names the prison, and its "Hesar" is no
     * town ("Mashhad Vakilabad Prison" neither: the town opens the name, the prison is not a town);
     * "Karaj Central Prison" keeps Karaj, which opens the name. A capitalised function word before
     * it ("The", "In") opens no name.
     */
    static boolean insideFacilityName(Tokens t, Candidate c, WordSet facilityWords,
                                      WordSet notPlaces) {
        int before = c.first - 1;
        int after = c.last + 1;
        return c.words() == 1 && c.regions.isEmpty() && before >= 0 && after < t.size
                && t.joined(before) && t.capitalized(before) && !t.digits(before)
                && !notPlaces.has(t, before)
                && t.joined(c.last) && t.capitalized(after) && facilityWords.has(t, after);
    }

    /** Words that title case capitalises after a hyphen: "Tehran-Based", "Kabul-Bound", "Basra-Born". */
    static final WordSet HYPHEN_WORDS = WordSet.of("based", "born", "bound", "led", "backed", "style",
            "area", "region", "era", "wide", "linked", "run", "made", "owned", "held", "ruled", "like", "free",
            "type", "wise", "only", "mile", "km", "day", "year", "old", "long", "bred", "hit", "torn", "funded", "driven",
            "native", "centred", "war", "scale");

    /** True when word {@code w} may be one half of a hyphenated personal or place name no index holds. */
    private static boolean namePart(Tokens t, int w, boolean[] found) {
        String f = t.folded(w);
        return t.capitalized(w) && !found[w] && !ArabicArticles.WORDS.contains(f) && !HYPHEN_WORDS.contains(f);
    }

    /**
     * True when the word of token {@code w} stands alone somewhere in the text, capitalised with
     * no capitalised word joined to it on either side ("Bardella said", "said Bardella."), and
     * the text never writes it in lower case (a common noun: "Teachers" and "teachers"). Only
     * tokens of the word's length and case-blind hash ({@link CaseBlindWords}) are compared.
     */
    static boolean standsAlone(Tokens t, int w, WordSet speechVerbs) {
        int len = t.end[w] - t.start[w];
        boolean alone = false;
        // the tokens of the word's length, in text order, their chars compared only when their case-blind hashes agree
        CaseBlindWords same = t.caseBlind();
        for (int i = same.first(w); i >= 0; i = same.next(i)) {
            if (!same.mayMatch(i, w) || !t.text.regionMatches(true, t.start[i], t.text, t.start[w], len)) {
                continue;
            }
            if (!t.capitalized(i)) {
                return false;
            }
            alone |= !t.allCaps(i) && !(i > 0 && t.joined(i - 1) && t.capitalized(i - 1))
                    && !(t.joined(i) && i + 1 < t.size && t.capitalized(i + 1))
                    // a capital that only opens a sentence says nothing ("Human rights groups said"),
                    // unless a speech verb follows ("Bardella said")
                    && (!t.sentenceInitial(i) || (t.joined(i) && speechVerbs.has(t, i + 1)));
        }
        return alone;
    }

    /**
     * True when a one-word country or province is a given name: the capitalised word right after
     * it is no name a place is known by ({@code known}) and stands alone elsewhere in the text,
     * as surnames do ("Jordan Bardella spoke ... Bardella said").
     */
    static boolean givenNameBeforeSurname(Tokens t, Candidate c, boolean[] known, WordSet speechVerbs) {
        int next = c.last + 1;
        if (c.words() != 1 || c.regions.isEmpty() || next >= t.size || !t.gapIs(c.last, " ")
                || !t.capitalized(next) || t.allCaps(next) || known[next]) {
            return false;
        }
        return standsAlone(t, next, speechVerbs);
    }

    /**
     * True when a one-word candidate opens or continues a run of capitalised words that is no
     * place ("Aung San Suu Kyi", "Jina Amini's hometown"): the next word is capitalised and is
     * neither a place cue nor an organisation word.
     * {@link Geoparser} asks only for small towns of countries the text names nothing else in.
     */
    static boolean insideName(Tokens t, Candidate c, PlaceLexicon lexicon) {
        if (c.words() != 1) {
            return false;
        }
        int after = c.last + 1;
        if (after < t.size && t.joined(c.last) && t.capitalized(after)) {
            String next = t.folded(after);
            return lexicon.cueKind(next, false) == null && !lexicon.orgWords().contains(next);
        }
        // or it closes one ("Jina Amini's hometown"): a capitalised word before it that no list
        // of common words holds
        int before = c.first - 1;
        if (before >= 0 && t.joined(before) && t.capitalized(before)
                && !lexicon.commonWords().has(t, before) && !lexicon.notPlaces().has(t, before)) {
            return true;
        }
        // or it is a bracketed alias inside one, or the name after it ("Mahsa (Jina) Amini")
        boolean alias = before >= 0 && after < t.size && t.gapAfter(before).strip().equals("(")
                && t.gapAfter(c.last).strip().equals(")") && t.capitalized(before) && t.capitalized(after);
        boolean afterAlias = before >= 1 && t.gapAfter(before).strip().equals(")") && t.gapAfter(before - 1).strip().equals("(")
                && t.capitalized(before) && t.capitalized(before - 1);
        return alias || afterAlias;
    }

    /**
     * True when a capitalised organisation or building word follows the candidate, or "of" and a
     * capitalised name: it opens that name ("Viedma Hospital", "San Roque Bridge", "the Notre
     * Dame of Yaounde"). {@link Geoparser} asks only for small towns of
     * countries the text names nothing else in: the name is a person's or a saint's there, not
     * the town's.
     */
    static boolean headsName(Tokens t, Candidate c, PlaceLexicon lexicon) {
        int after = c.last + 1;
        if (after + 1 < t.size && t.gapIs(c.last, " ") && t.is(after, "of") && !t.capitalized(after)
                && t.gapIs(after, " ") && t.capitalized(after + 1)) {
            return true; // "the Notre Dame of Yaounde": a church's name, the place after "of"
        }
        return after < t.size && t.joined(c.last) && t.capitalized(after) && lexicon.orgWords().has(t, after);
    }

    /** True when a group noun follows the candidate ("Fano militias", "Wagner fighters"). */
    static boolean beforeGroupNoun(Tokens t, Candidate c, PlaceLexicon lexicon) {
        return c.last + 1 < t.size && t.joined(c.last) && lexicon.groupNouns().has(t, c.last + 1);
    }

    /** Words after ", " that open an apposition naming a person's role: "Ibaneis Rocha, the governor of". */
    private static final WordSet APPOSITION_OPENERS = WordSet.of("the", "a", "an");

    /**
     * True when the candidate closes a person's name of two or more capitalised words that an
     * apposition follows: an age between commas ("Ileana Alvarez Mendoza, 40, who marched",
     * "Juan Muñoz, 23, died") or a role ("Ibaneis Rocha, the governor of the Federal District").
     * A place after a capitalised word stands after a preposition or opens the sentence; a word
     * that opens the sentence does not count as the given name ("Across Latin America, the
     * president ...").
     */
    static boolean personApposition(Tokens t, Candidate c, WordSet titles) {
        int before = c.first - 1;
        int next = c.last + 1;
        // a capitalised preposition opens a clause no full stop marks: "Iran, May 4 - In Zahedan, the prosecutor"
        if (before < 0 || !t.joined(before) || !t.capitalized(before) || t.allCaps(before)
                || t.sentenceInitial(before) || next >= t.size || !t.gapIs(c.last, ", ")
                || LocalHints.PLACE_PREPOSITIONS.has(t, before)) {
            return false;
        }
        if (t.digits(next)) {
            // an age: one to three digits, closed by a comma ("Mendoza, 40, who") - not "Bago, 19 people"
            return t.surface(next).length() <= 3 && t.text.startsWith(",", t.end[next]);
        }
        return APPOSITION_OPENERS.has(t, next) && next + 1 < t.size && t.joined(next)
                && titles.has(t, next + 1);
    }
}
