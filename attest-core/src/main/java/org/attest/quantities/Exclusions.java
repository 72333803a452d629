package org.attest.quantities;

import java.util.List;
import java.util.Set;
import org.attest.quantities.NumberMatch.Form;

/**
 * Named checks that tell a number which is not a count: a date ({@link MonthDates}; also every day of a list around
 * a month: "on 4, 5 and 6 June"), a year or a range of years, an age ({@link Ages}), an
 * identifier ({@link Labels}: "Article 5", "Branch 26", "COVID-19", "Image 2 of 5"), a street address ("the 3000
 * block of"), an ordinal or measure
 * written onto the digits ("3rd", "5km"), a compound adjective ("40-year", "eight-year"; not
 * "5,000-strong", "1,300-plus", "2,000-odd", "a 500-euro fine"), a footnote mark ("said.12"), a
 * bare number in parentheses (ages and footnotes), the shape of a phone number, code, score,
 * gallery index or dimension ({@link DigitShapes}), the number of a day ("day 12 of"), a part of a
 * period ("the first half of 2024"), a section number ("401(1) of the Code"), "scores" as a verb
 * ("president scores landslide win"), "by the dozen", the whole
 * of a rank ("177th out of 180"), digits of a name ({@link NumberedNames}: "Ward 30 of", "the
 * Harbour 12 bridge"), and a lone "one" (unless a casualty: "one protester was
 * killed", "killing one man"). Durations and measures are found by {@link NounPhraseReader}, which sees the noun
 * after the number.
 *
 * <p>Each check returns the name of the reason, so a rejection can be explained.
 */
final class Exclusions {
    /** Words before a fraction that make it a part of a period of time, not a share of a count. */
    private static final Set<String> PERIOD_ORDINALS = Set.of("first", "second", "third", "fourth", "last",
            "latter", "final");

    /** Words after "top" and a number that show the number ranks rather than counts: "top two on Twitter". */
    private static final Set<String> RANK_FOLLOWERS = Set.of("on", "in", "of", "at", "for", "among", "with");

    /** Nouns whose "of N" gives a size ({@code size-of-nouns.txt}): "a family of four". */
    private static final Set<String> SIZE_OF_NOUNS = Set.copyOf(LexiconReader.words("size-of-nouns.txt"));

    /** Words whose "to" tells nearness ({@code nearness-words.txt}): "close to one of the families". */
    private static final Set<String> NEARNESS = Set.copyOf(LexiconReader.words("nearness-words.txt"));

    private final QuantityLexicon lex;
    private final LoneOnes lone;
    private final Ages ages;
    private final Labels labels;
    private final NumberedNames names;

    Exclusions(QuantityLexicon lex) {
        this.lex = lex;
        this.lone = new LoneOnes(lex);
        this.ages = new Ages(lex);
        this.labels = new Labels(lex);
        this.names = new NumberedNames(lex);
    }

