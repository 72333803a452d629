package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * Participant nouns ("protester", "demonstrators") that name people rather than report a protest:
 * a possessive ("the doctor who tried to save the protester's life", "set fire to demonstrators'
 * tents"), a label before a name in commas ("Another protester, Josefa Terri, deplored ..."),
 * people set free ("the military said it would release 2,342 protestors"), the targets of a
 * crackdown ("a crackdown by security forces against protesters"), people counted as dead
 * ("reported four protesters dead") and the dead a death noun counts ("deaths of marchers"): what is done to them,
 * or whose thing it is, is the sentence's news. Static helpers of {@link NegationPass}.
 */
final class PersonNouns {
    private PersonNouns() {}

    /** Verbs and nouns of setting people free: "release 2,342 protestors", "the release of the students". */
    private static final Set<String> FREEING = WordSets.named("freeing-words");
    /** Words between a freeing word and the people it frees: "release of the 40 detained". */
    private static final int FREEING_REACH = 4;
    /** Capitalised words a name in commas may hold. */
    private static final int NAME_WORDS = 4;

    /** True when a participant noun names people: possessive, a label before a name, or people set free. */
    static boolean namesPeople(List<Token> tokens, Hit h) {
        return h.trigger().form() == Trigger.Form.PERSON && (possessive(tokens, h) || labelBeforeName(tokens, h) || freed(tokens, h)
                || cracked(tokens, h) || harmed(tokens, h) || speaking(tokens, h) || QuotedParticipants.speaker(tokens, h)
                || dead(tokens, h) || represented(tokens, h));
    }

    /** Verbs of a lawyer's or advocate's work whose object names clients: "who has defended workers and protesters". */
    private static final Set<String> REPRESENTING = WordSets.named("representing-words");
    /** Words allowed between such a verb and the participants: "defended workers and protesters". */
    private static final int REPRESENTED_BETWEEN = 3;

    /**
     * True when the participants are whom someone defends or represents ("a lawyer who has
     * defended workers and protesters", "represents detained demonstrators"): they describe the
     * advocate's clients, no protest of theirs is told.
     */
    private static boolean represented(List<Token> tokens, Hit h) {
        for (int k = h.first() - 1, words = 0; k >= 0 && words <= REPRESENTED_BETWEEN; k--, words++) {
            Token t = tokens.get(k);
            if (!t.word()) {
                return false; // a comma ends the phrase
            }
            if (REPRESENTING.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** Nouns of death whose "of" names the dead: "52 deaths of marchers". */
    private static final Set<String> DEATHS = WordSets.named("death-nouns");
    /** Nouns of seizing people whose "of" names those seized: "21 abductions of protesters". */
    private static final Set<String> SEIZURES = WordSets.named("seizure-nouns");
    /** Words allowed between "of" and the participants: "the deaths of two young protesters". */
    private static final int DEAD_BETWEEN = 3;

    /**
     * True when the participants are the dead a death noun counts ("the commission counted 52
     * deaths of marchers", "the killing of two demonstrators"), or those a noun of seizing counts
     * ("recorded 21 abductions of protesters"): the deaths or seizures are the news, no protest of
     * theirs is told.
     */
    private static boolean dead(List<Token> tokens, Hit h) {
        for (int k = h.first() - 1, words = 0; k >= 1 && words <= DEAD_BETWEEN; k--, words++) {
            Token t = tokens.get(k);
            if (!t.word()) {
                return false; // a comma ends the phrase
            }
            if (t.lower().equals("of")) {
                Token before = tokens.get(k - 1);
                return before.word() && (DEATHS.contains(before.lower()) || SEIZURES.contains(before.lower()));
            }
        }
        return false;
    }

    /** Words right after participants that count them as victims: "reported four protesters dead". */
    private static final Set<String> HARMED = WordSets.named("harmed-after");

    /**
     * True when a word of death follows the participants at once ("reported four protesters dead",
     * "left two demonstrators dead"): they are counted as victims, no protest of theirs is told.
     */
    private static boolean harmed(List<Token> tokens, Hit h) {
        int next = h.last() + 1;
        return next < tokens.size() && tokens.get(next).word() && HARMED.contains(tokens.get(next).lower());
    }

    /** Reporting verbs that, right after participants opening the sentence, make them its speakers. */
    private static final Set<String> SPEAKING = WordSets.named("speaking-after");
    /** Words that may stand before speaking participants at the start of a sentence. */
    private static final Set<String> OPENING_WORDS = Set.of("some", "the", "many", "several");

    /** Conjunctions that, after a comma, open a clause of its own: "..., but some marchers told us ...". */
    private static final Set<String> CLAUSE_CONJUNCTIONS = Set.of("and", "but");

    /**
     * True when participants open the sentence, at most after one of {@link #OPENING_WORDS} ("Some"), and a
     * reporting verb follows them at once: "Protesters said the water contained irritants" gives
     * their word, no protest of its own. A clause opened by a comma and "and" or "but" counts as
     * the sentence's start ("The region flooded in 2019, but some marchers told us the aid never
     * came"): its subject speaks as well.
     */
    private static boolean speaking(List<Token> tokens, Hit h) {
        int next = h.last() + 1;
        int start = h.first() >= 1 && tokens.get(h.first() - 1).word() && OPENING_WORDS.contains(tokens.get(h.first() - 1).lower())
                ? h.first() - 1 : h.first();
        boolean opens = start == 0 || start >= 2 && tokens.get(start - 1).word()
                && CLAUSE_CONJUNCTIONS.contains(tokens.get(start - 1).lower()) && tokens.get(start - 2).surface().equals(",");
        return opens && next < tokens.size() && tokens.get(next).word() && SPEAKING.contains(tokens.get(next).lower());
    }

    private static boolean possessive(List<Token> tokens, Hit h) {
        String last = tokens.get(h.last()).surface();
        if (last.endsWith("'s") || last.endsWith("\u2019s")) {
            return true;
        }
        int next = h.last() + 1;
        return next < tokens.size() && (tokens.get(next).surface().equals("'") || tokens.get(next).surface().equals("\u2019"))
                && tokens.get(h.last()).lower().endsWith("s")
                && next + 1 < tokens.size() && tokens.get(next + 1).word(); // "demonstrators' tents", not a closing quote
    }

    private static boolean labelBeforeName(List<Token> tokens, Hit h) {
        int k = h.last() + 1;
        if (k >= tokens.size() || !tokens.get(k).surface().equals(",")) {
            return false;
        }
        int names = 0;
        for (k++; k < tokens.size() && tokens.get(k).word() && tokens.get(k).capitalised(); k++) {
            names++;
        }
        return names >= 2 && names <= NAME_WORDS && k < tokens.size() && tokens.get(k).surface().equals(",");
    }

    /** Nouns of repression whose "on"/"against" names its targets: "a crackdown on protesters". */
    private static final Set<String> CRACKDOWNS = WordSets.named("crackdown-nouns");
    private static final Set<String> TARGET_LINKS = Set.of("on", "against");

    /**
     * True when the participants are the target of a crackdown, within {@link #FREEING_REACH}
     * words: "killed in a two-day crackdown by security forces against protesters" tells the
     * killing; the people it targeted are named, no protest of theirs.
     */
    private static boolean cracked(List<Token> tokens, Hit h) {
        boolean link = false;
        for (int k = h.first() - 1, words = 0; k >= 0 && words < FREEING_REACH + 4; k--) {
            Token t = tokens.get(k);
            if (!t.word()) {
                if (t.surface().equals(",") || t.surface().equals(".") || t.surface().equals(";")) {
                    return false;
                }
                continue;
            }
            words++;
            link |= TARGET_LINKS.contains(t.lower());
            if (link && CRACKDOWNS.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean freed(List<Token> tokens, Hit h) {
        for (int k = h.first() - 1, words = 0; k >= 0 && words < FREEING_REACH; k--) {
            Token t = tokens.get(k);
            if (!t.word()) {
                if ((t.surface().equals(",") || t.surface().equals(".")) && !insideNumber(tokens, k)) {
                    return false;
                }
                continue;
            }
            words++;
            if (FREEING.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** True when the mark at {@code k} stands between two digits: "2,342", "1.5". */
    private static boolean insideNumber(List<Token> tokens, int k) {
        return k >= 1 && k + 1 < tokens.size() && digit(tokens.get(k - 1)) && digit(tokens.get(k + 1))
                && tokens.get(k - 1).end() == tokens.get(k).start() && tokens.get(k).end() == tokens.get(k + 1).start();
    }

    /** True when the token starts or ends with a digit. */
    private static boolean digit(Token t) {
        String s = t.surface();
        return !s.isEmpty() && (Character.isDigit(s.charAt(0)) || Character.isDigit(s.charAt(s.length() - 1)));
    }
}
