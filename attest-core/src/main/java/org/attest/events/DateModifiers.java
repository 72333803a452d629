package org.attest.events;

import java.util.List;
import java.util.Set;
import org.attest.model.DateMention;
import org.attest.model.DatePrecision;

/**
 * Dates that say which event a noun means rather than when the sentence's events happened: "the
 * 2019 election", "Mozambique's October 9 election", "the nationwide protests of 2022". Such a
 * date belongs to its noun alone. Static helpers of {@link DatePass}.
 */
final class DateModifiers {
    private DateModifiers() {}

    /** The date modifies no noun: the sentence's events may take it. */
    static final int NEAREST = -1;
    /** The date modifies a noun that is no event of the sentence ("a member of the 1988 commissions"). */
    static final int NOBODY = -2;

    private static final Set<String> DURING = HashLookup.setOf("during", "amid", "throughout");

    /** Words before a dated event noun that make its date the time of the sentence too. */
    private static final int DURING_REACH = 3;

    /** True when "during", "amid" or "throughout" stands among the few words before token {@code from}. */
    static boolean duringBefore(int from, List<Token> tokens) {
        for (int k = from - 1; k >= Math.max(0, from - DURING_REACH); k--) {
            if (DURING.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Words that open a sentence on an earlier happening the sentence's acts followed: "After the 2018 election, ...". */
    private static final Set<String> OPENING_AFTER = HashLookup.setOf("after", "following");

    /** Words at most between the opening "after the" and a modifier year: "After the disputed 2018 election". */
    private static final int OPENING_REACH = 2;

    /**
     * True when the year at token {@code first} names the noun hit {@code noun} of an opening
     * "After the (one or two words) YEAR NOUN," (or "Following"): "After the disputed 2018 election,
     * soldiers opened fire on protesters, killing six". The acts of the sentence followed that
     * happening, and the year, though it is the noun's, is the best the sentence gives them: they
     * take it when nothing else dates them, rather than a later day of the report around them.
     */
    static boolean openingAfterScene(int first, int noun, List<Hit> hits, List<Token> tokens) {
        if (first < 2 || first > 2 + OPENING_REACH || !OPENING_AFTER.contains(tokens.get(0).lower())
                || !tokens.get(1).lower().equals("the")) {
            return false;
        }
        for (int k = 2; k < first; k++) {
            if (!tokens.get(k).word()) {
                return false;
            }
        }
        int end = hits.get(noun).last();
        return hits.get(noun).first() > first && end + 1 < tokens.size() && tokens.get(end + 1).surface().equals(",");
    }

    /** Words that set an act in the dated event after them: "killed in the 2022 uprising". */
    private static final Set<String> SCENE_LINKS = HashLookup.setOf("in", "during", "amid", "throughout");

    /**
     * The hit other than {@code noun} that ends right before "in" or "during" (and a determiner)
     * before the modifier date starting at token {@code first}, if any: "protesters killed in the
     * 2022 uprising", "students arrested during the 2019 protests" tell acts of that time, though
     * the sentence's other acts ("marched on Saturday carrying portraits of protesters killed in
     * the 2022 uprising") keep theirs.
     */
    static List<Integer> actInScene(int first, int noun, List<Hit> hits, List<Token> tokens) {
        int k = first - 1;
        while (k >= 0 && DateClauses.DETERMINERS.contains(tokens.get(k).lower())) {
            k--;
        }
        if (k < 1 || !SCENE_LINKS.contains(tokens.get(k).lower())) {
            return List.of();
        }
        for (int i = 0; i < hits.size(); i++) {
            if (i != noun && hits.get(i).last() == k - 1) {
                return List.of(i);
            }
        }
        return List.of();
    }

    /** Words before a possessive date ("following Wednesday's bombing") that make its noun an event apart from the sentence's. */
    private static final Set<String> APART = HashLookup.setOf("following", "after", "before", "since", "of", "against",
            "over", "despite");

    /**
     * True when the word right before the possessive date starting at token {@code first} sets its
     * noun apart from the sentence's other events: "opened fire at the scene of Wednesday's
     * bombing", "protests following Friday's killing" happened later; "arrested during Saturday's
     * march" shares its date.
     */
    static boolean separateEventBefore(int first, List<Token> tokens) {
        return first >= 1 && tokens.get(first - 1).word() && APART.contains(tokens.get(first - 1).lower());
    }

    /**
     * True when the date at tokens {@code first..last} is a possessive ("last month's") after a
     * word that sets its noun apart ("anger over last month's crash", "after Friday's ruling"):
     * the noun, no hit of the sentence, is another happening whose date that is.
     */
    static boolean possessiveOfOtherEvent(int first, int last, List<Token> tokens) {
        if (first < 0 || last < 0 || last + 1 >= tokens.size() || !tokens.get(last + 1).word()) {
            return false;
        }
        String w = tokens.get(last).lower();
        return (w.endsWith("'s") || w.endsWith("\u2019s")) && separateEventBefore(first, tokens);
    }

    /**
     * True when the date ending at token {@code last} is a year in the possessive before a noun
     * that is neither a hit nor a dropped trigger word ("this year's Nobel Peace Prize", "last
     * year's budget"): the year says which prize or budget is meant, not when the sentence's events
     * happened, so it dates none of them. "Last year's protests" still dates its own noun.
     */
    static boolean possessiveYearOfThing(DateMention d, int last, List<Hit> hits, List<Hit> dropped, List<Token> tokens) {
        if (d.precision() != DatePrecision.YEAR || last < 0 || last + 1 >= tokens.size() || !tokens.get(last + 1).word()) {
            return false;
        }
        String w = tokens.get(last).lower();
        return (w.endsWith("'s") || w.endsWith("\u2019s")) && nounAfter(last, hits) < 0 && nounAfter(last, dropped) < 0;
    }

    /** True when the date at tokens {@code first..last} modifies the noun after it ("the 1988 commissions"). */
    static boolean modifier(DateMention d, int first, int last, List<Token> tokens) {
        if (first < 1 || last < 0 || last + 1 >= tokens.size() || !tokens.get(last + 1).word()
                || !Character.isLetter(tokens.get(last + 1).surface().codePointAt(0))) {
            return false;
        }
        String before = tokens.get(first - 1).lower();
        if (first >= 2 && participle(tokens.get(first - 1)) && DateClauses.DETERMINERS.contains(tokens.get(first - 2).lower())) {
            before = tokens.get(first - 2).lower(); // "a disputed 2010 vote", "the failed 2016 coup": the year still names the noun
        }
        boolean possessive = before.endsWith("'s") || before.endsWith("\u2019s");
        // a year or month after "the" or a possessive; a day after "the" only when it opens with
        // its month ("the September 7 election"; "on the 9th of October police ..." is none)
        boolean monthFirst = Character.isLetter(tokens.get(first).surface().codePointAt(0));
        return possessive || (DateClauses.DETERMINERS.contains(before) && (d.precision() != DatePrecision.DAY || monthFirst));
    }

    /** True for a lower-case participle used as an adjective ("disputed", "contested", "failed"). */
    static boolean participle(Token t) {
        String w = t.surface();
        return t.word() && w.length() > 4 && w.endsWith("ed") && Character.isLowerCase(w.charAt(0));
    }

    /** Index of the hit whose noun starts one or two tokens after {@code last}, or -1. */
    static int nounAfter(int last, List<Hit> hits) {
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).first() == last + 1 || hits.get(i).first() == last + 2) {
                return i;
            }
        }
        return -1;
    }