    /**
     * Why the number {@code m} is not a count, or {@code null} when it may be one.
     *
     * @param qualified true when a qualifier phrase ("over", "at least") stands right before it
     */
    String reason(String text, List<Token> t, NumberMatch m, boolean qualified) {
        Token first = t.get(m.first());
        Token prev = m.first() > 0 ? t.get(m.first() - 1) : null;
        Token next = m.last() + 1 < t.size() ? t.get(m.last() + 1) : null;
        if (prev != null && !first.spaceBefore() && (prev.isWord() && !currencyCode(text, prev) || prev.isNumber()
                || prev.isSymbol('-') && m.first() > 1 && !prev.spaceBefore() && t.get(m.first() - 2).isWord())) {
            return "attached-to-name";
        }
        if (footnote(t, m)) {
            return "footnote"; // "834 executions.12 The authorities", "by phone,14 and"
        }
        if (rankWhole(t, m.first()) && !pluralAfter(text, t, m.last())) {
            return "rank"; // "180" of "ranked 177th out of 180"; "out of 150 states" counts the states
        }
        if (DigitShapes.codeGroup(t, m.first()) || DigitShapes.afterAreaCode(t, m.first())) {
            return "code-group"; // "8888" and "1234" of "021-8888-1234", "555" of "(202) 555-0147"
        }
        if (DigitShapes.score(t, m)) {
            return "score"; // "a 3-2 ruling", "won 6-1"
        }
        if (DigitShapes.pictureIndex(t, m.first())) {
            return "picture-index"; // "(1 of 8)" under a photo
        }
        if (next != null && !next.spaceBefore()) {
            if (next.isWord() && !PERCENT_SUFFIXES.contains(next.lower())) {
                return "ordinal-or-measure-suffix";
            }
            if ((next.isSymbol('-') || next.isSymbol('\u2010') || next.isSymbol('\u2011'))
                    && m.last() + 2 < t.size() && t.get(m.last() + 2).isWord() && !t.get(m.last() + 2).spaceBefore()
                    && !t.get(m.last() + 2).is("strong") && !t.get(m.last() + 2).is("plus")
                    && !t.get(m.last() + 2).is("odd") && !currencyWord(t.get(m.last() + 2))
                    && !lex.compoundCountNouns.containsKey(t.get(m.last() + 2).lower())) {
                // "a 5,000-strong crowd", "1,300-plus prisoners", "2,000-odd workers" and "a
                // 500-euro fine" are counts or money, and so is "the 290-member parliament"
                return "compound-adjective";
            }
        }
        if (Measures.sharedMeasure(lex, t, m)) {
            return "compound-adjective"; // "received 15 and 12-year jail sentences": both are years
        }
        if (Measures.fractionOfMeasure(lex, t, m)) {
            return "measure"; // "sentenced to 2½ years"
        }
        if (sectionNumber(t, m.last())) {
            return "section-number"; // "401(1) of the Criminal Procedure Code": a numbered provision
        }
        if (scoresVerb(t, m, next)) {
            return "verb-scores"; // "president scores landslide win": the verb, not twenty
        }
        if (GroupMembers.member(t, m)) {
            return "group-member"; // "the father of one of the four said": a member singled out, no count
        }
        if (ClockHours.hour(t, m)) {
            return "clock-hour"; // "they came at six in the morning": the hour, no count
        }
        if (sizeOf(t, m, next)) {
            return "size"; // "living costs for a family of four": the kind of family, no count
        }
        if (byThe(t, m.first()) && first.is("dozen")) {
            return "manner"; // "jailed by the dozen": how, not how many
        }
        if (prev == null && next != null && !next.spaceBefore() && (next.isSymbol('.') || next.isSymbol(')'))
                && first.isNumber() && first.plainDigits()) {
            return "list-marker";
        }
        if (prev != null && next != null && (prev.isSymbol('(') || prev.isSymbol('['))
                && (next.isSymbol(')') || next.isSymbol(']')) && !DigitShapes.bracketedItem(text, t, m.first())) {
            return "parenthesised";
        }
        if (m.form() == Form.FRACTION && prev != null && PERIOD_ORDINALS.contains(prev.lower())) {
            return "part-of-a-period"; // "the first half of 2024", "the second quarter of the year"
        }
        if (m.form() == Form.FRACTION && prev != null && prev.is("and") && m.first() > 1
                && lex.nonCountNouns.contains(t.get(m.first() - 2).lower())) {
            return "part-of-a-period"; // "a month and a half of strikes", "two years and a half": a duration
        }
        if (DigitShapes.dimension(t, m)) {
            return "dimension";
        }
        if (MonthDates.date(lex, text, prev, next, t, m)) {
            return "date";
        }
        if (first.isNumber() && first.plainDigits() && m.first() == m.last() && first.lower().length() == 4
                && first.number() >= 1800 && first.number() <= 2100 && !countAfter(t, m.last())
                && (!qualified || first.number() % 10 != 0)) {
            // "over 2022 protests" is a year after all: counts that large are rounded or written 2,022
            return "year";
        }
        if (!qualified && next == null && prev != null && DigitShapes.crumbMark(prev)) {
            return "navigation"; // "Reports › Monthly › 1402": the last step of a site's trail, a year or a page
        }
        String age = ages.reason(text, t, m, prev, next, qualified);
        if (age != null) {
            return age;
        }
        if (prev != null && prev.isWord() && TIME_LABELS.contains(prev.lower())
                && (first.isNumber() || m.form() == Form.WORDS && m.first() == m.last())
                && (next == null || !next.isWord() || next.is("of") || next.is("and"))) {
            // "day 12 of the protests", "Week 3", "the strike enters day three and spreads"; not "that day 300 people"
            return "day-number";
        }
        if (prev != null && prev.is("top") && (next == null || !next.isWord() || RANK_FOLLOWERS.contains(next.lower()))) {
            return "rank"; // "trending at top two on Twitter", "in the top 10": a place in a ranking, not a count
        }
        if (Measures.blockOf(t, m)) {
            return "address"; // "the 3000 block of Nicollet Avenue": a stretch of a street, not a count
        }
        if (prev != null && labels.label(t, m.first()) && !labels.labelVerb(text, t, m)) {
            return "label";
        }
        if (prev != null && prev.is("of") && m.first() >= 3 && t.get(m.first() - 2).isNumber()
                && labels.label(t, m.first() - 2)) {
            return "label"; // "5" of "Image 2 of 5", "Page 3 of 12"
        }
        if (first.isNumber() && (first.lower().length() > 1 && first.lower().charAt(0) == '0'
                && first.plainDigits() || prev != null && prev.isSymbol('+')
                || next != null && next.isNumber() && next.spaceBefore() && first.plainDigits())) {
            // a number with thousands separators before another is a table cell ("16,384,403 53.7")
            return "phone-or-code";
        }
        if (first.is("one") && m.first() == m.last() && prev != null && prev.is("no")) {
            return "no-one"; // "no one was hurt": nobody, not a count of one
        }
        if (m.form() == Form.WORDS && m.first() == m.last() && first.is("one") && qualified && prev != null
                && prev.is("to") && m.first() >= 2 && NEARNESS.contains(t.get(m.first() - 2).lower())
                && next != null && next.is("of")) {
            return "one-of-whole"; // "a source close to one of the families": nearness to one, no amount near one
        }
        if (m.form() == Form.WORDS && m.first() == m.last() && first.is("one") && !qualified
                && !lone.casualty(text, t, m.last() + 1) && !lone.object(text, t, m)
                && !lone.coordinated(text, t, m)) {
            return "lone-one";
        }
        if (first.isWord() && first.capitalized(text) && m.first() > 0 && !qualified && prev != null
                && !prev.isSymbol('"') && !prev.isSymbol('\u201c') && !prev.isSymbol(':') && !prev.isSymbol('.')
                && !prev.isSymbol('(') && !prev.isSymbol('-') && !prev.isSymbol('\u2013')
                && !prev.isSymbol('\u2014') && !titleCase(text, t)) {
            return "capitalised-in-name";
        }
        if (names.nameWithNumber(text, t, m, prev, next, qualified)) {
            return "name-with-number"; // "Ward 30 of", "the Githurai 45 roundabout", "told Channel 7 television"
        }
        return null;
    }

