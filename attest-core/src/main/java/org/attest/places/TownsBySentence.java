package org.attest.places;

import java.util.List;
import org.attest.gazetteer.NameKeys;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.attest.model.Span;
import org.attest.model.Unresolved;

/**
 * Towns the gazetteer lacks that the sentence itself says are places, reported as unresolved:
 * a name after "in", "near", "from" or "at" set off by an apposition naming a kind of town
 * ("in Dornbach, the country's largest port town", "in Ostend, Quillan's old quarter"); a name
 * before a comma and a town that closes the phrase ("in Dornbach, Quillan last night": a part of
 * that town); the second of two names after a plural cue ("the towns of Dornbach and Ostend"); a
 * name after "in" and before a date or "on the outskirts" ("clashes in Dornbach on Monday"); a
 * name after a plural cue and "including" ("towns including Dornbach and Ostend").
 * Run after {@link GapPass}'s own readings, over words no pass resolved.
 */
final class TownsBySentence {
    /** Most words of an apposition searched for its kind of town: "the country's largest industrial city". */
    private static final int APPOSITION_WORDS = 7;

    private static final String DATED = "not in gazetteer (after 'in', before a date or the outskirts it lies on)";

    private final Geoparser parser;
    private final Tokens t;
    private final boolean[] covered;
    /** Characters inside a date the dates stage found. */
    private final java.util.BitSet dated;
    /** Stretches ({@code first << 32 | last}) of the candidates the context rejected. */
    private final RejectedStretches answered;
    /** The surfaces of the mentions {@link #run} is given: a name resolved elsewhere is no unknown town. */
    private final ResolvedSurfaces resolved;

    TownsBySentence(Geoparser parser, Tokens t, boolean[] covered, java.util.BitSet dated, RejectedStretches answered,
            ResolvedSurfaces resolved) {
        this.resolved = resolved;
        this.parser = parser;
        this.t = t;
        this.covered = covered;
        this.dated = dated;
        this.answered = answered;
    }

    void run(List<PlaceMention> out, List<Unresolved> unresolved) {
        for (int i = 1; i < t.size; i++) {
            if (covered[i] || !t.capitalized(i) || t.allCaps(i)) {
                continue; // what unknownPair and unknownName ask first: most words are none, and need no more
            }
            boolean afterPreposition = t.joined(i - 1) && !t.capitalized(i - 1)
                    && LocalHints.PLACE_PREPOSITIONS.has(t, i - 1);
            boolean inOrAt = afterPreposition && (t.is(i - 1, "in") || t.is(i - 1, "at"));
            if (unknownPair(i, unresolved) && (partBeforeItsPlace(i, i + 1, out) || inOrAt && closesPlace(i + 1)
                    && !NamedParts.PARTS.has(t, i + 1) && !parser.cuesAfter.has(t, i + 1))) {
                Span span = new Span(t.start[i], t.end[i + 1]); // "including Velmar Hulu in the capital", "at Velmar Hulu."
                unresolved.add(new Unresolved(span.of(t.text), span, partBeforeItsPlace(i, i + 1, out)
                        ? "not in gazetteer (a part of the place after 'in', in a list)" : IN_CLAUSE));
                continue;
            }
            if (!unknownName(i, out, unresolved, false)) {
                // a name some town abroad bears, which no pass read as a place and the context did not
                // reject, is the place of what the sentence dates: "in Tarvel on Monday"
                if (afterPreposition && t.is(i - 1, "in") && (beforeDate(i) || beforeOutskirts(i))
                        && !answered.contains(i, i) && unknownName(i, out, unresolved, true)) {
                    unresolved.add(new Unresolved(t.surface(i), new Span(t.start[i], t.end[i]),
                            "no town of the text's (a name towns elsewhere bear, after 'in', before a date or the outskirts)"));
                }
                continue;
            }
            String why = null;
            if (afterPreposition && i + 1 < t.size && t.gapIs(i, ", ") && appositionOfTown(i + 1)) {
                why = "not in gazetteer (an apposition names it a town)";
            } else if (afterPreposition && i + 1 < t.size && t.gapIs(i, ", ") && closingTown(i + 1, out)) {
                why = "not in gazetteer (a part of the town after it)";
            } else if (partBeforeItsPlace(i, out)) {
                why = "not in gazetteer (a part of the place after 'in', in a list)";
            } else if (i >= 4 && t.joined(i - 1) && t.is(i - 1, "and") && afterPluralCue(i - 2, unresolved)) {
                why = "not in gazetteer (after a plural cue, with another name)";
            } else if (afterIncluding(i) || i >= 2 && t.joined(i - 1) && t.is(i - 1, "and") && afterIncluding(i - 2)) {
                why = "not in gazetteer (after a plural cue and 'including' or 'such as')";
            } else if (pairedAfterIn(i, out, unresolved) && t.end[i] - t.start[i] >= IN_CLAUSE_LETTERS && closesPlace(i)) {
                why = "not in gazetteer (after 'in', a place and 'and')";
            } else if (afterPreposition && t.is(i - 1, "in") && (beforeDate(i) || beforeOutskirts(i))) {
                why = DATED;
            } else if (inOrAt && t.end[i] - t.start[i] >= IN_CLAUSE_LETTERS && closesPlace(i)) {
                why = IN_CLAUSE;
            } else if (dwellerFrom(i) && t.end[i] - t.start[i] >= IN_CLAUSE_LETTERS && closesPlace(i)) {
                why = "not in gazetteer (where a resident or a farmer comes from)";
            }
            if (why != null) {
                unresolved.add(new Unresolved(t.surface(i), new Span(t.start[i], t.end[i]), why));
            }
        }
    }

