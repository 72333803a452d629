package org.attest.events;

import java.util.List;
import java.util.Set;
import org.attest.model.DateMention;

/**
 * A post's reach told by a day: "launched a campaign on Saturday under the hashtag #X, which was
 * used 15,000 times by Monday morning". The day after "by" is when the count stood, not when the
 * campaign began, which the day told before it gives. With no such earlier day ("a hashtag was
 * shared 40,000 times by Friday evening") the count's day is the best the sentence offers and dates
 * the act as usual. For {@link DatePass}.
 */
final class ShareCounts {
    /** Words of how often a post was shared: "15,000 times" ({@code word-sets.tsv}). */
    private static final Set<String> SHARE_WORDS = WordSets.named("by-day-shares");

    private ShareCounts() {
    }

    /**
     * True when {@code d}, starting at token {@code first} right after "by", is the day a share count
     * stood and an earlier date of the sentence ({@code earlier}, null when none) follows a hit: that
     * earlier date is the act's own ("On Thursday, ... a hashtag was shared ... by Friday" tells none).
     */
    static boolean countedAfterOwnDay(DateMention d, DateMention earlier, int first, List<Hit> hits, List<Token> tokens) {
        if (earlier == null || first < 1 || !tokens.get(first - 1).lower().equals("by")) {
            return false;
        }
        boolean counted = false;
        for (int i = first - 2; i >= 0 && !counted; i--) {
            counted = SHARE_WORDS.contains(tokens.get(i).lower()); // bounded by the sentence's own tokens
        }
        if (!counted) {
            return false;
        }
        for (Hit h : hits) {
            if (h.end() <= earlier.span().start()) {
                return earlier.span().end() <= d.span().start(); // an act told, then its day, then the count's
            }
        }
        return false;
    }
}