    /** "a family of four" with no noun after the number: the number sizes the noun before "of". */
    private static boolean sizeOf(List<Token> t, NumberMatch m, Token next) {
        int of = m.first() - 1;
        return of >= 1 && t.get(of).is("of") && t.get(of - 1).isWord()
                && SIZE_OF_NOUNS.contains(t.get(of - 1).lower())
                && (next == null || !next.isWord() || next.lower().equals("in") || next.lower().equals("on"));
    }

    /**
     * "401(1)", "20(b)": digits with a bracketed sub-number or letter written onto them number a
     * section of a law or code.
     */
    private static boolean sectionNumber(List<Token> t, int last) {
        if (last + 3 >= t.size() || !t.get(last).isNumber()) {
            return false;
        }
        Token open = t.get(last + 1);
        Token inner = t.get(last + 2);
        Token close = t.get(last + 3);
        boolean sub = inner.isNumber() && inner.plainDigits() || inner.isWord() && inner.lower().length() == 1;
        return open.isSymbol('(') && !open.spaceBefore() && !inner.spaceBefore() && sub
                && close.isSymbol(')') && !close.spaceBefore();
    }

    /** Words after "scores" that keep it a count: "scores of people", "scores were killed", "scores more". */
    private static final Set<String> SCORES_COUNT_FOLLOWERS = Set.of("of", "more", "were", "was", "have", "had",
            "are", "remain", "remained", "still", "others");