    /** Nouns for people by where they live: "a farmer from Tarvel", "residents from Tarvel". */
    static final WordSet DWELLERS = WordSet.of(PlaceLexicon.lines("dweller-nouns.txt"));

    /** True when "from" and a noun for people by where they live stand before word {@code i}: "a farmer from Tarvel". */
    private boolean dwellerFrom(int i) {
        return i >= 2 && t.joined(i - 1) && t.joined(i - 2) && t.is(i - 1, "from") && DWELLERS.has(t, i - 2);
    }

    private static final String IN_CLAUSE = "not in gazetteer (after 'in' or 'at', where the clause goes on)";
    /** Fewest letters of a lone name read as a place after "in" or "at" alone ("in Tarvel"; "at Ohm" is too short to trust). */
    private static final int IN_CLAUSE_LETTERS = 4;

    /**
     * True when word {@code w} closes the name after "in" or "at" and the clause goes on in lower
     * case or stops at punctuation: "a judge in Tarvel ordered", "held at Dornbach, the", "at
     * Velmar Hulu." Not before "of" ("in Defence of"), a digit or a quotation.
     */
    private boolean closesPlace(int w) {
        String gap = t.gapAfter(w);
        if (w + 1 >= t.size) {
            return gap.isBlank() || gap.startsWith(".");
        }
        if (gap.equals(" ")) {
            return !t.capitalized(w + 1) && !t.digits(w + 1) && !t.is(w + 1, "of");
        }
        return gap.startsWith(", ") || gap.startsWith(". ") || gap.startsWith(".\n") || gap.startsWith("; ");
    }

    /** Words between a place and the date of what happened there: "in Tarvel on Monday", "in Tarvel last week". */
    private static final WordSet DATE_OPENERS = WordSet.of("on", "in", "last", "this", "early", "late");

    /**
     * True when a date the dates stage found follows word {@code i}, right after it or after one
     * opening word ("in Tarvel on Monday", "in Tarvel in April"): the sentence says where and when
     * it happened, so the name is a place's.
     */
    private boolean beforeDate(int i) {
        int w = i + 1;
        if (w < t.size && t.joined(i) && DATE_OPENERS.has(t, w) && !t.capitalized(w)) {
            w++;
        }
        return w < t.size && t.joined(w - 1) && dated.get(t.start[w]);
    }

    /** True when "on the outskirts" follows word {@code i}: "in Tarvel on the outskirts of the capital". */
    private boolean beforeOutskirts(int i) {
        return i + 3 < t.size && t.joined(i) && t.is(i + 1, "on") && t.joined(i + 1) && t.is(i + 2, "the")
                && t.joined(i + 2) && t.is(i + 3, "outskirts");
    }

    /**
     * True when words {@code i} and {@code i + 1} are a two-word name no pass resolved ("Velmar
     * Hulu"): capitalised, one space apart, no capitalised word joined on either side, and
     * neither a common, organisation, title or given-name word.
     */
    private boolean unknownPair(int i, List<Unresolved> unresolved) {
        int j = i + 1;
        if (j >= t.size || covered[i] || covered[j] || !t.gapIs(i, " ") || !t.capitalized(i) || !t.capitalized(j)
                || t.allCaps(i) || t.allCaps(j) || t.sentenceInitial(i) || t.joined(i - 1) && t.capitalized(i - 1)
                || j + 1 < t.size && t.joined(j) && t.capitalized(j + 1)) {
            return false;
        }
        PlaceLexicon lexicon = parser.lexicon;
        for (int w = i; w <= j; w++) {
            if (lexicon.commonWords().has(t, w) || lexicon.notPlaces().has(t, w) || lexicon.orgWords().has(t, w)
                    || lexicon.titles().has(t, w) || lexicon.givenNames().has(t, w) || parser.regions.isDemonym(t, w)) {
                return false;
            }
        }
        Span span = new Span(t.start[i], t.end[j]);
        return !Spans.anyOverlaps(unresolved, span);
    }

