package org.attest.dates;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attest.model.DateMention;
import org.attest.model.DatePrecision;

/**
 * "The day before the election": a narrative phrase of days followed by a vote counts from the
 * day of that vote the text named earlier ("Thursday's election", "the 14 January vote", "the
 * election on Thursday"), not from the date the text told last ("Wine said on Friday ... shut down
 * the day before the election"). Static helpers of {@link DateStage}.
 */
final class VoteDays {
    private VoteDays() {}

    /** The rule ending of a mention dated from a vote's day ("election day", "the day before the vote"). */
    private static final String VOTE = "+vote";

    /** The rule ending of "the eve of", a day before what follows. */
    private static final String EVE = "-eve-of";

    /** The nouns of a vote, from {@code vote-nouns.txt}. */
    private static final Set<String> NOUNS = Set.copyOf(DateLexicon.lines("vote-nouns.txt"));

    /** Words a vote's noun may carry before it ("the disputed presidential election"). */
    private static final Pattern VOTE_AFTER = Pattern.compile(
            "^\\s+(?:the|this|that|last)\\s+((?:[a-z]+\\s+){0,2}[a-z]+)\\b");
    /** A vote's noun with no article: "in the final hours before polling". */
    private static final Pattern BARE_VOTE_AFTER = Pattern.compile("^\\s+([a-z]+)\\b");
    /** After a date: the vote it names ("Thursday's election", "the January 14 presidential election"). */
    private static final Pattern NAMES_AFTER = Pattern.compile("^(?:'s|\u2019s)?,?\\s+((?:[a-z]+\\s+){0,2}[a-z]+)\\b");
    /** Before a date: the vote it dates ("the election on Thursday", "polls held on 14 January"). */
    private static final Pattern NAMES_BEFORE = Pattern.compile("\\b([a-z]+)\\s+(?:held\\s+|took\\s+place\\s+)?on\\s+(?:the\\s+)?$");

    /**
     * The phrase {@code m} ("the day before", "two days after") counted from the day of the vote
     * that follows it, or null when no vote follows it or the text named no day of one before.
     *
     * @param mentions the mentions resolved so far, in text order
     */
    static DateMention fromVote(String text, Candidate c, DateMention m, List<DateMention> mentions) {
        if (namesVoteDay(c)) {
            // "on election day", "on polling day": the vote's own day, or none when the text named no day of one
            DateMention vote = lastVoteDay(text, mentions);
            return vote == null ? new DateMention(m.text(), m.span(), null, DatePrecision.UNKNOWN, true, c.rule() + "+no-vote")
                    : new DateMention(m.text(), m.span(), vote.value(), DatePrecision.DAY, true, c.rule() + VOTE);
        }
        // "on the eve of the vote" is the day before it
        boolean before = c.rule().endsWith("-before") || c.rule().endsWith(EVE);
        if (c.expr().unit() != DateLexicon.RelativeUnit.DAY || !before && !c.rule().endsWith("-after")
                || !(runUpPhrase(c) ? beforeVote(text, c) : voteAfter(text, c.span().end()))) {
            return null;
        }
        DateMention vote = lastVoteDay(text, mentions);
        if (vote == null) {
            return null;
        }
        int days = Math.abs(c.expr().n());
        // "the day before the election" lies before it; "the day after", "two days after" after it
        int offset = before ? -days : days;
        String value = LocalDate.parse(vote.value()).plusDays(offset).toString();
        return runUp(new DateMention(m.text(), m.span(), value, DatePrecision.DAY, true, c.rule() + VOTE), c);
    }

    /**
     * True when the phrase is a stretch of days or hours before what follows ("the days before",
     * "the final hours before"): only before a vote's noun does the text give it a day to count from;
     * "in the days before the march" names no day, and the phrase is no date.
     */
    static boolean runUpPhrase(Candidate c) {
        // "the days before", not "two days before": a count from the date told last (relative.txt)
        return c.rule().startsWith(PhraseMatcher.NARRATIVE + "the-") && c.rule().endsWith("-before")
                && (c.rule().contains("-days-") || c.rule().contains("-hours-"));
    }

    /** True when a vote's noun follows the phrase: "the days before the vote", "the hours before polling". */
    static boolean beforeVote(String text, Candidate c) {
        Matcher bare = BARE_VOTE_AFTER.matcher(tail(text, c.span().end()));
        return voteAfter(text, c.span().end()) || bare.find() && NOUNS.contains(bare.group(1));
    }

    /**
     * The run-up phrase {@code d} told by the month of the vote's eve: its acts fell on some of the
     * days before the vote, not all on its eve. Any other phrase is returned as it is.
     */
    static DateMention runUp(DateMention d, Candidate c) {
        if (!runUpPhrase(c) || d.value() == null || d.precision() != DatePrecision.DAY) {
            return d;
        }
        return new DateMention(d.text(), d.span(), d.value().substring(0, 7), DatePrecision.MONTH, d.relative(), d.rule());
    }

    /** True when the phrase is a vote's noun and "day": "election day", "polling day" (rule "narrative-election-day"). */
    private static boolean namesVoteDay(Candidate c) {
        String[] words = c.rule().substring(c.rule().indexOf('-') + 1).split("-");
        return c.expr().unit() == DateLexicon.RelativeUnit.DAY && c.expr().n() == 0
                && words.length == 2 && words[1].equals("day") && NOUNS.contains(words[0]);
    }

    /**
     * The latest mention, of those resolved so far, that names the day of a vote ("Thursday's election"), or null.
     * A day counted from the vote ("on the eve of the vote", "two days after the election") names another day.
     */
    private static DateMention lastVoteDay(String text, List<DateMention> mentions) {
        for (int k = mentions.size() - 1; k >= 0; k--) {
            DateMention d = mentions.get(k);
            boolean offset = d.rule().endsWith(VOTE) && !d.rule().endsWith("-day" + VOTE);
            if (d.value() != null && d.precision() == DatePrecision.DAY && !offset && namesVote(text, d)) {
                return d;
            }
        }
        return null;
    }

    /** True when a vote's noun follows the phrase ending at {@code end}: "the day before the election". */
    private static boolean voteAfter(String text, int end) {
        Matcher after = VOTE_AFTER.matcher(tail(text, end));
        return after.find() && holdsNoun(after.group(1));
    }

    /**
     * True when one of the words (up to three, the noun and the words it carries before it) is a
     * vote's noun: "presidential election", "vote". Each is tried: a lazy match of the words before
     * the noun stopped at the first word ("presidential") and missed the noun after it.
     */
    private static boolean holdsNoun(String words) {
        for (String w : words.split("\\s+")) {
            if (NOUNS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** True when the mention names the day of a vote: "Thursday's election", "the election on Thursday". */
    static boolean namesVote(String text, DateMention d) {
        Matcher after = NAMES_AFTER.matcher(tail(text, d.span().end()));
        if (after.find() && holdsNoun(after.group(1))) {
            return true;
        }
        int from = Math.max(0, d.span().start() - 40);
        Matcher before = NAMES_BEFORE.matcher(text.substring(from, d.span().start()).toLowerCase(Locale.ROOT));
        return before.find() && NOUNS.contains(before.group(1));
    }

    private static String tail(String text, int from) {
        return text.substring(from, Math.min(text.length(), from + 50)).toLowerCase(Locale.ROOT);
    }
}
