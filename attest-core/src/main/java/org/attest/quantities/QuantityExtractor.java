package org.attest.quantities;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.attest.model.Qualifier;
import org.attest.model.Quantity;
import org.attest.model.Span;
import org.attest.quantities.NumberMatch.Form;

/**
 * Reads the quantities of one context (sentence or line): for each number, its currency
 * prefix, qualifier, exclusions, range, unit and description, in that order. Stateless: one
 * instance serves any number of threads.
 */
final class QuantityExtractor {
    /** Prepositions before a count of the places something happened in ("in 23 provinces"). */
    private static final Set<String> LOCATIVE = Set.of("in", "across", "throughout", "at");

    private final QuantityLexicon lex;
    private final NumberParser numbers;
    private final QualifierReader qualifiers;
    private final Exclusions exclusions;
    private final RangeReader ranges;
    private final UnitReader units;

    QuantityExtractor(QuantityLexicon lex) {
        this.lex = lex;
        this.numbers = new NumberParser(lex);
        this.qualifiers = new QualifierReader(lex);
        this.exclusions = new Exclusions(lex);
        this.ranges = new RangeReader(numbers, lex);
        this.units = new UnitReader(lex);
    }

    /**
     * A cheap test whether {@code [from, to)} may hold a number at all: an ASCII digit or a word
     * that can open a number. False means the context can be skipped untokenised.
     */
    boolean mayHold(String text, int from, int to) {
        return mayHold(text.toCharArray(), from, to);
    }

    /**
     * As {@link #mayHold(String, int, int)}, on the text's chars: the stage asks it of every
     * context and reads each from one array of the document's chars, which costs less than
     * charAt of the string (a check of its coding and of the index per char).
     */
    boolean mayHold(char[] text, int from, int to) {
        int i = from;
        while (i < to) {
            char c = text[i];
            if (Tokenizer.isAsciiDigit(c)) {
                return true;
            }
            if (Tokenizer.isLetter(c)) {
                int end = i + 1;
                while (end < to && Tokenizer.isLetter(text[end])) {
                    end++;
                }
                if (lex.isOpenerWord(text, i, end)) { // letters only: no hyphen to cut the word at
                    return true;
                }
                i = end;
            } else {
                i++;
            }
        }
        return false;
    }

