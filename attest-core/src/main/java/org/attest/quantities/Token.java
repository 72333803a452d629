package org.attest.quantities;

/**
 * One token of a context: a word, a number written in digits, a single symbol, or an opaque
 * chunk (URL, hashtag, handle, time, date with slashes) that never holds a quantity.
 *
 * @param start       offset of the first char in the document text
 * @param end         offset after the last char
 * @param kind        what the token is
 * @param lower       the token text in lower case
 * @param spaceBefore true when white space (or the context start) precedes the token
 * @param number      for {@link Kind#NUMBER}, the value the digits write; else NaN
 * @param plainDigits for {@link Kind#NUMBER}, true when written with digits only (no
 *                    separator, no decimal point): "1988" but not "1,988"
 */
record Token(int start, int end, Kind kind, String lower, boolean spaceBefore, double number,
             boolean plainDigits) {
    enum Kind { WORD, NUMBER, SYMBOL, OPAQUE }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    boolean isSymbol(char c) {
        return kind == Kind.SYMBOL && lower.length() == 1 && lower.charAt(0) == c;
    }

    boolean is(String word) {
        return kind == Kind.WORD && lower.equals(word);
    }

    /** True when the token as written starts with an upper-case letter. */
    boolean capitalized(String text) {
        return kind == Kind.WORD && Character.isUpperCase(text.charAt(start));
    }

    /**
     * True when the token is capitalised or is a name behind a lower-case particle joined by a
     * hyphen ("al-Samea", "el-Sisi", "bin-Nayef"): the part after the last hyphen is capitalised.
     */
    boolean nameLike(String text) {
        if (capitalized(text)) {
            return true;
        }
        if (kind != Kind.WORD) {
            return false;
        }
        // the word's own last hyphen only: a search of the whole text back would cost a pass per word
        for (int i = end - 1; i > start; i--) {
            if (text.charAt(i) == '-') {
                return i + 1 < end && Character.isUpperCase(text.charAt(i + 1));
            }
        }
        return false;
    }
}