    /**
     * "scores" as a verb: a lone "scores" after a word of the sentence ("the president scores a
     * landslide win", "party scores victory") with a word after it that no count takes; "scores
     * of people", "adding to scores killed", "Scores were hurt" stay counts.
     */
    private boolean scoresVerb(List<Token> t, NumberMatch m, Token next) {
        Token tok = t.get(m.first());
        if (m.form() != Form.VAGUE || m.first() != m.last() || !tok.is("scores") || m.first() == 0
                || next == null || !next.isWord()) {
            return false;
        }
        Token prev = t.get(m.first() - 1);
        String w = next.lower();
        return prev.isWord() && !prev.is("to") && !prev.is("of") && !prev.is("and") && !UnitReader.isDeterminer(prev)
                && !lex.qualifiers.containsKey(prev.lower())
                && !SCORES_COUNT_FOLLOWERS.contains(w) && !lex.peopleVerbs.contains(w);
    }

    /**
     * An opening quote: the word after it opens a quoted sentence ("“Another 17 were killed"); a
     * bracket is left out, as it often holds a name ("(Kurdistan 24)").
     */
    static boolean openingQuote(Token tok) {
        return tok.isSymbol('\u201c') || tok.isSymbol('"') || tok.isSymbol('\u2018');
    }

    /** True when "by the" stands right before token {@code i}. */
    private static boolean byThe(List<Token> t, int i) {
        return i >= 2 && t.get(i - 1).is("the") && t.get(i - 2).is("by");
    }

    /** The whole of a rank: "177th out of 180", "3rd of 12", "ranked 177 out of 180". */
    private boolean rankWhole(List<Token> t, int i) {
        int k = i - 1;
        if (k >= 0 && t.get(k).is("of")) {
            k--;
            if (k >= 0 && t.get(k).is("out")) {
                k--;
            }
        } else {
            return false;
        }
        if (k < 1) {
            return false;
        }
        Token part = t.get(k);
        boolean ordinal = part.isWord() && !part.spaceBefore() && t.get(k - 1).isNumber()
                && (part.is("st") || part.is("nd") || part.is("rd") || part.is("th"));
        boolean ranked = part.isNumber() && t.get(k - 1).isWord()
                && (t.get(k - 1).is("ranked") || t.get(k - 1).is("rank") || t.get(k - 1).is("ranks"));
        return ordinal || ranked;
    }

    /** True when a lower-case plural noun follows the number ending at {@code last}: "of 150 states". */
    private boolean pluralAfter(String text, List<Token> t, int last) {
        Token next = last + 1 < t.size() ? t.get(last + 1) : null;
        return next != null && next.isWord() && !next.capitalized(text)
                && PluralNouns.plural(next.lower()) && !lex.unitStopWords.contains(next.lower());
    }

    /** Words written onto digits that make a percentage, not a measure: "20pc", "40pct". */
    private static final Set<String> PERCENT_SUFFIXES = Set.of("pc", "pct");

