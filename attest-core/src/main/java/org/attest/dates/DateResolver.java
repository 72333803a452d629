package org.attest.dates;

import java.util.List;
import org.attest.internal.Validate;
import org.attest.model.DateMention;
import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Sentence;
import org.attest.model.Span;

/**
 * Chooses the date of a span (an event's sentence) from a document whose dates stage has run.
 * Pure: reads the document's date mentions and sentences, changes nothing.
 *
 * <p>Order of preference:
 * <ol>
 *   <li>a resolved date mention inside the span: the most precise, the first on a tie;</li>
 *   <li>the nearest resolved mention before the span in the same paragraph;</li>
 *   <li>the document's lead date: the first resolved mention in its first two paragraphs;</li>
 *   <li>the publication date, at month precision;</li>
 *   <li>else {@code null}.</li>
 * </ol>
 * Copyright years never count: they date the site, not the report. Paragraphs come from the
 * document's sentences; without sentences, a paragraph is a block of text between blank lines.
 */
public final class DateResolver {
    private static final int LEAD_PARAGRAPHS = 2;

    private DateResolver() {}

    /** The best date for {@code span}, or {@code null} when the document gives none. */
    public static ResolvedDate resolve(Document doc, Span span) {
        Validate.notNull(doc, "doc");
        Validate.notNull(span, "span");
        DateMention best = null;
        for (DateMention m : doc.dates()) {
            if (usable(m) && span.contains(m.span())
                    && (best == null || rank(m.precision()) < rank(best.precision()))) {
                best = m;
            }
        }
        if (best != null) {
            return of(best, "in-span");
        }
        int paragraphStart = paragraphStart(doc, span.start());
        for (DateMention m : doc.dates()) {
            if (m.span().end() > span.start()) {
                break;
            }
            if (usable(m) && m.span().start() >= paragraphStart) {
                best = m;
            }
        }
        if (best != null) {
            return of(best, "paragraph");
        }
        int leadEnd = leadEnd(doc);
        for (DateMention m : doc.dates()) {
            if (m.span().start() >= leadEnd) {
                break;
            }
            if (usable(m)) {
                return of(m, "lead");
            }
        }
        if (doc.published() != null) {
            String ym = doc.published().toString().substring(0, 7);
            return new ResolvedDate(ym, DatePrecision.MONTH, "published");
        }
        return null;
    }

    private static boolean usable(DateMention m) {
        return m.value() != null && !m.rule().startsWith("copyright");
    }

    /** Smaller is more precise. */
    private static int rank(DatePrecision p) {
        return p.ordinal(); // DAY, WEEK, MONTH, YEAR, UNKNOWN
    }

    private static ResolvedDate of(DateMention m, String source) {
        return new ResolvedDate(m.value(), m.precision(), source + ":" + m.rule());
    }

    /** Where the paragraph holding {@code offset} starts. */
    static int paragraphStart(Document doc, int offset) {
        List<Sentence> sentences = doc.sentences();
        if (!sentences.isEmpty()) {
            int paragraph = -1;
            int start = 0;
            for (Sentence s : sentences) {
                if (s.span().start() > offset) {
                    break;
                }
                if (s.paragraph() != paragraph) {
                    paragraph = s.paragraph();
                    start = s.span().start();
                }
            }
            return start;
        }
        int blank = doc.text().lastIndexOf("\n\n", Math.max(0, offset - 1));
        return blank < 0 ? 0 : blank + 2;
    }

    /** The end of the document's first two paragraphs. */
    static int leadEnd(Document doc) {
        List<Sentence> sentences = doc.sentences();
        if (!sentences.isEmpty()) {
            int first = sentences.get(0).paragraph();
            int end = 0;
            for (Sentence s : sentences) {
                if (s.paragraph() >= first + LEAD_PARAGRAPHS) {
                    break;
                }
                end = s.span().end();
            }
            return end;
        }
        String t = doc.text();
        int end = 0;
        for (int k = 0; k < LEAD_PARAGRAPHS; k++) {
            int next = t.indexOf("\n\n", skipNewlines(t, end));
            if (next < 0) {
                return t.length();
            }
            end = next;
        }
        return end;
    }

    private static int skipNewlines(String t, int i) {
        while (i < t.length() && (t.charAt(i) == '\n' || t.charAt(i) == '\r')) {
            i++;
        }
        return i;
    }
}
