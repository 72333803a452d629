package org.attest.places;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attest.gazetteer.Gazetteer;
import org.attest.gazetteer.NameKeys;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.attest.model.Span;
import org.attest.model.Unresolved;

/**
 * Names the indexes missed where the context says a place stands: members of a list of places,
 * and a capitalised word right after "in", "near", "at" or next to a place. Tried for a one-letter
 * slip among the focus countries' places; a list member still unknown is reported unresolved.
 */
final class GapPass {
    private final Geoparser parser;
    private final Tokens t;
    private final Lists lists;
    private final boolean[] covered;
    /** Characters inside a date the dates stage found: "Aug." in a dateline is no town. */
    private final BitSet dated;
    private final Resolver.Focus focus;
    private final SettledTowns settled;
    private final Map<String, int[]> tried = new HashMap<>();
    private final GapWords nameWords;
    /** The stretches of the candidates the context rejected (persons, organisations): no slips of other names. */
    private final RejectedStretches answered;

    GapPass(Geoparser parser, Tokens t, Lists lists, boolean[] covered, BitSet dated, Resolver.Focus focus,
            SettledTowns settled, List<Candidate> cands) {
        this.parser = parser;
        this.answered = new RejectedStretches(cands, t.size);
        this.t = t;
        this.nameWords = new GapWords(parser, t);
        this.dated = dated;
        this.lists = lists;
        this.covered = covered;
        this.focus = focus;
        this.settled = settled;
    }

    /** The surfaces of {@code out} in {@link #run}: another mention of a name resolved, so it is no unknown town. */
    private ResolvedSurfaces resolved;

    void run(List<PlaceMention> out, List<Unresolved> unresolved) {
        resolved = new ResolvedSurfaces(out);
        // slips are searched only in countries the text names places of, by their own names
        List<String> countries = HeaviestCountries.of(focus.weight, SLIP_COUNTRIES);
        for (Lists.Item item : lists.items()) {
            // a member the context rejected ("..., Oslo and Toronto, Shiraz said") is no slip of
            // another name
            if (anyCovered(item.first(), item.last()) || dated.get(t.start[item.first()])
                    || answered.contains(item.first(), item.last())) {
                continue;
            }
            // two known members make a list of places; one does when "from" or "in" opens the list
            // ("farmers from Velmar, Tarvel and Isfahan"), but then a lone given name may be a
            // person's ("in Tehran, Reza and ...")
            int known = lists.coveredMembers(item.group(), covered);
            boolean cuedOnly = known == 1 && lists.placedByCue(t, item.group());
            if (known < 2 && !cuedOnly
                    || cuedOnly && item.first() == item.last() && parser.lexicon.givenNames().has(t, item.first())) {
                continue;
            }
            if (!tryFuzzy(item.first(), item.last(), countries, out, "fuzzy+list")
                    && item.last() - item.first() < 3 && !t.arabic(item.first()) && !t.allCaps(item.first())
                    && TownsBySentence.listMemberName(t, parser.lexicon, item.first(), item.last())) {
                String surface = t.text.substring(t.start[item.first()], t.end[item.last()]);
                unresolved.add(new Unresolved(surface, new Span(t.start[item.first()], t.end[item.last()]),
                        "not in gazetteer (member of a list of places)"));
            }
        }
        for (int i = 1; i < t.size; i++) {
            if (covered[i] || !t.capitalized(i) || t.allCaps(i) || t.end[i] - t.start[i] < 7) {
                continue;
            }
            // the cue before the word next: the word lists are consulted only after "in" or "near"
            boolean cue = t.joined(i - 1) && (t.is(i - 1, "in") || t.is(i - 1, "near"));
            if (!cue || dated.get(t.start[i]) || t.sentenceInitial(i) || parser.lexicon.commonWords().has(t, i)
                    || parser.lexicon.notPlaces().has(t, i)) {
                continue;
            }
            if (!(i + 1 < t.size && t.joined(i) && t.capitalized(i + 1) && !covered[i + 1])
                    && !OrganisationNames.pluralPossessiveOfName(t, i)
                    && !answered.contains(i, i)) { // a name the context settled is no slip either
                tryFuzzy(i, i, countries, out, "fuzzy+cue");
            }
        }
        namedByCue(countries, out, unresolved);
        beforeDivisionWord(out, unresolved);
        pairedWithTown(countries, out, unresolved);
        openingIn(out, unresolved);
        beforeItsProvince(out, unresolved);
        new TownsBySentence(parser, t, covered, dated, answered, resolved).run(out, unresolved);
    }

    /** How many of the document's countries, the heaviest first, are searched for slips. */
    private static final int SLIP_COUNTRIES = 3;