    /** The quantities of the context {@code ctx}, in text order. */
    List<Quantity> extract(String text, Span ctx) {
        List<Token> t = Tokenizer.tokenize(text, ctx.start(), ctx.end());
        List<Quantity> out = new ArrayList<>();
        String previousUnit = null;
        String previousWhole = null;
        String previousCount = null;
        int previousCountFirst = -1;
        int previousCountLast = -1;
        boolean previousCountOne = false;
        String previousMain = null;
        String partitive = peoplePart(t) ? "people" : null;
        BitSet covered = new BitSet(t.size());
        int i = 0;
        while (i < t.size()) {
            NumberMatch m = numbers.parse(text, t, i);
            if (m == null) {
                i++;
                continue;
            }
            int moneyFirst = m.first();
            String currency = null;
            String currencyCode = null;
            if (moneyFirst > 0) {
                Token p = t.get(moneyFirst - 1);
                QuantityLexicon.Currency c = lex.currencies.get(p.lower());
                if (c != null && c.prefix() && (!p.isWord() || isCode(text, p, c))) {
                    currencyCode = c.unit();
                    moneyFirst--;
                    // "US$5", "HK$1m", "NZ$40": letters glued to the sign name the dollar
                    QuantityLexicon.Currency dollar = p.isSymbol('$') && !p.spaceBefore() && moneyFirst > 0
                            && t.get(moneyFirst - 1).isWord() ? lex.currencies.get(t.get(moneyFirst - 1).lower() + "$") : null;
                    if (dollar != null) {
                        // the dollar the letters name: "US$" USD, "S$" SGD, "HK$" HKD
                        moneyFirst--;
                        currencyCode = dollar.unit();
                    }
                    // the unit is the sign or code as written ("$", "€", "US$", "Rs"), as units are
                    // the text's words; the currency it stands for is kept in the rule
                    currency = text.substring(t.get(moneyFirst).start(), p.end());
                }
            }
            QualifierReader.Found q = qualifiers.before(t, moneyFirst);
            if (q == null && currency == null) {
                q = qualifiers.beforeArticle(t, m);
            }
            boolean between = q == null && moneyFirst > 0 && t.get(moneyFirst - 1).is("between");
            String reason = exclusions.reason(text, t, m, q != null || currency != null || between);
            if (reason != null) {
                i = m.last() + 1;
                continue;
            }
            RangeReader.Range range = ranges.read(text, t, m, between);
            if (range != null && (exclusions.reason(text, t, range.high(), true) != null
                    || exclusions.yearRange(t, range.low(), range.high()))) {
                i = range.high().last() + 1; // "10-12 June", "between 2010 and 2020": dates, not quantities
                continue;
            }
            NumberMatch low = range != null ? range.low() : m;
            int numberLast = range != null ? range.high().last() : m.last();
            QualifierReader.Found trail = qualifiers.after(t, numberLast + 1);
            int afterNumber = trail != null ? trail.last() + 1 : numberLast + 1;
            int spanFirst = between && range != null ? moneyFirst - 1 : q != null ? q.first() : moneyFirst;
            UnitReader.Unit unit = currency != null
                    ? new UnitReader.Unit(currency, afterNumber - 1, "currency", false)
                    : units.read(text, t, afterNumber, m.form(), spanFirst,
                            new UnitInference.Earlier(previousUnit, previousWhole, previousCount,
                                    previousCountFirst, previousCountLast, covered, previousCountOne, partitive, previousMain));
            if (unit.nonCount()) {
                i = unit.last() + 1;
                continue;
            }
            if (unit.unit() != null && low.value() != 1 && singularDemonym(unit.unit())) {
                // "tens of thousands of Iranian join": the people of a country counted, "Iranians"
                unit = new UnitReader.Unit(unit.unit() + "s", unit.last(), unit.source(), unit.nonCount());
            }
            if (range == null && currency == null && DigitShapes.dottedThousands(t, m) && countUnit(unit)) {
                // "9.000 persons": a count has no decimals, so the dot groups thousands, as in Spanish or German
                low = m.withLast(m.last(), m.value() * 1000, 1000);
            }
            String shareWhole = null;
            if (Shares.isShare(m, range)) {
                low = m.withLast(m.last(), Shares.percent(m.value()), m.scale()); // "more than half": 50 percent
                shareWhole = Shares.whole(unit);
                unit = Shares.unit(unit);
            }
            int last = Math.max(unit.last(), afterNumber - 1);
            // "200 people or more", "40% or higher", "5 million rials or less"
            if (trail == null && ("phrase".equals(unit.source()) || "percent".equals(unit.source())
                    || "currency".equals(unit.source()) && currency == null)) {
                trail = qualifiers.after(t, unit.last() + 1);
                if (trail != null) {
                    last = trail.last();
                }
            }
            Qualifier qualifier = range != null ? Qualifier.RANGE
                    : m.form() == Form.VAGUE ? Qualifier.VAGUE
                    : q != null ? q.qualifier()
                    : trail != null ? trail.qualifier()
                    : halfADozen(t, m) ? Qualifier.ABOUT
                    : Qualifier.EXACT;
            Span span = new Span(t.get(spanFirst).start(), t.get(last).end());
            String rule = rule(m, q, trail, range, unit) + (currencyCode == null ? "" : CurrencyCodes.tag(currencyCode));
            out.add(new Quantity(span.of(text), span, low.value(), range != null ? range.high().value() : null,
                    qualifier, unit.unit(), WhatBuilder.what(unit.unit(), text, span.end(), ctx.end()), rule));
            covered.set(spanFirst, last + 1);
            if (partitive == null && opensWithOf(t, spanFirst) && unit.unit() != null
                    && !UnitReader.isPercent(unit.unit()) && !"partitive".equals(unit.source())) {
                partitive = unit.unit(); // "Of the 300 candidates, ...": the whole the sentence's bare numbers are parts of
            }
            if (shareWhole != null) {
                // "More than half of all executions, 503 in total, were ...": a bare count after a share
                // counts the share's whole; the share itself stays a percent
                previousCount = shareWhole;
                previousCountFirst = spanFirst;
                previousCountLast = last;
                previousCountOne = false;
            }
            if (unit.unit() != null && !UnitReader.isPercent(unit.unit())) {
                previousCount = unit.unit();
                previousCountFirst = spanFirst;
                previousCountLast = last;
                previousCountOne = low.value() == 1 && range == null;
                if (SubjectClauses.mayBeMain(unit, t, spanFirst) && low.value() != 1
                        && (spanFirst == 0 || !LOCATIVE.contains(t.get(spanFirst - 1).lower()))) {
                    previousMain = unit.unit(); // "among them dozens of teenagers" is a part, not the main count
                }
            }
            if (unit.unit() != null) {
                previousUnit = unit.unit();
                if (spanFirst == 0 || !LOCATIVE.contains(t.get(spanFirst - 1).lower())) {
                    previousWhole = unit.unit(); // "48 of whom" are not of the "23 provinces" they were held in
                }
            }
            i = last + 1;
        }
        return SharedQualifiers.spread(text, SourceCounts.drop(out));
    }

