package org.attest.quantities;

import java.util.ArrayList;
import java.util.List;
import org.attest.model.Document;
import org.attest.model.Sentence;
import org.attest.model.Span;

/**
 * The spans within which a quantity is read: a unit or qualifier never crosses a context's
 * edge. These are the document's sentences when it has them; text outside every sentence, or
 * the whole text of a document without sentences, is cut into lines and then at sentence ends
 * (". " before an upper-case letter or a quote).
 */
final class Contexts {
    private Contexts() {}

    /** Non-overlapping spans in text order covering the text. */
    static List<Span> of(Document doc) {
        String text = doc.text();
        List<Span> out = new ArrayList<>();
        int pos = 0;
        List<Sentence> sentences = new ArrayList<>(doc.sentences());
        sentences.sort((a, b) -> a.span().compareTo(b.span()));
        for (Sentence s : sentences) {
            Span span = s.span();
            if (span.start() < pos || span.end() > text.length()) {
                continue; // overlapping or out of range: the gap filling below still covers the text
            }
            lines(text, pos, span.start(), out);
            out.add(span);
            pos = span.end();
        }
        lines(text, pos, text.length(), out);
        return out;
    }

    /** Adds the lines of [from, to), each cut at sentence ends. */
    static void lines(String text, int from, int to, List<Span> out) {
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean cut = c == '\n' || c == '\r';
            if (!cut && (c == '.' || c == '!' || c == '?') && sentenceEnd(text, i, to)) {
                add(out, start, i + 1);
                start = i + 1;
                continue;
            }
            if (cut) {
                add(out, start, i);
                start = i + 1;
            }
        }
        add(out, start, to);
    }

    private static boolean sentenceEnd(String text, int i, int to) {
        int j = i + 1;
        if (j >= to || !Tokenizer.isSpace(text.charAt(j))) {
            return false;
        }
        while (j < to && Tokenizer.isSpace(text.charAt(j))) {
            j++;
        }
        if (j >= to) {
            return false;
        }
        char n = text.charAt(j);
        // "U.S. officials": a single capital before the dot is an initial, not a sentence end
        if (text.charAt(i) == '.' && i >= 1 && Character.isUpperCase(text.charAt(i - 1))
                && (i < 2 || !Character.isLetter(text.charAt(i - 2)))) {
            return false;
        }
        // not before a digit: "No. 7", "Art. 5" are far more common than a sentence opening with one
        return Character.isUpperCase(n) || n == '"' || n == '\u201c';
    }

    private static void add(List<Span> out, int start, int end) {
        if (end > start) {
            out.add(new Span(start, end));
        }
    }
}