    /**
     * True when the member of a list of places from {@code first} to {@code last}, which no index
     * holds, may be a place's name: not a calendar or organisation word, not a common word unless
     * a compass word opens a name ("North Point"), not a given name and a surname ("Anna Velmar"
     * lists a person among the places).
     */
    static boolean listMemberName(Tokens t, PlaceLexicon lexicon, int first, int last) {
        String f = t.folded(first);
        if (lexicon.notPlaces().contains(f) || lexicon.commonWords().contains(f) && !qualifiedName(t, lexicon, first, last)
                || last > first && lexicon.givenNames().contains(f) && !CandidateFinder.NAME_OPENERS.contains(f)
                && !lexicon.nameQualifiers().contains(f)) {
            return false;
        }
        for (int w = first; w <= last; w++) {
            if (lexicon.orgWords().has(t, w)) {
                return false; // "Velmar Police Divisions", "Velmar Services Unit"
            }
        }
        return true;
    }

    /** Most capitalised words before a candidate that {@link #insideCuedName} walks back over. */
    private static final int CUED_RUN = 2;

    /**
     * True when the candidate closes a run of capitalised words that a town cue opens: in "the
     * village of Thit Pin Kone" the village is the whole run, not a town abroad called Kone.
     */
    static boolean insideCuedName(Tokens t, Candidate c, PlaceLexicon lexicon) {
        int k = c.first;
        for (int step = 0; step < CUED_RUN && k > 0 && t.joined(k - 1) && t.capitalized(k - 1); step++) {
            k--;
        }
        return k < c.first && k >= 2 && t.joined(k - 1) && t.is(k - 1, "of") && t.joined(k - 2)
                && "city".equals(lexicon.cueKind(t.folded(k - 2), true));
    }

    /** True when word {@code w} is followed by the possessive "'s": an owner, named before what it owns. */
    static boolean possessive(Tokens t, int w) {
        return w + 1 < t.size && t.is(w + 1, "s") && t.end[w] + 2 == t.end[w + 1]
                && "'\u2019\u00b4".indexOf(t.text.charAt(t.end[w])) >= 0;
    }

