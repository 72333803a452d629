package org.attest.dates;

import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * The labels of a page's machine stamp ("date 2023-03-14 ...", "Published: 2022-11-02 ...") from
 * {@code stamp-labels.txt}, as one regular-expression alternation. The clean stage reads a full
 * stamp as the publication day, the dates stage a month-only one as a month: one list to review.
 */
public final class StampLabels {
    /** {@code (?:date|published|...)}, words of a label separated by any white space. */
    public static final String ALTERNATION = alternation();

    private StampLabels() {}

    private static String alternation() {
        StringJoiner labels = new StringJoiner("|", "(?:", ")");
        for (String label : DateLexicon.lines("stamp-labels.txt")) {
            labels.add(Pattern.quote(label).replace(" ", "\\E\\s+\\Q"));
        }
        return labels.toString();
    }
}