    /**
     * A currency written as a word before the number counts only capitalised, as codes and
     * abbreviations are written ("USD 5", "Rls 40bn"), not in lower case ("usd 5"); a code the
     * table writes in capitals only in capitals ("LE5,000", not "Le 5").
     */
    static boolean isCode(String text, Token p, QuantityLexicon.Currency c) {
        if (!c.capitals()) {
            return Character.isUpperCase(text.charAt(p.start()));
        }
        for (int k = p.start(); k < p.end(); k++) {
            if (Character.isLowerCase(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** True when the unit names things counted in whole numbers: not money, a percentage or a change. */
    private static boolean countUnit(UnitReader.Unit unit) {
        return unit.unit() != null && !UnitReader.isPercent(unit.unit()) && !"currency".equals(unit.source())
                && !unit.source().startsWith("change");
    }

    /**
     * "Of those arrested, 95 were men": the sentence opens with the people a verb befell, and its
     * bare numbers are parts of them.
     */
    private boolean peoplePart(List<Token> t) {
        return t.size() > 4 && t.get(0).is("of") && (t.get(1).is("those") || t.get(1).is("the"))
                && lex.peopleVerbs.contains(t.get(2).lower()) && t.get(3).isSymbol(',');
    }

    /** True when the sentence opens with "Of", or "Of the", right before the quantity at {@code spanFirst}. */
    private static boolean opensWithOf(List<Token> t, int spanFirst) {
        return spanFirst >= 1 && spanFirst <= 2 && t.get(0).is("of")
                && (spanFirst == 1 || t.get(1).is("the") || t.get(1).is("these") || t.get(1).is("those"));
    }

    /**
     * "half a dozen striking dockers", "half-a-dozen towns": the phrase says "a few", not six exactly, so it reads
     * as about six, as "some six" would.
     */
    private static boolean halfADozen(List<Token> t, NumberMatch m) {
        String first = t.get(m.first()).lower();
        return m.form() == Form.WORDS && first.startsWith("half") && t.get(m.last()).lower().endsWith("dozen");
    }

    /** Endings of a singular people-name written as one capitalised word ("Iranian", "Kenyan", "Korean"). */
    private static final Pattern DEMONYM =
            Pattern.compile("\\p{Lu}\\p{Ll}+(?:ian|yan|ican|ean)");

    /** True when the unit is one singular demonym ("Iranian"), which a count above one makes plural. */
    static boolean singularDemonym(String unit) {
        return DEMONYM.matcher(unit).matches();
    }

    /** Provenance: the number form, the qualifier phrase and how the unit was found. */
    private static String rule(NumberMatch m, QualifierReader.Found q, QualifierReader.Found trail,
                               RangeReader.Range range, UnitReader.Unit unit) {
        StringBuilder sb = new StringBuilder("quantities.").append(m.form().code);
        if (range != null) {
            sb.append("+range");
        }
        if (q != null) {
            sb.append("+qualifier(").append(q.phrase()).append(')');
        }
        if (trail != null) {
            sb.append("+trailing(").append(trail.phrase()).append(')');
        }
        return sb.append("+unit:").append(unit.source()).toString();
    }
}
