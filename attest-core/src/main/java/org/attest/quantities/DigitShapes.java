package org.attest.quantities;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks on the shape of digits and what joins them that make numbers no counts: the groups of
 * a phone number or code ("021-8888-1234", "(202) 555-0147", "+98 21 1234 5678"), a score or
 * tally ("3-2"), a gallery index ("(1 of 8)") and a dimension ("728 x 90"). Pure functions.
 */
final class DigitShapes {
    private DigitShapes() {}

    /**
     * True when the number at {@code i} continues a phone number or code: it is joined by "-" or
     * "/" or a space to a number before it that opens with a zero or "+", or is itself such a
     * group ("021-8888-1234", "0207 123 4567", "+98 21 1234 5678"). A range ("5,000-7,000") is
     * no such chain.
     */
    static boolean codeGroup(List<Token> t, int i) {
        if (i < 1 || !t.get(i).isNumber()) {
            return false;
        }
        int before;
        if (t.get(i - 1).isNumber() && t.get(i).spaceBefore()) {
            before = i - 1;
        } else if (i >= 2 && !t.get(i).spaceBefore() && !t.get(i - 1).spaceBefore()
                && (t.get(i - 1).isSymbol('-') || t.get(i - 1).isSymbol('/')) && t.get(i - 2).isNumber()) {
            before = i - 2;
        } else {
            return false;
        }
        return codeStart(t, before) || afterAreaCode(t, before) || codeGroup(t, before)
                || spacedGroups(t, before, i);
    }

    /**
     * "212 687-2020", "Fax: 212 867 7086": two plain digit groups of three or more digits side by
     * side with only a space between them are groups of one phone number, not two counts (a count
     * is written with its thousands separated: "16,384,403 53.7" is a table row).
     */
    private static boolean spacedGroups(List<Token> t, int before, int i) {
        Token a = t.get(before);
        Token b = t.get(i);
        return before == i - 1 && a.plainDigits() && b.plainDigits() && a.lower().length() >= 3
                && b.lower().length() >= 3;
    }

    /**
     * "(202) 555-0147": a number right after a bracketed three-digit area code is part of a
     * phone number.
     */
    static boolean afterAreaCode(List<Token> t, int i) {
        if (i < 3 || !t.get(i).isNumber() || !t.get(i - 1).isSymbol(')') || !t.get(i - 3).isSymbol('(')) {
            return false;
        }
        Token code = t.get(i - 2);
        return code.isNumber() && code.plainDigits() && code.lower().length() == 3;
    }

    /**
     * "3-2", "6-1": two plain numbers joined by a hyphen with no space, the second no larger
     * than the first, are a score or a vote tally, not counts (a range rises: "10-12").
     */
    static boolean score(List<Token> t, NumberMatch m) {
        int i = m.first();
        if (m.first() != m.last() || !t.get(i).isNumber() || !t.get(i).plainDigits()) {
            return false;
        }
        if (i + 2 < t.size() && t.get(i + 1).isSymbol('-') && !t.get(i + 1).spaceBefore()
                && !t.get(i + 2).spaceBefore() && t.get(i + 2).isNumber() && t.get(i + 2).plainDigits()
                && t.get(i + 2).number() <= t.get(i).number()) {
            return true;
        }
        return i >= 2 && t.get(i - 1).isSymbol('-') && !t.get(i - 1).spaceBefore() && !t.get(i).spaceBefore()
                && t.get(i - 2).isNumber() && t.get(i - 2).plainDigits() && t.get(i - 2).number() >= t.get(i).number();
    }

    /**
     * "(1 of 8)", "(3 of 12)": a bracketed "N of M" with nothing else numbers a picture of a
     * gallery; both numbers are no counts.
     */
    static boolean pictureIndex(List<Token> t, int i) {
        int open = i - 1;
        if (open >= 2 && t.get(open).is("of") && t.get(open - 1).isNumber()) {
            open -= 2; // "8" of "(1 of 8)"
        }
        return open >= 0 && t.get(open).isSymbol('(') && open + 4 < t.size()
                && t.get(open + 1).isNumber() && t.get(open + 2).is("of") && t.get(open + 3).isNumber()
                && t.get(open + 4).isSymbol(')');
    }

    /** A number opening with a zero ("021") or written after "+" ("+98"). */
    private static boolean codeStart(List<Token> t, int i) {
        Token tok = t.get(i);
        boolean zero = tok.plainDigits() && tok.lower().length() > 1 && tok.lower().charAt(0) == '0';
        return zero || i > 0 && t.get(i - 1).isSymbol('+') && !tok.spaceBefore();
    }

    /** Compiled once: {@code String.matches} compiled it for every quantity found. */
    private static final Pattern DOTTED_THOUSANDS = Pattern.compile("[1-9]\\d{0,2}\\.\\d{3}");

    /**
     * "9.000", "2.500": one number of one to three digits, a dot and exactly three digits, with
     * no scale word; a count written so groups thousands with the dot.
     */
    static boolean dottedThousands(List<Token> t, NumberMatch m) {
        if (m.first() != m.last() || m.scale() != 1 || !t.get(m.first()).isNumber()) {
            return false;
        }
        return DOTTED_THOUSANDS.matcher(t.get(m.first()).lower()).matches();
    }

    /** "728 x 90", "3×4". */
    static boolean dimension(List<Token> t, NumberMatch m) {
        int after = m.last() + 1;
        if (after + 1 < t.size() && isTimes(t.get(after)) && t.get(after + 1).isNumber()) {
            return true;
        }
        int before = m.first() - 1;
        return before >= 1 && isTimes(t.get(before)) && t.get(before - 1).isNumber();
    }

    private static boolean isTimes(Token tok) {
        return tok.is("x") || tok.isSymbol('\u00d7');
    }

    /**
     * "Tabriz (14 arrests), Urmia (11) and Khoy (9)": a bracketed bare number after a name, in a
     * list whose earlier item gave its count with the noun in brackets, is that list's count too.
     */
    static boolean bracketedItem(String text, List<Token> t, int i) {
        if (i < 2 || !t.get(i - 2).isWord() || !t.get(i - 2).capitalized(text)) {
            return false;
        }
        for (int k = i - 3; k >= 3; k--) {
            if (t.get(k).isSymbol(')') && t.get(k - 1).isWord() && t.get(k - 2).isNumber() && t.get(k - 3).isSymbol('(')) {
                return true;
            }
        }
        return false;
    }

    /** Marks between the steps of a site's navigation trail ({@code crumb-marks.txt}). */
    private static final List<String> CRUMB_MARKS = LexiconReader.words("crumb-marks.txt");

    static boolean crumbMark(Token tok) {
        for (String mark : CRUMB_MARKS) {
            if (mark.length() == 1 && tok.isSymbol(mark.charAt(0))) {
                return true;
            }
        }
        return false;
    }
}