    /**
     * A name the gazetteer lacks after "in", "near" or "from" and before a comma and a province
     * ("arrested in Baharestan, Isfahan."): a town of that province, reported as unresolved.
     */
    private void beforeItsProvince(List<PlaceMention> out, List<Unresolved> unresolved) {
        Map<Integer, PlaceMention> provinceAt = new HashMap<>();
        for (PlaceMention m : out) {
            if (m.kind() == PlaceKind.PROVINCE) {
                provinceAt.put(m.span().start(), m);
            }
        }
        for (int i = 1; i + 1 < t.size; i++) {
            if (covered[i] || !t.capitalized(i) || t.allCaps(i) || dated.get(t.start[i]) || !t.joined(i - 1)
                    || !LocalHints.PLACE_PREPOSITIONS.has(t, i - 1) || !t.gapIs(i, ", ")
                    || !provinceAt.containsKey(t.start[i + 1]) || nameWords.anyListed(i, i)) {
                continue;
            }
            String surface = t.text.substring(t.start[i], t.end[i]);
            if (!resolved.contains(surface) && !townIn(surface, provinceAt.get(t.start[i + 1]).country())) {
                unresolved.add(new Unresolved(surface, new Span(t.start[i], t.end[i]), "not in gazetteer (a town of the province after it)"));
            }
        }
    }

    /** True when the gazetteer holds a town of this name in the country ("Baharestan" is only an old name of a town of Afghanistan). */
    private boolean townIn(String name, String country) {
        for (int e : parser.gazetteer.exact(NameKeys.hash(NameKeys.exactKey(name)))) {
            if (country.equals(parser.gazetteer.country(Gazetteer.placeOf(e)))) {
                return true;
            }
        }
        return false;
    }

    /** Fewest letters of a name reported after a sentence-opening "In" (shorter words are too often something else). */
    private static final int OPENING_NAME_LETTERS = 4;

    /**
     * A name no pass resolved between a sentence-opening "In" and a comma ("In Hpakant, a civilian
     * was shot dead"): the place the sentence happens in, reported as unresolved when the gazetteer
     * lacks it. Months, weekdays, common and non-place words ("In March,", "In Parliament,") are no
     * names.
     */
    private void openingIn(List<PlaceMention> out, List<Unresolved> unresolved) {
        for (int i = 1; i < t.size; i++) {
            if (covered[i] || !t.capitalized(i) || t.allCaps(i) || dated.get(t.start[i]) || !t.joined(i - 1)
                    || !t.is(i - 1, "in") || !t.sentenceInitial(i - 1)
                    || t.end[i] - t.start[i] < OPENING_NAME_LETTERS) {
                continue;
            }
            int last = i;
            while (last + 1 < t.size && last - i + 1 < CUED_NAME_WORDS && t.joined(last) && t.capitalized(last + 1)) {
                last++;
            }
            String surface = t.text.substring(t.start[i], t.end[last]);
            Span span = new Span(t.start[i], t.end[last]);
            if (!t.gapIs(last, ", ") || anyCovered(i, last) || nameWords.anyListed(i, last) || resolved.contains(surface)
                    || parser.gazetteer.exact(NameKeys.hash(NameKeys.exactKey(surface))).length > 0
                    || Spans.anyOverlaps(unresolved, span)) {
                // a name the gazetteer holds was rejected by the context: no unknown town; a region
                // already reported ("In Iraqi Kurdistan, ...") is reported once
                continue;
            }
            unresolved.add(new Unresolved(surface, span, "not in gazetteer (after a sentence-opening 'In')"));
            i = last;
        }
    }

    /**
     * A name the indexes lack right before a lower-case division word ("the southern Casamance
     * region", "in Munshiganj district", "the Donbas region"): the text says it is a place, so it
     * is reported as unresolved. A name inside a longer run of capitalised words, a common,
     * non-place, organisation or compass word ("the Northern region"), a demonym ("the Kurdish
     * region") or a name the context rejected is none.
     */
    /** Division words that still cue the name before them when written capitalised ("Saravan County"). */
    private static final WordSet TITLED_DIVISIONS = WordSet.of(PlaceLexicon.lines("titled-division-words.txt"));