    /**
     * True when the words from {@code first} to {@code last} are a compass or size word and names
     * that are no organisation's or calendar's ("North Point", "East Village"): a name of a place
     * though its words are common ones, as a member of a list of places.
     */
    static boolean qualifiedName(Tokens t, PlaceLexicon lexicon, int first, int last) {
        if (last == first || !lexicon.nameQualifiers().has(t, first)) {
            return false;
        }
        for (int w = first + 1; w <= last; w++) {
            String f = t.folded(w);
            if (!t.capitalized(w) || lexicon.orgWords().contains(f) || lexicon.notPlaces().contains(f)
                    || lexicon.streetWords().contains(f) || lexicon.facilityWords().contains(f)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when word {@code i} is a capitalised word alone that no pass, word list or gazetteer row
     * knows ({@code heldAbroad}: that no pass or word list knows, whatever rows bear its name).
     */
    private boolean unknownName(int i, List<PlaceMention> out, List<Unresolved> unresolved, boolean heldAbroad) {
        if (covered[i] || !t.capitalized(i) || t.allCaps(i) || t.sentenceInitial(i) || i + 1 < t.size && t.joined(i) && t.capitalized(i + 1)
                || t.joined(i - 1) && t.capitalized(i - 1)) {
            return false;
        }
        PlaceLexicon lexicon = parser.lexicon;
        if (lexicon.commonWords().has(t, i) || lexicon.notPlaces().has(t, i) || lexicon.orgWords().has(t, i)
                || lexicon.titles().has(t, i) || lexicon.givenNames().has(t, i) || parser.regions.isDemonym(t, i)
                || lexicon.nameQualifiers().has(t, i)
                || !heldAbroad && parser.gazetteer.exact(NameKeys.hash(NameKeys.exactKey(t.surface(i)))).length > 0) {
            return false;
        }
        Span span = new Span(t.start[i], t.end[i]);
        String surface = t.surface(i); // once, not once per mention
        return !resolved.contains(surface) && !Spans.anyOverlaps(unresolved, span);
    }

    /**
     * True when the words from {@code w} open an apposition ("the ...", "a ...", "Quillan's ...")
     * whose words before the next punctuation include a kind of town ("city", "district").
     */
    private boolean appositionOfTown(int w) {
        if (w >= t.size) {
            return false;
        }
        String f = t.folded(w);
        boolean opens = f.equals("the") || f.equals("a") || f.equals("an") || f.equals("its")
                || t.capitalized(w) && possessive(t, w);
        for (int k = w; opens && k < t.size && k < w + APPOSITION_WORDS; k++) {
            String word = t.folded(k);
            if ("city".equals(parser.lexicon.cueKind(word, true)) || "city".equals(parser.lexicon.cueKind(word, false))) {
                return true;
            }
            if (!t.joined(k) && !t.gapAfter(k).matches("[\u00b4'\u2019]")) {
                return false; // the apposition ends at its punctuation
            }
        }
        return false;
    }

    /** Words opening a list of the places of an event: "clashes in several towns, including ...". */
    private static final WordSet LIST_OPENERS = WordSet.of("including", "as");

    /**
     * True when word {@code i} is followed by "in" and a town or province, and opens a list or
     * follows a place and a comma: "including Velmarsk in Lima, Ostrelle in Cusco" lists parts of
     * those places.
     */
    private boolean partBeforeItsPlace(int i, List<PlaceMention> out) {
        return partBeforeItsPlace(i, i, out);
    }

    /** {@link #partBeforeItsPlace(int, List)} for a name of words {@code i} to {@code last}. */
    private boolean partBeforeItsPlace(int i, int last, List<PlaceMention> out) {
        if (last + 2 >= t.size || !t.joined(last) || !t.is(last + 1, "in") || !t.joined(last + 1)) {
            return false;
        }
        boolean listed = t.joined(i - 1) && LIST_OPENERS.has(t, i - 1)
                || t.gapIs(i - 1, ", ") && covered[i - 1];
        return listed && out.stream().anyMatch(m -> m.kind() != PlaceKind.COUNTRY && m.span().start() == t.start[last + 2]);
    }

    /** True when a town mention starts at word {@code w} and closes the phrase: no list goes on after it. */
    private boolean closingTown(int w, List<PlaceMention> out) {
        for (PlaceMention m : out) {
            if (m.kind() == PlaceKind.CITY && m.span().start() == t.start[w]) {
                int last = w;
                while (last + 1 < t.size && t.end[last] < m.span().end()) {
                    last++;
                }
                boolean listGoesOn = last + 1 < t.size && (t.gapIs(last, ", ") && t.capitalized(last + 1)
                        || t.joined(last) && t.is(last + 1, "and"));
                return !listGoesOn;
            }
        }
        return false;
    }

    /**
     * True when word {@code w} follows a plural town cue and "including", "such as" or "like",
     * with a comma between or not: "in smaller towns including Tarvel and Dornbach", "cities, such
     * as Tarvel". A list of three or more is read by {@link Lists}; this reads the first of two
     * (and, by its caller, the name after "and").
     */
    private boolean afterIncluding(int w) {
        int k = w - 1;
        if (k < 1 || !t.joined(k) || t.capitalized(k)) {
            return false;
        }
        if (t.is(k, "as") && t.is(k - 1, "such") && t.gapIs(k - 1, " ")) {
            k--;
        } else if (!t.is(k, "including") && !t.is(k, "like")) {
            return false;
        }
        int cue = k - 1;
        if (!(t.gapIs(cue, " ") || t.gapIs(cue, ", "))) {
            return false;
        }
        String word = t.folded(cue);
        return word.endsWith("s") && "city".equals(parser.lexicon.cueKind(word, true));
    }

    /** True when word {@code w} is the first of two names after a plural cue, reported unresolved: "the towns of Dornbach". */
    /**
     * True when "in", a one-word town and "and" stand before word {@code i}: "rallied in Tarvel
     * and Dornbach", the town resolved or already reported, names a second town. Not after a
     * country ("in Iran and ..." may go on to anything the country is paired with).
     */
    private boolean pairedAfterIn(int i, List<PlaceMention> out, List<Unresolved> unresolved) {
        int w = i - 2;
        if (w < 1 || !t.joined(i - 1) || !t.is(i - 1, "and") || !t.joined(w) || !t.joined(w - 1) || !t.is(w - 1, "in")
                || t.capitalized(w - 1)) {
            return false;
        }
        return covered[w] && out.stream().anyMatch(m -> m.span().start() == t.start[w] && m.kind() == PlaceKind.CITY)
                || unresolved.stream().anyMatch(u -> u.span().start() == t.start[w] && u.span().end() == t.end[w]);
    }

    private boolean afterPluralCue(int w, List<Unresolved> unresolved) {
        if (w < 2 || !t.joined(w - 1) || !t.is(w - 1, "of") || !t.joined(w - 2)) {
            return false;
        }
        String cue = t.folded(w - 2);
        boolean plural = cue.endsWith("s") && "city".equals(parser.lexicon.cueKind(cue, true));
        return plural && unresolved.stream().anyMatch(u -> u.span().start() == t.start[w] && u.span().end() == t.end[w]);
    }
}