    /**
     * For a date that modifies a noun ("the 2019 election", "Mozambique's October 9 election"):
     * the hit of that noun, which alone takes it, or {@link #NOBODY} when the noun is no hit
     * ("a member of the 1988 commissions"); {@link #NEAREST} for any other date. Unlike the time
     * of the sentence, such a date says which event is meant, so other hits do not share it.
     */
    static int owner(DateMention d, int first, int last, List<Hit> hits, List<Token> tokens, EventLexicon lexicon) {
        if (madeThingFrom(first, last, tokens)) {
            return NOBODY; // "jailed on Monday for online posts from 2021": which posts, not when the jailing was
        }
        if (!modifier(d, first, last, tokens)) {
            int bare = bareOwner(d, first, last, hits, tokens);
            return bare >= 0 ? bare : postposedOwner(d, first, hits, tokens);
        }
        int i = nounAfter(last, hits);
        if (i < 0) {
            i = enclosingOwner(first, last, hits, tokens, lexicon);
        }
        if (i < 0 && tallyAfter(last, tokens)) {
            return NEAREST; // "three executions took the 2024 figure to 198": the year of a count is its events'
        }
        return i >= 0 ? i : NOBODY;
    }

    /**
     * For a date before an event noun that stands inside a longer hit of the noun's type ("won the
     * March 24, 2024 election with 54 percent of the vote": "election" lies within "won ... of the
     * vote"): that hit, which names the same event; else -1.
     */
    private static int enclosingOwner(int first, int last, List<Hit> hits, List<Token> tokens, EventLexicon lexicon) {
        Token noun = tokens.get(last + 1);
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            if (h.first() < first && last + 1 < h.last() && namesType(noun, h.type(), lexicon)) {
                return i;
            }
        }
        return -1;
    }

    /** True when the lexicon has the word alone as an event noun of {@code type} ("election"). */
    private static boolean namesType(Token noun, String type, EventLexicon lexicon) {
        for (Trigger t : lexicon.words().get(noun.stem()).form(noun.lower()).triggers()) {
            if (t.words().size() == 1 && t.form() == Trigger.Form.NOUN && t.type().equals(type)) {
                return true;
            }
        }
        return false;
    }

    /** Words before a bare month or year that make it name the event noun after it: "ahead of November elections". */
    private static final Set<String> BARE_BEFORE = HashLookup.setOf("of", "for", "before", "over", "against");

    /**
     * For a month or year with no article that stands right before an event noun after a word of
     * {@link #BARE_BEFORE} ("in advance of November elections", "fears over 2027 polls"): that
     * noun's hit, which alone takes it; else -1. A day, or a month after "in" or "since" ("in
     * June protests spread"), still dates the sentence.
     */
    private static int bareOwner(DateMention d, int first, int last, List<Hit> hits, List<Token> tokens) {
        if (first < 1 || last + 1 >= tokens.size() || d.precision() == DatePrecision.DAY
                || !BARE_BEFORE.contains(tokens.get(first - 1).lower())) {
            return -1;
        }
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).first() == last + 1 && hits.get(i).trigger().form() == Trigger.Form.NOUN) {
                return i;
            }
        }
        return -1;
    }

    /** Nouns of a count whose modifier year is the time of the events counted: "the 2024 figure", "the 2023 tally". */
    private static final Set<String> TALLY_NOUNS = WordSets.named("tally-nouns");

    /** Nouns of a count that stood at some figure by a day: "by Wednesday the toll had reached 22". */
    private static final Set<String> STANDING_COUNTS = WordSets.named("by-day-counts");

    /**
     * True when the sentence tells a count ("the toll", "the number"): a day after "by" is then the
     * day the count stood, not the day of the acts counted; without one it is the day an act was done by.
     */
    static boolean tellsCount(List<Token> tokens) {
        for (Token t : tokens) {
            if (STANDING_COUNTS.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** True when the noun right after the date ending at token {@code last} is a count's: "the 2024 figure". */
    static boolean tallyAfter(int last, List<Token> tokens) {
        return last + 1 < tokens.size() && TALLY_NOUNS.contains(tokens.get(last + 1).lower());
    }

    /**
     * For a year or month after "of" right after an event noun ("the nationwide protests of 2022",
     * "the uprising of November 2019"): that noun's hit, which alone takes it; else {@link #NEAREST}.
     */
    private static int postposedOwner(DateMention d, int first, List<Hit> hits, List<Token> tokens) {
        if (first < 2 || d.precision() == DatePrecision.DAY || !tokens.get(first - 1).lower().equals("of")) {
            return NEAREST;
        }
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            if (h.last() == first - 2 && h.trigger().form() != Trigger.Form.ACT) {
                return i;
            }
        }
        return NEAREST;
    }

    /** Things made, posted or said on some day that a date after "from" picks out: "posts from 2021". */
    private static final Set<String> MADE_THINGS = WordSets.named("made-thing-nouns");
    /** Words after a "from" date that make it the start of a span instead: "from 2019 to 2021". */
    private static final Set<String> SPAN_ENDS = HashLookup.setOf("to", "until", "till", "through", "and", "-", "\u2013");

    /**
     * True when the date at tokens {@code first..last} stands after "from" right after the noun of a
     * thing made or posted ("jailed on Monday over online posts from 2021", "a speech from last
     * May"): the date says which posts or which speech are meant, not when the sentence's events
     * happened, nor when those of the next sentences did. "From 2019 to 2021" is a span.
     */
    static boolean madeThingFrom(int first, int last, List<Token> tokens) {
        if (first < 1 || last < first || last >= tokens.size()) {
            return false;
        }
        int from = tokens.get(first).lower().equals("from") ? first : first - 1; // the mention may hold its "from"
        if (from < 1 || !tokens.get(from).lower().equals("from") || !MADE_THINGS.contains(tokens.get(from - 1).lower())) {
            return false;
        }
        return last + 1 >= tokens.size() || !SPAN_ENDS.contains(tokens.get(last + 1).lower());
    }

    /** Tokens before a moved-to date within which the noun of what was moved stands. */
    private static final int MOVED_REACH = 12;

    /**
     * The nearest noun hit at most {@link #MOVED_REACH} tokens before the date starting at token
     * {@code first}: what was moved ("the vote, postponed from May to"); -1 when there is none.
     */
    static int movedNoun(int first, List<Hit> hits) {
        int best = -1;
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            if (h.trigger().form() == Trigger.Form.NOUN && h.last() < first && first - h.last() <= MOVED_REACH) {
                best = i;
            }
        }
        return best;
    }
}
