package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * The shapes of a trigger's noun phrase that say whether it names an event already told or a new
 * one, for {@link Guards#refersBack}: a reduced relative of people ("the five prisoners executed in
 * the city") names them by an event told before; "of" with a name, a number or an indefinite
 * article ("the arrest of a teacher") or a count after a linking word ("the toll rose to 50") makes
 * a new mention.
 */
final class MentionShapes {
    private MentionShapes() {}

    /** Words that open what follows a reduced relative's participle: a place, a manner or a time. */
    private static final Set<String> AFTER_PARTICIPLE = Set.of("in", "at", "on", "publicly", "last", "earlier",
            "yesterday", "today");
    /** Number words that may stand between "the" and the people of a reduced relative. */
    private static final Set<String> NUMBER_WORDS = Set.of("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve");

    /**
     * True when a one-word participle trigger is a reduced relative of a definite noun of people
     * ("the two prisoners hanged in public are ...", "the five prisoners executed in Bandar Abbas
     * were sentenced ..."): it names who the people are by an event already told, as "the
     * execution" would, and is no new one. A verb with an object ("the guards executed two men")
     * has no preposition after it.
     */
    static boolean reducedRelative(List<Token> tokens, Hit hit) {
        int p = hit.first();
        if (p != hit.last() || p < 2 || p + 1 >= tokens.size() || !tokens.get(p).lower().endsWith("ed")
                || !tokens.get(p + 1).word() || !AFTER_PARTICIPLE.contains(tokens.get(p + 1).lower())) {
            return false;
        }
        Token noun = tokens.get(p - 1);
        String n = noun.lower();
        if (!noun.word() || noun.capitalised() || !(n.endsWith("s") && !n.endsWith("ss") || n.equals("men")
                || n.equals("women") || n.equals("people"))) {
            return false;
        }
        int d = p - 2;
        if (d >= 1 && tokens.get(d).word() && (NUMBER_WORDS.contains(tokens.get(d).lower())
                || Character.isDigit(tokens.get(d).lower().charAt(0)))) {
            d--;
        }
        String det = tokens.get(d).lower();
        return tokens.get(d).word() && (det.equals("the") || det.equals("these") || det.equals("those"));
    }

    /** Pronouns that, as the subject of a trigger after "was"/"were", name people the report has spoken of. */
    private static final Set<String> KNOWN_PEOPLE = Set.of("he", "she", "they");
    /** Determiners that, before a count, point back to people counted before: "the two activists". */
    private static final Set<String> BACK_DETERMINERS = Set.of("the", "these", "those");
    /** Words of "be" before a passive participle or a progressive. */
    private static final Set<String> PASSIVE_BE = Set.of("was", "were", "been");

    /**
     * True when a trigger verb after "was", "were" or "had been" has for subject a pronoun
     * ("minutes later, he was arrested", "they were protesting against the plan") or a counted
     * definite ("the two activists were killed in ..."): the people were met before, and so, as a
     * rule, was what they did or what befell them. A date of the sentence's own still makes it an
     * event (the caller checks that).
     */
    static boolean knownSubject(List<Token> tokens, Hit hit) {
        int p = hit.first();
        if (p < 2 || !tokens.get(p - 1).word() || !PASSIVE_BE.contains(tokens.get(p - 1).lower())) {
            return false;
        }
        int s = p - 2;
        if (tokens.get(p - 1).lower().equals("been") && s >= 1 && tokens.get(s).word()
                && (tokens.get(s).lower().equals("had") || tokens.get(s).lower().equals("have"))) {
            s--;
        }
        s = beforeAppositive(tokens, s);
        Token subject = tokens.get(s);
        if (!subject.word()) {
            return false;
        }
        if (KNOWN_PEOPLE.contains(subject.lower())) {
            return true;
        }
        // "the two activists", "the 12 men", "those three students": a noun, at most one word before it, a count, the determiner
        for (int k = s - 1, words = 0; k >= 0 && words < 2 && tokens.get(k).word(); k--, words++) {
            Token t = tokens.get(k);
            if ((NUMBER_WORDS.contains(t.lower()) || digits(t)) && k >= 1 && tokens.get(k - 1).word()
                    && BACK_DETERMINERS.contains(tokens.get(k - 1).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Tokens an appositive between a subject and its verb may hold: "the three men, identified as A, B and C, were hanged". */
    private static final int APPOSITIVE_REACH = 30;
    /** Lower-case words an appositive of names may hold: "identified as A, B and C". */
    private static final Set<String> APPOSITIVE_WORDS = WordSets.named("appositive-words");

    /**
     * The last token of the subject when an appositive of names ends at {@code s} ("the three men,
     * identified as A, B, and C were ...", "the two teachers, Sara Karimi and Omid Rahimi, were
     * ..."), else {@code s}: the comma that opens it follows a lower-case word.
     */
    private static int beforeAppositive(List<Token> tokens, int s) {
        for (int k = s; k >= 1 && k >= s - APPOSITIVE_REACH; k--) {
            Token t = tokens.get(k);
            if (!t.word() && t.surface().equals(",") && k < s && tokens.get(k - 1).word()
                    && !tokens.get(k - 1).capitalised()) {
                return k - 1;
            }
            boolean name = t.word() && (t.capitalised() || APPOSITIVE_WORDS.contains(t.lower()) || digits(t));
            if (!name && !(!t.word() && (t.surface().equals(",") || t.surface().equals("(") || t.surface().equals(")")))) {
                return s;
            }
        }
        return s;
    }

    /** Words that open an attribution of words to a speaker: "in a statement", "on social media". */
    private static final TokenSet FRAME_PREPOSITIONS = TokenSet.named("frame-prepositions");

    /**
     * True when the hit is an attribution that opens with a preposition ("... congratulated the
     * winner in a statement"): a phrase of its own, so the determiner of the noun before it ("the
     * winner") governs no noun of the hit, and it points back to no statement told before.
     */
    static boolean prepositionalFrame(List<Token> tokens, Hit hit) {
        return hit.trigger().frame() && tokens.get(hit.first()).word() && FRAME_PREPOSITIONS.has(tokens.get(hit.first()));
    }

    /**
     * Words that bring new people after "of": "the execution of two prisoners", "the arrest of a
     * teacher" tell of other people than the events before, so of a new event.
     */
    private static final Set<String> NEW_PEOPLE = Set.of("a", "an", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "several", "dozens", "hundreds", "thousands");

    /**
     * True when "of" and a name, a number or an indefinite article follow the trigger noun: "the
     * death in custody of Mahsa Amini", "the arrest of Narges Mohammadi", "the execution of two
     * prisoners" say which event they mean, as a new mention would.
     */
    static boolean namesItsOwn(List<Token> tokens, Hit hit) {
        int k = ofAt(tokens, hit);
        if (k < 0) {
            return counted(tokens, hit.last());
        }
        k++;
        return k < tokens.size() && (tokens.get(k).word() && (tokens.get(k).capitalised()
                || NEW_PEOPLE.contains(tokens.get(k).lower())) || digits(tokens.get(k)));
    }

    /** True when the token opens with a digit: a count ("12"), not a word. */
    private static boolean digits(Token t) {
        return !t.surface().isEmpty() && Character.isDigit(t.surface().charAt(0));
    }

    /**
     * The "of" that ends the hit, follows it, or stands right after its first word ("the death of
     * ... in custody"); -1 when there is none.
     */
    private static int ofAt(List<Token> tokens, Hit hit) {
        for (int k : new int[] {hit.last(), hit.last() + 1, hit.first() + 1}) {
            if (k < tokens.size() && k <= hit.last() + 1 && tokens.get(k).lower().equals("of")) {
                return k;
            }
        }
        return -1;
    }

    /** Words that tie a count to the noun before it: "the death toll at 473", "the toll rose to 50". */
    private static final Set<String> COUNT_LINKS = Set.of("at", "to", "of", "reached", "rose", "stood", "stands", "climbed");

    /**
     * True when a count follows the hit through a linking word: "placed the death toll at 473",
     * "the toll rose to 50" report a new figure, not the event told before. A date ("the rally on
     * 21 May") is no count.
     */
    private static boolean counted(List<Token> tokens, int last) {
        int k = last + 1;
        for (int links = 0; k < tokens.size() && links < 2 && COUNT_LINKS.contains(tokens.get(k).lower()); links++) {
            k++;
        }
        return k > last + 1 && k < tokens.size() && digits(tokens.get(k));
    }

    /** Days whose possessive names an event by the day it was told of: "Monday's protests". */
    private static final Set<String> BACK_DAYS = WordSets.named("back-days");

    /**
     * True when a day's possessive stands right before the trigger noun ("Monday's protests were
     * unlicensed", "Friday's election"): once an event of the type was told, it names that event by
     * its day, as "the protests" would, and the day dates the old event, not a new one.
     */
    static boolean dayPossessive(List<Token> tokens, Hit hit) {
        int k = hit.first() - 1;
        if (k < 0 || !tokens.get(k).word()) {
            return false;
        }
        String w = tokens.get(k).lower();
        if (w.endsWith("'s") || w.endsWith("\u2019s")) {
            return BACK_DAYS.contains(w.substring(0, w.length() - 2));
        }
        return false;
    }

    /**
     * True when the hit is an event noun right after a capitalised possessive ("Kisoro's arrest",
     * "Amara's detention"): the event of a person or body the report has named, told again when an
     * event of its type was told before ("the EU criticised Kisoro's arrest").
     */
    static boolean namePossessive(List<Token> tokens, Hit hit) {
        int k = hit.first() - 1;
        // "arrest" after "Kisoro's" is the noun, whichever line ("arrested", an act) typed it; "Kisoro's
        // arrested" would be a verb
        if (k < 1 || tokens.get(hit.first()).lower().endsWith("ed") || !tokens.get(k).word() || !tokens.get(k).capitalised()) {
            return false;
        }
        if (hit.trigger().form() == Trigger.Form.FRAME) {
            return false; // "Lorn's judiciary said": a body of the place speaking, no event of the name told again
        }
        String w = tokens.get(k).lower();
        return (w.endsWith("'s") || w.endsWith("\u2019s")) && !BACK_DAYS.contains(w.substring(0, w.length() - 2));
    }

    /** Nouns of repression whose "on" or "against" names what they target: "a clampdown on protests". */
    private static final Set<String> CRACKDOWNS = WordSets.named("crackdown-nouns");

    /**
     * True when the trigger is what a crackdown targets ("16 people were killed in an ongoing
     * clampdown on protests", "the crackdown against strikers"): after the protest was told, it
     * names that protest, as "the protests" would.
     */
    static boolean crackdownTarget(List<Token> tokens, Hit hit) {
        int k = hit.first() - 1;
        return k >= 1 && tokens.get(k).word() && (tokens.get(k).lower().equals("on") || tokens.get(k).lower().equals("against"))
                && tokens.get(k - 1).word() && CRACKDOWNS.contains(tokens.get(k - 1).lower());
    }

    /** Marks that may stand inside a name before a noun: "the Zhina (Mahsa) Amini protests". */
    private static final Set<String> NAME_MARKS = Set.of("(", ")", "-");

    /**
     * True when "the" and one to four capitalised words stand right before the trigger noun, whose
     * token before is {@code i}: "the Mahsa Amini protests", "the Persian-language hashtag" name an
     * event by a name, as "the protests" names it; a date among them ("the November 2019
     * protests") is no name, and dates its noun as before. The caller asks for a lower-case noun:
     * "the Free Iran Global Summit" is a name whole, and "The Iranian Resistance wrote" a subject.
     */
    static boolean namedDefinite(List<Token> tokens, int i) {
        int names = 0;
        int k = i;
        for (; k >= 0 && names < 4; k--) {
            Token t = tokens.get(k);
            if (t.word() && t.capitalised() && !t.lower().equals("the")) {
                names++;
            } else if (t.word() || !NAME_MARKS.contains(t.surface())) {
                break;
            }
        }
        return names > 0 && k >= 0 && tokens.get(k).word() && tokens.get(k).lower().equals("the")
                && tokens.get(k + 1).word();
    }

    /** Words of "be" between "who" and a participle: "those who were detained". */
    private static final Set<String> RELATIVE_BE = Set.of("were", "been");

    /**
     * True when a one-word participle trigger names people by what befell them, after "those"
     * ("those arrested include two lawmakers") or in a relative clause on "those" ("the release of
     * those people who were detained"): the people of an event already told, not a new one. Not
     * after "among", which picks out who it befell and tells it of them.
     */
    static boolean thoseParticiple(List<Token> tokens, Hit hit) {
        int p = hit.first();
        if (p != hit.last() || p < 1 || !tokens.get(p).lower().endsWith("ed")) {
            return false;
        }
        if (isWord(tokens, p - 1, "those")) {
            // "Two women were among those hanged", "Among those detained were A and B": the sentence
            // names who the told event befell, which readers count as the event told of them
            return !isWord(tokens, p - 2, "among");
        }
        int k = p - 1;
        if (!tokens.get(k).word() || !RELATIVE_BE.contains(tokens.get(k).lower())) {
            return false;
        }
        k = isWord(tokens, k, "been") && (isWord(tokens, k - 1, "had") || isWord(tokens, k - 1, "have")) ? k - 2 : k - 1;
        if (!isWord(tokens, k, "who")) {
            return false;
        }
        return isWord(tokens, k - 1, "those") || k >= 2 && tokens.get(k - 1).word()
                && !tokens.get(k - 1).capitalised() && isWord(tokens, k - 2, "those");
    }

    private static boolean isWord(List<Token> tokens, int k, String w) {
        return k >= 0 && k < tokens.size() && tokens.get(k).word() && tokens.get(k).lower().equals(w);
    }

    /** Nouns that, as the definite subject opening a sentence, name an online campaign: "The hashtag ...", "The trend ...". */
    private static final Set<String> CAMPAIGN_SUBJECTS = WordSets.named("campaign-subjects");
    /** How many tokens after "The" the subject noun may stand: "The Persian-language hashtag". */
    private static final int SUBJECT_NOUN_REACH = 4;

    /**
     * True when an online campaign's trigger stands in a sentence whose subject is "the hashtag",
     * "the trend" or "the campaign" ("The trend has been trending at the top with 9,000 tweets"):
     * once a campaign was told, the sentence goes on with it and reports no new one.
     */
    static boolean campaignSubject(List<Token> tokens, Hit hit) {
        if (!hit.type().equals("online_campaign") || !isWord(tokens, 0, "the")) {
            return false;
        }
        for (int k = 1; k <= SUBJECT_NOUN_REACH && k < tokens.size(); k++) {
            if (tokens.get(k).word() && CAMPAIGN_SUBJECTS.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the "that" at {@code k}, right before a verb in the past ("a civil war that killed a
     * million people", "demonstrations that left dozens dead"), opens a relative clause: it is a pronoun standing for the noun before it,
     * not a determiner pointing back to an event told before ("that killing").
     */
    static boolean relativeThat(List<Token> tokens, int k, Hit hit) {
        String verb = tokens.get(hit.first()).lower();
        return tokens.get(k).lower().equals("that") && k >= 1 && tokens.get(k - 1).word()
                && hit.trigger().action() && (verb.endsWith("ed") || IRREGULAR_PASTS.contains(verb));
    }

    /** Past forms without -ed: "demonstrations that left dozens dead" is a relative clause as "that killed" is. */
    private static final Set<String> IRREGULAR_PASTS = WordSets.named("irregular-pasts");
}
