package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * A charge told in the passive ("Most of those detained were charged with rioting", "They were
 * charged under the security law and remanded") after the report has told arrests. It is the next
 * legal step for the people held, as custody that goes on is (see {@link ContinuingStates}), and
 * gives no event of its own. Told alone, "were charged" stays the report's `other` act, and a
 * charge with a court as subject ("a court charged two leaders") is never one of these.
 */
final class ChargesOfTheHeld {
    /** Types of the charge's hit: "were charged" is typed `other` by the lexicon. */
    private static final Set<String> TYPES = WordSets.named("held-charge-types");
    /** Auxiliaries that open a passive charge: "were", "was", "been". */
    private static final Set<String> PASSIVE = WordSets.named("held-charge-auxiliaries");
    /** Types whose telling before makes the charge one of the people held. */
    private static final Set<String> HELD = WordSets.named("held-charge-after");

    private ChargesOfTheHeld() {}

    /** Words that make a release in the perfect a state reached: "have since been released". */
    private static final Set<String> STATE = WordSets.named("held-release-state-words");

    /**
     * True for a release told as a state reached ("most of them have since been released", "11 had
     * already been released") once an event of a held type was reported: it sums up what became
     * of those held, not a release on a day of its own ("four were released on Sunday" stays).
     */
    static boolean releasedSince(List<Token> tokens, Hit h, Set<String> reported) {
        if (!TYPES.contains(h.type()) || reported.stream().noneMatch(HELD::contains) || h.last() <= h.first()
                || !tokens.get(h.first()).lower().equals("been") || !tokens.get(h.last()).lower().equals("released")) {
            return false;
        }
        for (int i = h.first() - 1; i >= 0; i--) {
            if (tokens.get(i).word()) {
                if (STATE.contains(tokens.get(i).lower())) {
                    return true;
                }
                break;
            }
        }
        return byDeadline(tokens, h.last() + 1);
    }

    /** Words after "by" that make it a time reached, not an agent: "by Saturday morning", "by nightfall". */
    private static final Set<String> DEADLINE = WordSets.named("held-release-deadlines");

    /**
     * True when "by" and a time word stand in the clause after the release: "had been released on
     * bail by Saturday morning" tells how things stood at that time, not a release on a day of its
     * own; "released by the police" names who let them go.
     */
    private static boolean byDeadline(List<Token> tokens, int from) {
        for (int k = from; k + 1 < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!t.word()) {
                return false; // the clause ends at a comma or a stop
            }
            if (t.lower().equals("by")) {
                Token next = tokens.get(k + 1);
                return next.word() && DEADLINE.contains(next.lower());
            }
        }
        return false;
    }

    /** True for a passive "were charged" hit once an event of a held type was reported. */
    static boolean of(List<Token> tokens, Hit h, Set<String> reported) {
        if (!TYPES.contains(h.type()) || reported.stream().noneMatch(HELD::contains) || h.last() <= h.first()) {
            return false;
        }
        return PASSIVE.contains(tokens.get(h.first()).lower()) && tokens.get(h.last()).lower().equals("charged")
                && !chargedOnADay(tokens, h.last()) && !chargedWithADeathToldBefore(tokens, h.last());
    }

    /** Words between "charged" and the possessive: "charged with his murder", "charged over her death". */
    private static final Set<String> CHARGE_LINKS = WordSets.named("charge-crime-links");
    /** Possessives that point back to someone the report named: "his", "her", "their". */
    private static final Set<String> POINTING_POSSESSIVES = WordSets.named("charge-pointing-possessives");
    /** Deaths one is charged with: "murder", "killing", "death". */
    private static final Set<String> DEATHS = WordSets.named("charge-deaths");

    /**
     * True when the verb goes on "with his murder" or "over her death": those charged are the ones
     * blamed for a death the report told, not the people its arrests held, so the charge is a legal
     * step of its own ("Six officers have been charged with his murder"). So is a death named right
     * after the link (other200: "three guards were charged with murder over the death"): a killing
     * is laid on them, and the people a report's arrests held are charged with what they did in the
     * street, not with a death.
     */
    private static boolean chargedWithADeathToldBefore(List<Token> tokens, int verb) {
        int k = verb + 1;
        if (k + 1 >= tokens.size() || !CHARGE_LINKS.contains(tokens.get(k).lower())) {
            return false;
        }
        return DEATHS.contains(tokens.get(k + 1).lower()) || k + 2 < tokens.size()
                && POINTING_POSSESSIVES.contains(tokens.get(k + 1).lower()) && DEATHS.contains(tokens.get(k + 2).lower());
    }

    /** Weekdays and months: "charged on Tuesday", "charged on 3 May". */
    private static final Set<String> DAYS = WordSets.named("speech-days");

    /**
     * True when "on" and a day follow the verb ("He was charged on Tuesday with ..."): the charge
     * is a step taken on a day of its own, as "four were released on Sunday" is a release.
     */
    private static boolean chargedOnADay(List<Token> tokens, int verb) {
        int k = verb + 1;
        if (k + 1 >= tokens.size() || !tokens.get(k).lower().equals("on")) {
            return false;
        }
        Token day = tokens.get(k + 1);
        return DAYS.contains(day.lower())
                || day.surface().chars().allMatch(Character::isDigit) && k + 2 < tokens.size() && DAYS.contains(tokens.get(k + 2).lower());
    }

    /** Participles that name the people a told arrest held: "those detained", "those arrested". */
    private static final Set<String> HELD_PEOPLE = WordSets.named("held-people-participles");

    /**
     * True when the sentence opens with the people a told arrest held ("Those detained were taken
     * to police stations", "Of those, 19 have been convicted") once an arrest was reported: an arrest
     * hit there is that arrest told on, whatever its date; an `other` act in a sentence with no date
     * of its own sums up what became of them, as a charge does.
     */
    static boolean ofThoseHeld(List<Token> tokens, Hit h, Set<String> reported, boolean undated) {
        // the sentence's opening word first: it rules out nearly every sentence without the stream
        if (tokens.size() < 3 || !isWord(tokens, 0, "those") && !isWord(tokens, 0, "of") || reported.stream().noneMatch(HELD::contains)) {
            return false;
        }
        boolean those = isWord(tokens, 0, "those") && tokens.get(1).word() && HELD_PEOPLE.contains(tokens.get(1).lower());
        boolean ofThose = isWord(tokens, 0, "of") && isWord(tokens, 1, "those");
        if (!those && !ofThose || h.first() <= 1) {
            return false;
        }
        return those && HELD.contains(h.type()) || undated && TYPES.contains(h.type());
    }

    private static boolean isWord(List<Token> tokens, int k, String w) {
        return k >= 0 && k < tokens.size() && tokens.get(k).word() && tokens.get(k).lower().equals(w);
    }
}
