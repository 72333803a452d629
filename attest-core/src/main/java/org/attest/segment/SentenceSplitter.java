package org.attest.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.stream.IntStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attest.Stage;
import org.attest.internal.Validate;
import org.attest.model.Document;
import org.attest.model.Sentence;
import org.attest.model.Span;

/**
 * The "segment" stage: splits the cleaned text into sentences, headings and list items.
 *
 * <p>Contract: adds one {@link Sentence} per sentence, in text order, through
 * {@link Document#withSentences}. Spans are trimmed of whitespace, never empty, never cross a
 * blank line, and do not overlap. {@code paragraph} counts blocks separated by blank lines,
 * from 0. {@code heading} is true for a piece that does not end with sentence punctuation (a
 * heading, a list item, a caption without a full stop).
 *
 * <p>Rules: a terminator (. ! ? … ؟) ends a sentence when followed by white space and a
 * character that can open one, after any closing quotes or brackets ({@code ."} and
 * {@code .”} end after the quote); a period after a title abbreviation ("Dr.") never does,
 * after another abbreviation ("U.S."), an initial or a dotted token only when a common
 * sentence opener follows; decimals and "1." list numbers never do. A line without final
 * punctuation ends its piece when it is short, ends its paragraph, ends with a colon or is
 * followed by a list item, or, in a text none of whose lines is wrapped mid-sentence, when the
 * next line opens a new piece ({@link UnwrappedLines}); a list item ("- ", "• ", "2) ") always starts a new piece.
 * A single pass over the text with bounded look-around: linear time.
 */
public final class SentenceSplitter implements Stage {
    /** A line up to this long without final punctuation is a piece of its own (a heading). */
    static final int SHORT_LINE = 60;

    private final Boundaries boundaries;
    private final UnwrappedLines unwrapped = UnwrappedLines.load();

    public SentenceSplitter(Abbreviations abbreviations) {
        this.boundaries = new Boundaries(Validate.notNull(abbreviations, "abbreviations"));
    }

    /** A splitter with the bundled abbreviation lists. */
    public static SentenceSplitter withDefaults() {
        return new SentenceSplitter(Abbreviations.load());
    }

    @Override
    public String name() {
        return "segment";
    }

    @Override
    public Document apply(Document document) {
        List<Sentence> sentences = split(document.text());
        if (!document.boilerplate().isEmpty()) {
            sentences = cutAtEdges(document.text(), sentences, document.boilerplate());
        }
        return document.withSentences(titleAsHeading(document.text(), document.title(), sentences));
    }

    /**
     * The sentences with those of the first paragraph marked as headings when that paragraph is
     * the document's title: a title is a heading even when it asks a question ("..., know why?")
     * or holds a full stop between two headlines ("... pension reform. Tensions and clashes").
     */
    static List<Sentence> titleAsHeading(String text, String title, List<Sentence> sentences) {
        if (title == null || title.isBlank() || sentences.isEmpty() || sentences.get(0).paragraph() != 0) {
            return sentences;
        }
        int end = 0;
        while (end < sentences.size() && sentences.get(end).paragraph() == 0) {
            end++;
        }
        Span first = new Span(sentences.get(0).span().start(), sentences.get(end - 1).span().end());
        if (!first.of(text).strip().equals(title.strip())) {
            return sentences;
        }
        List<Sentence> out = new ArrayList<>(sentences);
        for (int i = 0; i < end; i++) {
            Sentence s = out.get(i);
            if (!s.heading()) {
                out.set(i, new Sentence(s.span(), s.paragraph(), true));
            }
        }
        return out;
    }