    /** Time nouns that number the days of a campaign ("day 12 of the strike"). */
    private static final Set<String> TIME_LABELS = Set.of("day", "week", "month", "night", "year");

    /** A currency code glued to the number it prefixes ("USD800", "LE5,000", "Rs500"), not a name's part ("F16"). */
    private boolean currencyCode(String text, Token tok) {
        QuantityLexicon.Currency c = lex.currencies.get(tok.lower());
        return c != null && c.prefix() && QuantityExtractor.isCode(text, tok, c);
    }

    /** A currency written as a word after the number ("euro" of "a 500-euro fine"). */
    private boolean currencyWord(Token tok) {
        QuantityLexicon.Currency c = lex.currencies.get(tok.lower());
        return c != null && c.suffix();
    }

    /** At most this many words in a headline written in title case. */
    private static final int TITLE_WORDS = 16;

    /**
     * "Iran Hangs 12 Protesters as Executions Surge", "Police Arrest Two Dozen Students": a short
     * context with no full stop at its end whose longer words are nearly all capitalised is a
     * headline in title case, where capitals say nothing about names.
     */
    static boolean titleCase(String text, List<Token> t) {
        if (t.isEmpty() || t.get(t.size() - 1).isSymbol('.')) {
            return false;
        }
        int words = 0;
        int longWords = 0;
        int capitals = 0;
        for (Token tok : t) {
            if (!tok.isWord()) {
                continue;
            }
            if (++words > TITLE_WORDS) {
                return false;
            }
            if (tok.end() - tok.start() >= 4) {
                longWords++;
                capitals += tok.capitalized(text) ? 1 : 0;
            }
        }
        return longWords >= 3 && capitals * 4 >= longWords * 3;
    }

    /** Punctuation a footnote number is written onto: "said.12", "phone,14", "torture.\"16". */
    private static final String FOOTNOTE_AFTER = ".,;:)\"\u201d\u2019";

    /**
     * A footnote mark: a small plain number written with no space onto punctuation that is
     * itself written onto a word ("executions.12 The ..."), as text copied from reports keeps them.
     */
    private static boolean footnote(List<Token> t, NumberMatch m) {
        Token first = t.get(m.first());
        if (m.first() < 2 || first.spaceBefore() || !first.isNumber() || !first.plainDigits()
                || first.lower().length() > 3) {
            return false;
        }
        int k = m.first() - 1;
        while (k >= 1 && !t.get(k).spaceBefore() && !t.get(k).isWord() && !t.get(k).isNumber()
                && FOOTNOTE_AFTER.indexOf(t.get(k).lower().charAt(0)) >= 0) {
            k--;
        }
        return k < m.first() - 1 && t.get(k).isWord() && !t.get(k + 1).spaceBefore();
    }

    /**
     * "between 2010 and 2020", "2018-2022": a range whose ends are both year-like, with no count
     * noun after it, is a span of years.
     */
    boolean yearRange(List<Token> t, NumberMatch low, NumberMatch high) {
        return yearLike(t, low) && yearLike(t, high) && !countAfter(t, high.last());
    }

    private static boolean yearLike(List<Token> t, NumberMatch m) {
        Token tok = t.get(m.first());
        return m.first() == m.last() && tok.isNumber() && tok.plainDigits() && tok.lower().length() == 4
                && tok.number() >= 1800 && tok.number() <= 2100;
    }

    /** A year-like number followed by what only a count takes: a people verb, a currency, "%". */
    private boolean countAfter(List<Token> t, int last) {
        if (last + 1 >= t.size()) {
            return false;
        }
        Token next = t.get(last + 1);
        if (next.isSymbol('%')) {
            return true;
        }
        QuantityLexicon.Currency c = lex.currencies.get(next.lower());
        if (c != null && c.suffix()) {
            return true;
        }
        return next.isWord() && (lex.peopleVerbs.contains(next.lower()) || next.is("people"));
    }
}
