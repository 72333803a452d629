package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * Recognises a statement dated by the day it was made, told right after its verb: "the ministry
 * said on Sunday that ...", "the mayor said Wednesday ...", "X said in a televised address late on
 * Saturday ...", "the governor told reporters in the capital on Thursday ...", "announced on 3 May
 * that ...". A speaker whose words the report dates is making news of its own, beside whatever
 * events the words tell ("the ministry said on Sunday that 40 people had been detained": the
 * ministry's statement and the arrests), where an undated "said" only sources those events.
 */
final class DatedSpeech {
    /** Days of the week and month names that date a speech: "on Sunday", "on 3 May". */
    private static final Set<String> DAYS = WordSets.named("speech-days");
    /** Days named from the report's own day that date a speech as a weekday does: "said today", "said yesterday". */
    private static final Set<String> RELATIVE_DAYS = WordSets.named("speech-relative-days");
    /** Words that may stand between the verb and its day: "late", "in a televised address", "told reporters". */
    private static final Set<String> BETWEEN = WordSets.named("speech-day-fillers");
    /** Stretches that date a speech after "last" or "this": "said last week", "said earlier this month". */
    private static final Set<String> PERIODS = WordSets.named("speech-periods");
    private static final Set<String> THIS_OR_LAST = Set.of("this", "last");
    /** Words between the verb and its day at most: "told reporters at a news conference in the capital on Monday". */
    private static final int REACH = 8;

    /** Capitalised openers that are no person's name: "The", "He", "Witnesses". */
    private static final Set<String> NOT_NAMES = WordSets.named("dated-speaker-non-names");
    /** Words of speakers who only attribute: "Witnesses", "Residents". */
    private static final Set<String> ATTRIBUTING = WordSets.named("attributing-speakers");
    /** Words of a person's name a speaker may hold at most: "Omar Dela Varga", "Mrs. Lindqvist". */
    private static final int NAME_WORDS = 4;
    /** Lower-case words inside a person's name: "von", "van", "de" ("Ursel van der Brink"). */
    private static final Set<String> PARTICLES = WordSets.named("name-particles");
    /** Words that may stand between a speaker and the verb: "Lindqvist had said", "Varga also announced". */
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "also", "later", "then", "again", "once");

    private DatedSpeech() {}

    /**
     * True when a person's bare name opens the sentence as the subject of the verb at {@code verb}:
     * "Varnholt said on Sunday", "Mrs. Lindqvist said on Friday". Every word is capitalised and none
     * is a sentence's opener ("The", "He"); the report dates what that person said, so it is news
     * and no mere quotation, as a title would make it ({@link SpeakerPass}).
     */
    static boolean namedSpeaker(List<Token> tokens, int verb) {
        int i = verb - 1;
        while (i >= 0 && tokens.get(i).word() && AUXILIARIES.contains(tokens.get(i).lower())) {
            i--;
        }
        i = beforeRelative(tokens, i); // "Varnholt, who has led the party since 2019, said on Sunday"
        int words = 0;
        boolean capital = false; // a capitalised word of the name follows
        for (int k = i; k >= 0; k--) {
            Token t = tokens.get(k);
            if (!t.word()) {
                if (words > 0 && capital && quoteClosed(tokens, k)) {
                    return true; // '"We will not give in," Varnholt told reporters on Sunday'
                }
                if (!t.surface().equals(".") || k == 0 || !tokens.get(k - 1).word()) {
                    return false; // a comma, quote or bracket: no name opening the sentence
                }
                continue; // "Mrs."
            }
            boolean particle = !t.capitalised() && capital && PARTICLES.contains(t.lower()); // "van der Brink"
            if (!(t.capitalised() || particle) || NOT_NAMES.contains(t.lower()) || ATTRIBUTING.contains(t.lower())
                    || ++words > NAME_WORDS) {
                return false;
            }
            capital = t.capitalised() || capital;
        }
        return words > 0;
    }

    /** Tokens a relative clause set apart between the name and its verb may hold at most. */
    private static final int RELATIVE_TOKENS = 30;

    /**
     * The index before a relative clause that {@code i} closes ("Varnholt, who has led the party
     * since 2019,": the clause tells about the speaker, whose name stands before it), or {@code i}
     * when no such clause ends there: a comma at {@code i}, and within {@value #RELATIVE_TOKENS}
     * tokens before it a comma right before "who", with no other comma between.
     */
    private static int beforeRelative(List<Token> tokens, int i) {
        if (i < 2 || !tokens.get(i).surface().equals(",")) {
            return i;
        }
        for (int k = i - 1; k > 0 && k >= i - RELATIVE_TOKENS; k--) {
            if (tokens.get(k).surface().equals(",")) {
                return k + 1 < i && tokens.get(k + 1).lower().equals("who") ? k - 1 : i;
            }
        }
        return i;
    }

    /**
     * True when token {@code k} is a quotation mark that closes a quoted saying with a comma
     * inside it ("... give in,\" Varnholt"): the name after it is the saying's speaker.
     */
    private static boolean quoteClosed(List<Token> tokens, int k) {
        return tokens.get(k).quote() && k > 0 && tokens.get(k - 1).surface().equals(",");
    }

    /**
     * True when the statement hit (a speech verb or an attribution frame) is followed, within
     * {@value #REACH} words, by a weekday or a month that only the fillers of a speech's setting
     * stand before: no comma, quote or clause ("said it would march on Sunday" dates the march).
     * A capitalised place name after "in" or "at" is such a filler ("told reporters in Velmar on").
     */
    /** Words of an opening date at most: "On Friday", "On February 21", "On 3 May 2024". */
    private static final int OPENING_DATE_WORDS = 4;
    /** Words of the subject between an opening date and the verb at most: "Iran's Intelligence Ministry". */
    private static final int OPENING_SUBJECT_WORDS = 6;
    /** Verbs of saying an opening day dates: "said", "claimed", "announced"; not "wrote" ("wrote slogans"). */
    private static final Set<String> OPENING_DAY_VERBS = WordSets.named("opening-day-speech-verbs");

    /**
     * True when the sentence opens with a day and a comma and the statement verb follows its short
     * subject: "On Friday, the ministry said it had arrested seven people". The day opening the
     * sentence dates its main verb, the saying, as "said on Friday" does; the event the words tell
     * keeps a past of its own ("had arrested"). A clause or quote between the comma and the verb
     * ("On Friday, police who ... said") is no short subject.
     */
    static boolean openingDay(List<Token> tokens, Hit h) {
        if (tokens.isEmpty() || !tokens.get(0).word() || !tokens.get(0).lower().equals("on")) {
            return false;
        }
        int k = 1;
        boolean day = false;
        while (k < tokens.size() && k <= OPENING_DATE_WORDS && tokens.get(k).word()) {
            Token t = tokens.get(k);
            day |= DAYS.contains(t.lower()) || t.surface().chars().allMatch(Character::isDigit);
            k++;
        }
        if (!day || k >= tokens.size() || !tokens.get(k).surface().equals(",")) {
            return false;
        }
        Token verb = tokens.get(h.last());
        if (!verb.word() || !OPENING_DAY_VERBS.contains(verb.lower())) {
            return false;
        }
        int subject = h.first() - k - 1;
        if (subject < 0 || subject > OPENING_SUBJECT_WORDS) {
            return false;
        }
        for (int j = k + 1; j < h.first(); j++) {
            if (!tokens.get(j).word()) {
                return false;
            }
        }
        return true;
    }

    static boolean dated(List<Token> tokens, Hit h) {
        if (!h.type().equals("statement") || !(h.trigger().form() == Trigger.Form.SPEECH || h.trigger().frame())) {
            return false;
        }
        if (openingDay(tokens, h)) {
            return true;
        }
        int words = 0;
        boolean place = false; // after "in" or "at": a capitalised place name may follow
        for (int k = h.last() + 1; k < tokens.size() && words < REACH; k++) {
            Token t = tokens.get(k);
            if (!t.word()) {
                if (t.surface().equals(".") && k > 0 && tokens.get(k - 1).word() && tokens.get(k - 1).surface().length() <= 4) {
                    continue; // an abbreviation's stop: "on Jan. 10"
                }
                return false;
            }
            words++;
            String w = t.lower();
            if (DAYS.contains(w) || RELATIVE_DAYS.contains(w) || t.surface().chars().allMatch(Character::isDigit) && k + 1 < tokens.size()
                    && DAYS.contains(tokens.get(k + 1).lower())) {
                return true;
            }
            if (PERIODS.contains(w) && k > 0 && THIS_OR_LAST.contains(tokens.get(k - 1).lower())) {
                return true; // "said last week that ...", "said earlier this month that ..."
            }
            if (BETWEEN.contains(w)) {
                place = w.equals("in") || w.equals("at");
            } else if (!(place && t.capitalised())) {
                return false;
            }
        }
        return false;
    }
}