    private void beforeDivisionWord(List<PlaceMention> out, List<Unresolved> unresolved) {
        for (int i = 1; i < t.size; i++) {
            if (covered[i] || !t.capitalized(i) || t.allCaps(i) || dated.get(t.start[i]) || t.sentenceInitial(i)
                    || t.joined(i - 1) && t.capitalized(i - 1)) {
                continue;
            }
            int last = i;
            while (last + 1 < t.size && last - i + 1 < CUED_NAME_WORDS && t.joined(last) && t.capitalized(last + 1)) {
                last++;
            }
            int next = last + 1;
            // "Saravan County", "Izeh Province": a division word written capitalised closes the
            // run; the words before it name the place (only the words of TITLED_DIVISIONS, since
            // "Islamic State" or "Central Region" are names of their own)
            boolean titled = last > i && TITLED_DIVISIONS.has(t, last);
            if (titled) {
                next = last--;
            }
            if (next >= t.size || !t.joined(last) || t.capitalized(next) && !titled || !parser.cuesAfter.has(t, next)
                    || anyCovered(i, last) || UnknownNameWords.known(t, parser.lexicon, i, last) || answered.contains(i, last) || nameWords.notName(i, last)) {
                i = last;
                continue;
            }
            Span span = new Span(t.start[i], t.end[last]);
            String surface = span.of(t.text);
            if (!resolved.contains(surface) && !Spans.anyOverlaps(unresolved, span)) {
                unresolved.add(new Unresolved(surface, span, "not in gazetteer (before '" + t.folded(next) + "')"));
            }
            i = last;
        }
        for (int i = 1; i < t.size; i++) {
            if (t.capitalized(i) && !t.allCaps(i) && nameWords.placePreposition(i - 1) && townOfDivision(i)) {
                Span span = new Span(t.start[i], t.end[i]);
                String surface = span.of(t.text);
                if (!resolved.contains(surface) && !Spans.anyOverlaps(unresolved, span)) {
                    unresolved.add(new Unresolved(surface, span, "not in gazetteer (a town of the division after it)"));
                }
            }
        }
    }

    /**
     * True when word {@code i}, which no pass resolved, is followed by a comma and a name with a
     * lower-case division word: "in Kaloli, Mbale district" places the town Kaloli in that
     * district (the division's own name is read by the passes above).
     */
    private boolean townOfDivision(int i) {
        int name = i + 1;
        int word = i + 2;
        String folded = t.folded(i);
        return word < t.size && !covered[i] && !dated.get(t.start[i]) && !nameWords.anyListed(i, i) && !nameWords.notName(i, i)
                && !parser.lexicon.commonWords().contains(folded) && !parser.lexicon.notPlaces().contains(folded)
                && !answered.contains(i, i) && t.gapIs(i, ", ") && t.capitalized(name) && !t.allCaps(name)
                && t.joined(name) && !t.capitalized(word) && parser.cuesAfter.has(t, word);
    }

    /**
     * A name the gazetteer lacks paired by "and" with a town after "in", "near", "from" or "at"
     * ("killed in Zwelthabad and Mandalay", "in Mandalay and Zwelthabad", also after a sentence's
     * opening "In"): a town too, reported as
     * unresolved, unless GeoNames has it with "City" ("Laoag and Batac": Batac City). Lists of
     * three or more are {@link Lists}'.
     */
    private void pairedWithTown(List<String> countries, List<PlaceMention> out, List<Unresolved> unresolved) {
        Map<Integer, PlaceMention> townAt = new HashMap<>();
        for (PlaceMention m : out) {
            if (m.kind() == PlaceKind.CITY) {
                townAt.put(m.span().start(), m);
            }
        }
        for (int i = 2; i < t.size; i++) {
            if (covered[i] || !t.capitalized(i) || t.allCaps(i) || t.end[i] - t.start[i] < OPENING_NAME_LETTERS) {
                continue;
            }
            boolean first = (nameWords.placePreposition(i - 1) || nameWords.sentenceOpeningIn(i - 1)) && i + 2 < t.size && t.joined(i) && t.is(i + 1, "and")
                    && t.joined(i + 1) && townAt.containsKey(t.start[i + 2]) && !(i + 3 < t.size && t.joined(i + 2) && t.capitalized(i + 3));
            boolean second = i >= 3 && t.joined(i - 1) && t.is(i - 1, "and") && t.joined(i - 2)
                    && townAt.containsKey(t.start[i - 2]) && townAt.get(t.start[i - 2]).span().end() == t.end[i - 2]
                    && (nameWords.placePreposition(i - 3) || nameWords.sentenceOpeningIn(i - 3)) && !(i + 1 < t.size && t.joined(i) && t.capitalized(i + 1));
            // the word lists and the name are consulted only for a word paired with a town: few are
            if (!(first || second) || dated.get(t.start[i]) || nameWords.anyListed(i, i) || nameWords.notName(i, i)
                    || answered.contains(i, i)) {
                continue;
            }
            String surface = t.text.substring(t.start[i], t.end[i]);
            int[] city = parser.fuzzy.withCity(List.of(t.folded(i)), countries); // "Laoag and Batac"
            if (city.length > 0) {
                Span span = new Span(t.start[i], t.end[i]);
                out.add(parser.cityMention(parser.resolver.choose(city, false, focus, Set.of(), settled).place(),
                        surface, span, 0.8, "city-name+paired"));
            } else if (!resolved.contains(surface)
                    && !townIn(surface, townAt.get(t.start[first ? i + 2 : i - 2]).country())) { // a name only Laos has is unknown beside a town of Iran
                unresolved.add(new Unresolved(surface, new Span(t.start[i], t.end[i]), "not in gazetteer (paired with a town)"));
            }
        }
    }

