package org.attest.dates;

import java.util.List;
import org.attest.model.DateMention;
import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Sentence;

/**
 * The month dateline of an undated report: a heading line above its body that names a place or a
 * source and then only a month ("Tehran – Resistance Units, January 2023", "Kestel, March 2021").
 * Such a line says when the report was written, as a day's dateline does, only at month
 * precision; {@link DateResolver} takes it as the report's lead date when its first paragraphs
 * give no date of that month ("the third anniversary of the death of X, who was killed on 3
 * January 2020": the report is of January 2023, not of 2020).
 */
final class MonthDatelines {
    /** Chars a place and a source may take before the month ("Tehran – Resistance Units, "). */
    private static final int NAME_CHARS = 40;

    private MonthDatelines() {}

    /**
     * The month mention of the report's month dateline, or null: a usable month-precision mention
     * that ends a heading line before the first sentence of the body, with a comma right before it
     * and a capitalised name of at most {@value #NAME_CHARS} chars opening the line. Captions
     * ("Picture: Kestel, March 2021") are no dateline: a picture may be older than the report.
     *
     * @param usable the resolver's usable mentions, in text order
     */
    static DateMention find(Document doc, List<DateMention> usable) {
        String text = doc.text();
        int k = 0;
        for (Sentence s : doc.sentences()) {
            boolean caption = doc.inBoilerplate(s.span());
            if (!s.heading() && !caption) {
                return null; // the body has begun
            }
            while (k < usable.size() && usable.get(k).span().start() < s.span().start()) {
                k++;
            }
            for (int j = k; !caption && j < usable.size() && usable.get(j).span().start() < s.span().end(); j++) {
                DateMention m = usable.get(j);
                if (m.precision() == DatePrecision.MONTH && shaped(text, s.span().start(), m.span().start(), m.span().end(), s.span().end())) {
                    return m;
                }
            }
        }
        return null;
    }

    /** True when {@code [lineStart, end)} reads "Name, Month Year" with nothing after the month. */
    private static boolean shaped(String text, int lineStart, int start, int end, int lineEnd) {
        if (!text.substring(end, lineEnd).isBlank() || start - lineStart > NAME_CHARS) {
            return false;
        }
        int i = start;
        while (i > lineStart && text.charAt(i - 1) == ' ') {
            i--;
        }
        return i - 1 > lineStart && text.charAt(i - 1) == ',' && Character.isUpperCase(text.charAt(lineStart))
                && text.substring(lineStart, i - 1).chars().noneMatch(c -> c == ':' || Character.isDigit(c));
    }
}
