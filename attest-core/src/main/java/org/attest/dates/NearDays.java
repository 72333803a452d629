package org.attest.dates;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attest.model.DateMention;
import org.attest.model.DatePrecision;

/**
 * Two readings of a year-less date the year rules must not move. A date governed by "since"
 * ("arrested since a planned rally on October 28") is behind the day of writing, whatever cue of
 * a plan its phrase holds: "since" counts from a past day. A day in the
 * {@value #DAYS_AHEAD} days after the publication ("to boycott the election on June 28",
 * written June 27) is the coming one, not last year's: a report announces its next days far more
 * often than it recalls a day almost a year back, and a dateline may even lag the day told by one.
 */
final class NearDays {
    /** Days after the publication in which a year-less day is the coming one. */
    static final int DAYS_AHEAD = 31;

    /** "since" heading the phrase that ends right before a date, with no clause break or verb of its own between. */
    private static final Pattern SINCE = Pattern.compile("(?i)\\bsince\\b([^,;:.!?()\\n]{0,60})$");
    /** A clause of its own between "since" and the date ("since they said it would march on"). */
    private static final Pattern CLAUSE = Pattern.compile("(?i)\\b(which|that|who|will|would|is|are|was|were|said|says)\\b");

    private NearDays() {}

    /** True when "since" governs the phrase the date at {@code start} closes: the date is past. */
    static boolean afterSince(String text, int start) {
        Matcher m = SINCE.matcher(text.substring(Math.max(0, start - 80), start));
        return m.find() && !CLAUSE.matcher(m.group(1)).find();
    }

    /** True when {@code m} is a day in the {@value #DAYS_AHEAD} days after {@code published}. */
    static boolean justAhead(DateMention m, LocalDate published) {
        if (m.precision() != DatePrecision.DAY || published == null) {
            return false;
        }
        LocalDate day = LocalDate.parse(m.value());
        return day.isAfter(published) && !day.isAfter(published.plusDays(DAYS_AHEAD));
    }
}