    /**
     * The sentences cut where a caption or other boilerplate span starts or ends inside one: a
     * caption line without a full stop ("Image caption, Teachers have held protests") is no part
     * of the wrapped line after it, however long it is.
     */
    static List<Sentence> cutAtEdges(String text, List<Sentence> sentences, List<Span> boilerplate) {
        int[] edges = boilerplate.stream().flatMapToInt(b -> IntStream.of(b.start(), b.end()))
                .sorted().distinct().toArray();
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            int from = s.span().start();
            int k = Arrays.binarySearch(edges, from + 1);
            for (int i = k >= 0 ? k : -k - 1; i < edges.length && edges[i] < s.span().end(); i++) {
                addTrimmed(text, from, edges[i], s.paragraph(), out);
                from = edges[i];
            }
            if (from == s.span().start()) {
                out.add(s);
            } else {
                addTrimmed(text, from, s.span().end(), s.paragraph(), out);
            }
        }
        return out;
    }

    private static void addTrimmed(String text, int from, int to, int paragraph, List<Sentence> out) {
        int s = skipSpace(text, from, to);
        if (s < to) {
            int e = lastNonSpace(text, s, to) + 1;
            out.add(new Sentence(new Span(s, e), paragraph, !endsWithTerminator(text, s, e)));
        }
    }

    /** The sentences of a text; see the class comment for the rules. */
    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int n = text.length();
        int paragraph = -1;
        boolean inBlock = false;
        int open = -1; // start of the sentence being read, or -1
        int pos = 0;
        boolean wrapped = UnwrappedLines.hasWrappedLines(text);
        int width = wrapped ? UnwrappedLines.wrapWidth(text) : 0;
        while (pos < n) {
            int lineEnd = lineEnd(text, pos);
            int ls = skipSpace(text, pos, lineEnd);
            if (ls == lineEnd) { // blank line: the paragraph ends
                open = emit(text, open, pos, paragraph, out);
                inBlock = false;
                pos = lineEnd + 1;
                continue;
            }
            if (!inBlock) {
                paragraph++;
                inBlock = true;
            }
            if (isListItem(text, ls, lineEnd)) {
                open = emit(text, open, ls, paragraph, out);
            }
            for (int i = ls; i < lineEnd; i++) {
                char c = text.charAt(i);
                if (open < 0 && !Character.isWhitespace(c)) {
                    open = i;
                }
                if (!Boundaries.isTerminator(c)) {
                    continue;
                }
                int j = Boundaries.endOfRun(text, i, lineEnd);
                if (j == lineEnd || Character.isWhitespace(text.charAt(j))) {
                    if (boundaries.isBoundary(text, i, j, ls, nextInParagraph(text, j))) {
                        open = emit(text, open, j, paragraph, out);
                    }
                }
                i = j - 1;
            }
            if (open >= 0 && (endsPiece(text, ls, lineEnd, width) || open >= ls && headlineLine(text, ls, lineEnd))) {
                open = emit(text, open, lineEnd, paragraph, out);
            }
            pos = lineEnd + 1;
        }
        emit(text, open, n, paragraph, out);
        return out;
    }

    /** Function words a headline leaves in lower case ("Hashtag Trends in Iran despite a Ban"). */
    private static final Set<String> HEADLINE_SMALL = Set.of("a", "an", "the", "and", "or", "but", "of", "in",
            "on", "at", "to", "for", "by", "with", "as", "from", "than", "into", "over", "despite", "after", "vs");
    /** Fewest content words of a headline line longer than {@link #SHORT_LINE}. */
    static final int HEADLINE_WORDS = 4;

    /**
     * True for a whole line in headline case without final punctuation ("Twitter Campaign to Free
     * a Prisoner Draws More than 100,000 Users"): a title or subtitle over a one-line-break body,
     * a piece of its own however long. Four in five content words are capitalised; wrapped body
     * lines are not written so.
     */
    static boolean headlineLine(String text, int ls, int lineEnd) {
        int last = lastNonSpace(text, ls, lineEnd);
        if (last < ls || Boundaries.isTerminator(text.charAt(last)) || Boundaries.isCloser(text.charAt(last))
                || nextInParagraph(text, lineEnd) < 0) {
            return false;
        }
        int content = 0;
        int capital = 0;
        for (String w : text.substring(ls, last + 1).split("\\s+")) {
            if (w.isEmpty() || !Character.isLetter(w.codePointAt(0)) || HEADLINE_SMALL.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            content++;
            if (Character.isUpperCase(w.codePointAt(0))) {
                capital++;
            }
        }
        return content >= HEADLINE_WORDS && capital * 5 >= content * 4;
    }

    /** Share of the wrap width above which a line without a terminator was wrapped, not ended. */
    static final double WRAPPED_SHARE = 0.7;

    /**
     * Whether the open piece ends with this line even without a terminator. {@code width} is the
     * width the text is wrapped at (0 for a text of whole-paragraph lines): there a line that goes
     * on in lower case, or that fills most of the width ("... shot a 19-year-old in the" over
     * "Capital ..."), was wrapped mid-sentence however short it is.
     */
    private boolean endsPiece(String text, int ls, int lineEnd, int width) {
        boolean wrapped = width > 0;
        int last = lastNonSpace(text, ls, lineEnd);
        char c = text.charAt(last);
        if (c == ':') {
            return true;
        }
        int next = lineEnd + 1;
        if (next >= text.length()) {
            return true;
        }
        int nextEnd = lineEnd(text, next);
        int nextStart = skipSpace(text, next, nextEnd);
        if (nextStart == nextEnd || isListItem(text, nextStart, nextEnd)) {
            return true;
        }
        boolean punctuated = Boundaries.isTerminator(c) || Boundaries.isCloser(c);
        if (punctuated) {
            return false;
        }
        if (wrapped && (Character.isLowerCase(text.charAt(nextStart)) || last - ls + 1 > width * WRAPPED_SHARE)) {
            return false;
        }
        return last - ls + 1 <= SHORT_LINE || !wrapped && unwrapped.endsUnwrappedLine(text, ls, lineEnd, nextStart);
    }

    /** Adds the trimmed piece {@code [start, end)} if it has text; returns -1 (nothing open). */
    private static int emit(String text, int start, int end, int paragraph, List<Sentence> out) {
        if (start < 0) {
            return -1;
        }
        int s = skipSpace(text, start, end);
        if (s < end) {
            int e = lastNonSpace(text, s, end) + 1;
            out.add(new Sentence(new Span(s, e), Math.max(paragraph, 0), !endsWithTerminator(text, s, e)));
        }
        return -1;
    }

    private static boolean endsWithTerminator(String text, int s, int e) {
        int k = e - 1;
        while (k > s && Boundaries.isCloser(text.charAt(k))) {
            k--;
        }
        char c = text.charAt(k);
        return Boundaries.isTerminator(c) || c == ':' || c == ';';
    }

    /** Offset of the next non-space character before a blank line, or -1. */
    private static int nextInParagraph(String text, int from) {
        int n = text.length();
        int newlines = 0;
        for (int k = from; k < n; k++) {
            char c = text.charAt(k);
            if (c == '\n') {
                if (++newlines > 1) {
                    return -1;
                }
            } else if (!Character.isWhitespace(c)) {
                return k;
            }
        }
        return -1;
    }

    /** "- item", "* item", "• item", "1. item", "2) item". */
    static boolean isListItem(String text, int ls, int lineEnd) {
        char c = text.charAt(ls);
        if ((c == '-' || c == '*' || c == '•' || c == '–' || c == '·' || c == '▪')
                && ls + 1 < lineEnd && text.charAt(ls + 1) == ' ') {
            return true;
        }
        int k = ls;
        while (k < lineEnd && k - ls < 3 && Character.isDigit(text.charAt(k))) {
            k++;
        }
        return k > ls && k + 1 < lineEnd && (text.charAt(k) == '.' || text.charAt(k) == ')')
                && text.charAt(k + 1) == ' ';
    }

    private static int lineEnd(String text, int from) {
        int e = text.indexOf('\n', from);
        return e < 0 ? text.length() : e;
    }

    private static int skipSpace(String text, int from, int limit) {
        int k = from;
        while (k < limit && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return k;
    }

    private static int lastNonSpace(String text, int from, int limit) {
        int k = limit - 1;
        while (k > from && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k;
    }
}
