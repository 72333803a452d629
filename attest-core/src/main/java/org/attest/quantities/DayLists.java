package org.attest.quantities;

import java.util.List;
import java.util.Set;

/**
 * Days listed around one month name: "on 4, 5 and 6 June", "on 12 and 13 October", "June 4 and
 * 5", "Nov. 4-5". Every day of such a list is a date, not only the one next to the month. A
 * day is a plain number from 1 to 31; days are joined by a comma, "and", "or", "to" or a dash.
 */
final class DayLists {
    /** At most this many days in one list. */
    private static final int MAX_DAYS = 7;

    private DayLists() {}

    /** True when the number at token {@code i} is a day in a list that a month name closes or opens. */
    static boolean inDayList(String text, List<Token> t, int i, Set<String> months) {
        if (!day(t.get(i))) {
            return false;
        }
        int first = walk(t, i, -1);
        int last = walk(t, i, 1);
        if (first < last && commasOnly(t, first, last)) {
            return false; // "On June 25, 15 protesters were killed": a list of days ends with "and", "to" or a dash
        }
        return month(text, t, walk(t, i, 1) + 1, months) || monthBefore(text, t, walk(t, i, -1) - 1, months);
    }

    /** The index of the last day reached from {@code i} going in {@code step} over joiners. */
    private static int walk(List<Token> t, int i, int step) {
        int k = i;
        for (int n = 0; n < MAX_DAYS; n++) {
            int j = k + step;
            if (j >= 0 && j < t.size() && joiner(t.get(j))) {
                int d = j + step;
                if (d >= 0 && d < t.size() && day(t.get(d))) {
                    k = d;
                    continue;
                }
            }
            break;
        }
        return k;
    }

    /** True when every joiner between the days {@code first} and {@code last} is a comma. */
    private static boolean commasOnly(List<Token> t, int first, int last) {
        for (int k = first + 1; k < last; k++) {
            if (joiner(t.get(k)) && !t.get(k).isSymbol(',')) {
                return false;
            }
        }
        return true;
    }

    private static boolean day(Token tok) {
        return tok.isNumber() && tok.plainDigits() && tok.number() >= 1 && tok.number() <= 31;
    }

    private static boolean joiner(Token tok) {
        return tok.isSymbol(',') || tok.isSymbol('-') || tok.isSymbol('\u2013') || tok.is("and") || tok.is("or")
                || tok.is("to") || tok.isSymbol('&');
    }

    private static boolean month(String text, List<Token> t, int k, Set<String> months) {
        return k >= 0 && k < t.size() && t.get(k).capitalized(text) && months.contains(t.get(k).lower());
    }

    /** A month right before the list, its abbreviation's full stop allowed ("Nov. 4-5"). */
    private static boolean monthBefore(String text, List<Token> t, int k, Set<String> months) {
        if (k >= 1 && t.get(k).isSymbol('.')) {
            k--;
        }
        return month(text, t, k, months);
    }
}
