package org.attest.segment;

/**
 * Decides whether a terminator inside a line ends a sentence. Pure functions over the text;
 * every look-back and look-ahead is bounded, so the splitter stays linear.
 */
final class Boundaries {
    /** Longest token examined before a period ("U.S.S.R." and the like). */
    private static final int MAX_TOKEN = 16;
    /** Longest next word examined. */
    private static final int MAX_WORD = 24;

    private final Abbreviations abbreviations;

    Boundaries(Abbreviations abbreviations) {
        this.abbreviations = abbreviations;
    }

    static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '؟' || c == '۔' || c == '。';
    }

    static boolean isCloser(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»' || c == '›';
    }

    static boolean isOpener(char c) {
        return c == '"' || c == '“' || c == '‘' || c == '\'' || c == '(' || c == '[' || c == '«' || c == '‹'
                || c == '#' || c == '@' || c == '¿' || c == '¡' || c == '-' || c == '–' || c == '—' || c == '•';
    }

    /** End (exclusive) of the terminator run at {@code i}: further terminators, then closers. */
    static int endOfRun(String text, int i, int limit) {
        int j = i;
        while (j < limit && isTerminator(text.charAt(j))) {
            j++;
        }
        while (j < limit && isCloser(text.charAt(j))) {
            j++;
        }
        return j;
    }

    /**
     * Whether the terminator run {@code [i, j)} ends a sentence.
     *
     * @param lineStart first offset of the line, for list numbers ("1.")
     * @param next      offset of the next non-space character within the paragraph, or -1
     */
    boolean isBoundary(String text, int i, int j, int lineStart, int next) {
        if (next >= 0 && !canStartSentence(text.charAt(next))) {
            return false;
        }
        boolean singlePeriod = text.charAt(i) == '.' && (j == i + 1 || !isTerminator(text.charAt(i + 1)))
                && (i == 0 || text.charAt(i - 1) != '.');
        if (!singlePeriod) {
            return true;
        }
        int tokenStart = tokenStart(text, i);
        String token = text.substring(tokenStart, i + 1);
        if (token.length() == 1) {
            return true; // a period after a space or quote
        }
        if (tokenStart == firstNonSpace(text, lineStart, i) && isDigits(token, token.length() - 1)
                && token.length() <= 4) {
            return false; // "1." opening a numbered line
        }
        Abbreviations.Kind kind = abbreviations.kindOf(token);
        if (kind == Abbreviations.Kind.TITLE) {
            return false;
        }
        boolean initial = token.length() == 2 && Character.isUpperCase(token.charAt(0));
        boolean dotted = token.indexOf('.') < token.length() - 1; // "U.S.A." not in the list
        if (kind == Abbreviations.Kind.OTHER || initial || dotted) {
            return next < 0 || abbreviations.isStarter(word(text, next));
        }
        return true;
    }

    /** Upper-case letters, digits, openers and letters of scripts without case open sentences. */
    static boolean canStartSentence(char c) {
        if (Character.isLetter(c)) {
            return !Character.isLowerCase(c);
        }
        return Character.isDigit(c) || isOpener(c) || Character.isHighSurrogate(c);
    }

    /** Start of the token ending at the period {@code i}: letters, digits, periods, apostrophes. */
    private static int tokenStart(String text, int i) {
        int k = i;
        int floor = Math.max(0, i - MAX_TOKEN);
        while (k > floor) {
            char c = text.charAt(k - 1);
            if (Character.isLetterOrDigit(c) || c == '.' || c == '\'') {
                k--;
            } else {
                break;
            }
        }
        return k;
    }

    private static int firstNonSpace(String text, int from, int limit) {
        int k = from;
        while (k < limit && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return k;
    }

    private static boolean isDigits(String s, int len) {
        if (len == 0) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** The word starting at {@code at}, skipping openers, letters only. */
    private static String word(String text, int at) {
        int k = at;
        int n = text.length();
        while (k < n && isOpener(text.charAt(k))) {
            k++;
        }
        int start = k;
        while (k < n && k - start < MAX_WORD && Character.isLetter(text.charAt(k))) {
            k++;
        }
        return text.substring(start, k);
    }
}