    /** Most words of a name the gazetteer lacks after "the village of". */
    private static final int CUED_NAME_WORDS = 3;

    /**
     * A name right after "the village of", "the town of", "the region of" that no pass resolved:
     * searched by spelling (a town's, or after a province cue a province's of the countries the
     * text is about), else reported as unresolved, since the text says it is a place.
     */
    private void namedByCue(List<String> countries, List<PlaceMention> out, List<Unresolved> unresolved) {
        for (int i = 2; i < t.size; i++) {
            // the cue word is looked up only after the cheap tests ("of" before a capital): the
            // lookup for every word of the text cost more than the rest of the pass
            if (covered[i] || !(t.capitalized(i) || ArabicArticles.opensName(t, i)) || t.allCaps(i) || !t.joined(i - 1)
                    || !t.is(i - 1, "of") || dated.get(t.start[i])) {
                continue;
            }
            String kind = t.joined(i - 2) ? parser.lexicon.cueKind(t.folded(i - 2), true) : null;
            if (!("city".equals(kind) || "province".equals(kind)) || parser.lexicon.notPlaces().has(t, i)
                    || TownsBySentence.possessive(t, i)) {
                continue; // "the cities of Velmar's home region" name an owner, no town
            }
            int last = i;
            // an article joined to the next word is not counted: "al-Daih" is one word of the name
            int articles = ArabicArticles.opensName(t, i) ? 1 : 0;
            while (last + 1 < t.size && last - i + 1 - articles < CUED_NAME_WORDS && t.joined(last)
                    && (t.capitalized(last + 1) || ArabicArticles.opensName(t, last + 1)) && !covered[last + 1]) {
                last++;
                if (ArabicArticles.opensName(t, last)) {
                    articles++;
                }
            }
            String surface = t.text.substring(t.start[i], t.end[last]);
            boolean province = "province".equals(kind);
            if (province && (nameWords.anyListed(i, last) || t.capitalized(i - 2) || slipOfProvince(i, last, countries, out))) {
                i = last; // "the Department of Justice" names no place
                continue;
            }
            Span span = new Span(t.start[i], t.end[last]);
            boolean reported = unresolved.stream().anyMatch(u -> u.span().equals(span)); // as a list's member
            // a name opened by a lower-case article is not searched by spelling: "al-Daih" is as near
            // to a town abroad as to its own spelling, and the text has already said it is a place
            boolean notFound = province || ArabicArticles.opensName(t, i)
                    || !tryFuzzy(i, last, countries, out, "fuzzy+cue");
            if (notFound && !resolved.contains(surface) && !reported) {
                unresolved.add(new Unresolved(surface, span,
                        "not in gazetteer (after '" + t.folded(i - 2) + " of')"));
                for (int w = i; w <= last; w++) {
                    covered[w] = true;
                }
            }
            i = last;
        }
    }

    /**
     * "the department of Aprimac": a name one letter from the name of exactly one province of the
     * countries the text is about, after a province cue, is that province. Adds it to {@code out}.
     */
    private boolean slipOfProvince(int first, int last, List<String> countries, List<PlaceMention> out) {
        ProvinceSlips.Slip slip = ProvinceSlips.of(t.text.substring(t.start[first], t.end[last]), countries, parser.regions);
        if (slip == null) {
            return false;
        }
        Span span = new Span(t.start[first], t.end[last]);
        out.add(new PlaceMention(span.of(t.text), span, null, slip.name(), PlaceKind.PROVINCE, slip.country(), slip.name(),
                null, null, 0.7, "fuzzy+province-cue"));
        for (int w = first; w <= last; w++) {
            covered[w] = true;
        }
        return true;
    }

    private boolean anyCovered(int from, int to) {
        for (int w = from; w <= to; w++) {
            if (covered[w]) {
                return true;
            }
        }
        return false;
    }

    private boolean tryFuzzy(int first, int last, List<String> countries, List<PlaceMention> out, String pass) {
        List<String> words = new ArrayList<>();
        for (int w = first; w <= last; w++) {
            words.add(t.folded(w));
        }
        // a long report names the same unknown town again and again: search its spelling once
        int[] entries = tried.computeIfAbsent(String.join(" ", words), k -> parser.fuzzy.closest(words, countries));
        if (entries.length == 0) {
            return false;
        }
        Resolver.Choice ch = parser.resolver.choose(entries, true, focus, Set.of(), settled);
        Span span = new Span(t.start[first], t.end[last]);
        out.add(parser.cityMention(ch.place(), span.of(t.text), span, 0.7, pass + "+" + ch.pass()));
        for (int w = first; w <= last; w++) {
            covered[w] = true;
        }
        return true;
    }
}
