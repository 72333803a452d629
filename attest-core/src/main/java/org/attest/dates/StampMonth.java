package org.attest.dates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page stamp that gives only the month: "date 2023-04 Riot police ..." at the very start
 * of a text. The clean stage reads a full stamp ("date 2023-04-15") as the publication day; a
 * month-only stamp cannot be a day, but it still dates the report to its month, so it is read
 * as a month mention. Elsewhere "2011-12" is as likely a span of years ("the 2011-12 season")
 * and stays unread. The labels are the clean stage's {@code stamp-labels.txt}: one list to review.
 */
final class StampMonth {
    private static final String LABELS = "/org/attest/clean/stamp-labels.txt";
    private static final int MONTHS = 12;
    private static final Pattern STAMP = compile();

    private StampMonth() {
    }

    /** The month of a "YYYY-MM" stamp whose year is the digit run [s, e), or null. */
    static Candidate match(String t, int s, int e) {
        if (e - s != 4 || e + 3 > t.length() || t.charAt(e) != '-') {
            return null;
        }
        int m2 = e + 3;
        if (!TextScan.isDigit(t.charAt(e + 1)) || !TextScan.isDigit(t.charAt(e + 2))
                || m2 < t.length() && (TextScan.isDigit(t.charAt(m2)) || t.charAt(m2) == '-' || TextScan.isLetter(t.charAt(m2)))) {
            return null;
        }
        int year = TextScan.value(t, s, e);
        int month = TextScan.value(t, e + 1, m2);
        if (year < NumberMatcher.MIN_BARE_YEAR || year > NumberMatcher.MAX_BARE_YEAR || month < 1 || month > MONTHS) {
            return null;
        }
        Matcher m = STAMP.matcher(t).region(0, s);
        if (!m.matches()) {
            return null;
        }
        return new Candidate(s, m2, DateExpr.gregorian(year, month, 0, null), "stamp-month");
    }

    private static Pattern compile() {
        StringJoiner labels = new StringJoiner("|", "(?:", ")");
        try (InputStream in = StampMonth.class.getResourceAsStream(LABELS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + LABELS);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    labels.add(Pattern.quote(l).replace(" ", "\\E\\s+\\Q"));
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + LABELS, ex);
        }
        return Pattern.compile("\\s*" + labels + "\\s*:?\\s+", Pattern.CASE_INSENSITIVE);
    }
}
