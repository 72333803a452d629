package org.attest.events;

import java.util.List;
import java.util.Set;
import org.attest.model.DateMention;

/**
 * Where a report's election (a one-per-report type) lands. A mention that tells the vote ("Iran
 * held its parliamentary elections on Friday", "Kazakhs voted on Sunday", "turnout was 41
 * percent", "counting is underway", "won a second term") is told apart from one that only names it
 * as a reason, a time or the object of a claim ("protests over alleged rigging in last month's
 * election", "a week ahead of the elections", "does not recognise the results of the October
 * elections").
 *
 * <p>A sentence that tells the vote ("polls closed at six", "turnout stood at 60 percent") is an
 * election of its own unless a vote of its very date was told before: then it is that vote's
 * detail, folded into it ({@link #sameVote}; until retold190 every telling counted, as the
 * annotators of earlier sets had marked them, where those of ev190-ev196 marked none of the day's
 * figures told again). A report that only names its election (a protest report "after the disputed
 * election") has it marked at its first naming, which a later telling leaves in place (the
 * annotators keep the lead's "gains in the parliamentary elections" beside the results told
 * after it). A naming after the report's election was given adds no second one, whatever its sentence's date
 * (the date of a naming is often its sentence's other event's: "a rally on Friday, a week ahead of
 * the elections"), unless the date is its noun's own ("the 2019 election, which the opposition
 * boycotted"). One instance per document.
 */
final class VoteMentions {
    /** {@link #settle}'s answer for a mention that gives no event. */
    static final int NO_EVENT = -2;

    /** Words that, near the mention, tell the vote itself: held, took place, voters, turnout, counting. */
    private static final TokenSet TELLING = TokenSet.named("vote-telling");

    /** How many tokens either side of the mention a telling word is looked for. */
    static final int WINDOW = 8;

    private final Retellings retellings;

    /** @param retellings the document's told events, which records of namings point into */
    VoteMentions(Retellings retellings) {
        this.retellings = retellings;
    }

    /**
     * True when the hit tells the vote: an action phrase of the lexicon ("went to the polls",
     * "re-elected"), or a telling word within {@value #WINDOW} tokens of it or inside it
     * ("voter turnout", "polling stations").
     */
    static boolean tells(List<Token> tokens, Hit h) {
        if (h.trigger().action()) {
            return true;
        }
        int from = Math.max(0, h.first() - WINDOW);
        int to = Math.min(tokens.size() - 1, h.last() + WINDOW);
        for (int i = from; i <= to; i++) {
            Token t = tokens.get(i);
            if (t.word() && TELLING.has(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the hit or another of its type in the sentence tells the vote: in "The previous
     * election, in May 2019, drew 42 percent of voters" the dates stand by the naming, which alone
     * gets dated, while its figures tell the turnout.
     */
    static boolean tellsInSentence(List<Token> tokens, List<Hit> hits, Hit h) {
        if (tells(tokens, h)) {
            return true;
        }
        for (Hit o : hits) {
            if (o != h && o.type().equals(h.type()) && tells(tokens, o)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the record at {@code first} (-1 for none) is an election of this very date: the
     * day's vote told again (or a naming of it, which the telling then dates and places). Two dates that only share a month or a year ("May 2025"
     * after "December 2024", "2021" after "2021-06") are not enough unless they are the same string.
     */
    boolean sameVote(int first, String date) {
        return first >= 0 && date != null && retellings.toldOn(first, date);
    }

    /** Words before a naming that make it the object of a claim: "a petition against the re-election". */
    private static final Set<String> CLAIMED = Set.of("against", "over", "challenging", "contesting", "annul", "annulling");

    /**
     * True when a naming is a town's vote the report had not given: "In nearby Kelmar, where
     * elections were also disputed, ..." or "the count of the municipal election in Kelmar", at a
     * town or province no told election had, and not the object of a claim ("a petition against the
     * re-election of the governor of Kelmar").
     */
    boolean elsewhere(String type, List<Token> tokens, Hit h, List<Integer> placeIndexes) {
        for (int i = Math.max(0, h.first() - 3); i < h.first(); i++) {
            if (tokens.get(i).word() && CLAIMED.contains(tokens.get(i).lower())) {
                return false;
            }
        }
        return retellings.newPlace(Set.of(type), placeIndexes) || scheduled(tokens, h);
    }

    /** Words right after a naming that give its own coming day: "the election scheduled for February". */
    private static final Set<String> SCHEDULED = Set.of("scheduled", "set", "due", "slated", "planned");

    /** Forms of "be" that make a word of {@link #SCHEDULED} the naming's predicate: "a second round of these elections ... is set for". */
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been");

    /** How far after the naming a predicate of {@link #SCHEDULED} is looked for. */
    private static final int SCHEDULED_REACH = 8;

    /**
     * True when a word of {@link #SCHEDULED} follows the naming within two tokens ("the election
     * scheduled for February"), or as its predicate after a form of "be" within {@value
     * #SCHEDULED_REACH} tokens ("a second round of these elections, in 400 more councils, is set for
     * July 20", prot210): a vote with a day of its own.
     */
    private static boolean scheduled(List<Token> tokens, Hit h) {
        int end = Math.min(tokens.size(), h.last() + 1 + SCHEDULED_REACH);
        for (int i = h.last() + 1; i < end; i++) {
            Token t = tokens.get(i);
            boolean near = i < h.last() + 3;
            if (t.word() && SCHEDULED.contains(t.lower()) && (near || BE.contains(tokens.get(i - 1).lower()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a date of the sentence belongs to hit {@code i}'s noun alone ("the 2019 election",
     * "Mozambique's October 9 election"): it says which election is meant, so a naming of another
     * date is another election, not the report's told with its sentence's date.
     */
    static boolean datedByName(DatePass.Plan plan, int i) {
        if (i < 0) {
            return false;
        }
        for (DateMention d : plan.attached().get(i)) {
            if (!plan.free().contains(d)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a body mention of a one-per-report type goes: the record it tells again ({@code first},
     * as {@link Retellings#pointedTo} found it), -1 for a new event, or {@link #NO_EVENT} for a
     * naming with no date of its own after an event of the type was given that it does not tell
     * again.
     *
     * <p>A telling of the vote on the date of the vote told before is that vote again ({@link
     * #sameVote}): "Voters went to the polls on Saturday ..." then "Turnout stood at 22.3%", "The
     * ruling party's candidate won the seat with 8,912 votes", "polling opened late at a third of the
     * stations". Results, turnout and the conduct of the day are the told vote's details, however many
     * towns voted that day. A telling of another date ("Turnout in the 2019 election was 38 percent"
     * after this year's) is another vote, and so is the first telling after a naming.
     *
     * @param date  the mention's date (may be null)
     * @param named true when the mention only names the event ({@link #tells} is false)
     * @param own   true when its date is its noun's own ({@link #datedByName})
     */
    int settle(String type, String date, boolean named, boolean own, int first, boolean elsewhere) {
        if (!named) {
            return sameVote(first, date) ? first : -1;
        }
        if (elsewhere && first >= 0 && date != null && !sameVote(first, date)) {
            // a general election "due in 2027" after a local vote told: a vote of its own day
            return -1;
        }
        return !own && !elsewhere && first < 0 && retellings.told(type) ? NO_EVENT : first;
    }
}
