package org.attest.quantities;

import java.util.List;

/**
 * Numbers that are a day or a year of a date because a month's name stands beside them ("June 1",
 * "1 June", "May 2021", "Aug. 2", "23 de enero", "on 4, 5 and 6 June", "June 1, 2021", "18, January 2021"): for
 * {@link Exclusions}, which rejects them as counts. Month names come from {@link QuantityLexicon}.
 */
final class MonthDates {
    private MonthDates() {}

    /** True when a capitalised month name stands at {@code k} with a year right after it. */
    private static boolean dayBeforeMonthAndYear(QuantityLexicon lex, String text, List<Token> t, int k) {
        if (k + 1 >= t.size() || !t.get(k).capitalized(text) || !lex.monthNames.contains(t.get(k).lower())) {
            return false;
        }
        Token year = t.get(k + 1);
        return year.isNumber() && year.plainDigits() && year.number() >= 1000 && year.number() <= 2100;
    }

    /** A number next to a capitalised month name: "June 1", "1 June", "May 2021", "Aug. 2". */
    static boolean date(QuantityLexicon lex, String text, Token prev, Token next, List<Token> t, NumberMatch m) {
        if (!t.get(m.first()).isNumber()) {
            return false;
        }
        Token number = t.get(m.first());
        // a day or a year after a month ("June 12", "June 2021"), not a count ("on 8 June 1,500 more joined")
        boolean dayOrYear = number.plainDigits() && (number.number() <= 31 || (number.number() >= 1000 && number.number() <= 2100));
        if (prev != null && prev.capitalized(text) && lex.monthNames.contains(prev.lower()) && dayOrYear) {
            return true;
        }
        // "Aug. 2", "Sept. 12": an abbreviated month with its full stop
        int dot = m.first() - 1;
        if (prev != null && prev.isSymbol('.') && dot >= 1 && t.get(dot - 1).capitalized(text)
                && lex.monthNames.contains(t.get(dot - 1).lower())) {
            return true;
        }
        if (next != null && next.capitalized(text) && lex.monthNames.contains(next.lower())
                && (m.first() == m.last() || !t.get(m.last()).isWord())) {
            return true; // "12 June"; not "a protest by nearly 2 million June 16", whose scale word ends it
        }
        if (next != null && next.isSymbol(',') && dayBeforeMonthAndYear(lex, text, t, m.last() + 2) && dayOrYear
                && number.number() <= 31) {
            return true; // "18, January 2021": a dateline's day with a comma before its month and year
        }
        if (next != null && next.is("de") && m.last() + 2 < t.size() && t.get(m.last() + 2).isWord()
                && lex.monthNames.contains(t.get(m.last() + 2).lower()) && dayOrYear) {
            return true; // "23 de enero", "1 de Maio": a day written in Spanish or Portuguese
        }
        if (m.first() == m.last() && DayLists.inDayList(text, t, m.first(), lex.monthNames)) {
            return true; // "on 4, 5 and 6 June", "June 4 and 5"
        }
        // "June 1, 2021": the year after a day after a month; not "October 2023, 40 people"
        int before = m.first() - 1;
        return before >= 2 && t.get(before).isSymbol(',') && t.get(before - 1).isNumber()
                && t.get(before - 1).plainDigits() && t.get(before - 1).number() <= 31
                && number.plainDigits() && number.number() >= 1000 && number.number() <= 2100
                && t.get(before - 2).capitalized(text) && lex.monthNames.contains(t.get(before - 2).lower());
    }
}
