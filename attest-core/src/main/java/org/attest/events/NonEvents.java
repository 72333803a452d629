package org.attest.events;

import java.util.List;
import java.util.Set;
import org.attest.dates.DateLexicon;

/**
 * Trigger words whose grammar says they report no event of their own, whatever the guard phrases
 * of {@code guards.tsv} say: a modal right after them ("a new uprising could erupt"), the present
 * tense of a habit ("it hangs prisoners every day") or a rule ("protests are banned"), a participle that describes people
 * ("relatives of executed protesters"), a participant noun used as a title ("protester Arman
 * Rostami"), an execution or arrest not done yet ("set to be executed", {@link NotYetHappened}); a
 * trigger word inside a name is {@link TriggerNames}'. Static helpers of {@link NegationPass} and {@link EventStage}.
 */
final class NonEvents {
    private NonEvents() {}

    /** Modals that, right after a trigger noun, make what it names a possibility: "a new uprising could erupt". */
    private static final TokenSet MODALS_AFTER = TokenSet.named("modals-after");

    /** True when a modal stands right after the hit, or after one word: "protests could spread", "arrests would only". */
    static boolean modalAfter(List<Token> tokens, Hit h) {
        if (h.trigger().form() == Trigger.Form.SPEECH) {
            return false; // "said he would resign": the modal is the words', not the saying's
        }
        for (int k = h.last() + 1; k < tokens.size() && k <= h.last() + 2; k++) {
            Token t = tokens.get(k);
            if (!t.word()) {
                return false;
            }
            if (!t.capitalised() && MODALS_AFTER.has(t)) {
                return true; // lower case: "hanged in May" names a month
            }
        }
        return modalAfterPhrase(tokens, h);
    }

    /** Prepositions that open a short phrase of a noun before its verb: "attacks on state property would". */
    private static final Set<String> NOUN_PHRASE_PREPOSITIONS = WordSets.named("noun-phrase-prepositions");
    /** Words a noun's phrase may hold between its preposition and the modal. */
    private static final int PHRASE_WORDS = 3;

    /**
     * True when a bare event noun is the subject of a modal across a short phrase of its own:
     * "said that attacks on state property would not be tolerated", "protests in the capital could
     * spread" name what may happen, no event. The phrase is a preposition and a few lower-case words.
     */
    private static boolean modalAfterPhrase(List<Token> tokens, Hit h) {
        int k = h.last() + 1;
        if (h.trigger().form() != Trigger.Form.NOUN || k >= tokens.size() || !NOUN_PHRASE_PREPOSITIONS.contains(tokens.get(k).lower())) {
            return false;
        }
        for (int j = k + 1; j < tokens.size() && j <= k + PHRASE_WORDS + 1; j++) {
            Token t = tokens.get(j);
            if (!t.word() || t.capitalised()) {
                return false;
            }
            if (j > k + 1 && MODALS_AFTER.has(t)) {
                return true;
            }
        }
        return false;
    }

    /** Subjects before a verb in the present tense that make it a habit of an institution: "it hangs", "which arrests". */
    private static final TokenSet HABIT_SUBJECTS = TokenSet.named("habit-subjects");

    /** Adverbs that may stand between such a subject and its verb. */
    private static final Set<String> HABIT_ADVERBS = WordSets.named("habit-adverbs");

    /** Auxiliaries that end in -s without being a verb of the present: "she was shot" tells a past event. */
    private static final Set<String> AUXILIARIES = WordSets.named("s-auxiliaries");

    /**
     * True when the hit is a verb in the present tense after a pronoun or an institution ("It
     * hangs prisoners at a rate of three a day", "the regime arrests anyone who speaks out"): news
     * reports what happened in the past tense, so the present names a habit. Asked only of
     * sentences that state no date and are no headings (headlines use the present for the past).
     * A capitalised subject is not enough: "Mass arrests followed" is a noun.
     */
    static boolean presentHabit(List<Token> tokens, Hit h) {
        int i = h.first();
        String w = tokens.get(i).lower();
        if (h.trigger().form() == Trigger.Form.PERSON || !w.endsWith("s") || w.endsWith("ss") || AUXILIARIES.contains(w)) {
            return false;
        }
        int k = i - 1;
        while (k >= 0 && tokens.get(k).word() && (HABIT_ADVERBS.contains(tokens.get(k).lower())
                || tokens.get(k).lower().endsWith("ly"))) {
            k--;
        }
        if (k < 0 || !tokens.get(k).word()) {
            return false;
        }
        // "She says the board has ...": a person's words given now, no habit ({@link PronounSpeakers})
        return HABIT_SUBJECTS.has(tokens.get(k)) && !(k == 0 && h.trigger().form() == Trigger.Form.SPEECH
                && PronounSpeakers.PERSONS.contains(tokens.get(k).lower()));
    }

    /** Participles of the present passive that report or announce rather than describe a practice. */
    private static final Set<String> NOT_GENERIC = WordSets.named("not-generic-participles");

    /** Irregular participles of the present passive of a practice: "protests are forbidden". */
    private static final Set<String> IRREGULAR = WordSets.named("irregular-participles");

    /** Words that may stand between a trigger noun and its "are": "executions in Iran are". */
    private static final int PASSIVE_REACH = 3;

    /**
     * True when a trigger noun is the subject of a present passive ("protests are banned in the
     * kingdom", "most executions in Iran are carried out in secret"), or a trigger participle is
     * one ("the party is banned"): news tells what happened in
     * the past tense, so the present passive describes a practice or a rule, or makes a forecast
     * ("the executions are expected to be carried out"), not an event. Asked only of sentences
     * that state no date and are no headings. Announcements are left alone: "protests are planned
     * for Friday", "arrests are reported".
     */
    static boolean presentPassive(List<Token> tokens, Hit h) {
        if (h.trigger().form() == Trigger.Form.ACT) {
            return passiveParticiple(tokens, h); // "the party is banned in the country"
        }
        if (h.trigger().form() != Trigger.Form.NOUN) {
            return false;
        }
        for (int k = h.last() + 1; k < tokens.size() && k <= h.last() + 1 + PASSIVE_REACH; k++) {
            Token t = tokens.get(k);
            if (!t.word()) {
                return false; // a comma or a quote: another clause
            }
            if (t.lower().equals("are") || t.lower().equals("is")) {
                int p = k + 1;
                while (p < tokens.size() && tokens.get(p).word() && (HABIT_ADVERBS.contains(tokens.get(p).lower())
                        || tokens.get(p).lower().endsWith("ly"))) {
                    p++;
                }
                if (p >= tokens.size() || !tokens.get(p).word()) {
                    return false;
                }
                String w = tokens.get(p).lower();
                return (w.endsWith("ed") || IRREGULAR.contains(w)) && !NOT_GENERIC.contains(w);
            }
        }
        return false;
    }

    /**
     * True when a participle trigger, or the participle that ends a longer one, stands right after
     * "is" or "are" (an adverb between allowed): "the party is banned in the country", "prisoners
     * are executed in secret", "schools and offices are shut across the country" (a state, where
     * news of the closing would say "were shut on Monday").
     */
    private static boolean passiveParticiple(List<Token> tokens, Hit h) {
        String w = tokens.get(h.last()).lower();
        if (!(w.endsWith("ed") || IRREGULAR.contains(w)) || NOT_GENERIC.contains(w)) {
            return false;
        }
        int k = h.last() - 1;
        while (k >= 0 && tokens.get(k).word() && (HABIT_ADVERBS.contains(tokens.get(k).lower())
                || tokens.get(k).lower().endsWith("ly"))) {
            k--;
        }
        return k >= 0 && tokens.get(k).word() && (tokens.get(k).lower().equals("are") || tokens.get(k).lower().equals("is"));
    }

    /** Words before a participle that make it an adjective of the noun after it: "relatives of executed protesters". */
    private static final TokenSet BEFORE_ADJECTIVE = TokenSet.named("before-adjective");

    /** Plural person nouns that do not end in -s. */
    private static final Set<String> PEOPLE = WordSets.named("people-plurals");

    /**
     * True when a one-word verb trigger is a participle used as an adjective of the people after
     * it ("relatives of executed protesters", "a campaign for detained teachers", "the arrested
     * activists"), or a participant noun is a label before a name ("protester Arman Rostami"):
     * it names who they are, not a new event.
     */
    static boolean adjectival(List<Token> tokens, Hit h) {
        int i = h.first();
        if (h.trigger().form() == Trigger.Form.PERSON && nameFollows(tokens, h)) {
            return true; // "Kurdish protester Arman Rostami": who he is, not a protest
        }
        if (h.trigger().form() == Trigger.Form.PERSON && i >= 1 && HARMED.contains(tokens.get(i - 1).lower())) {
            return true; // "doctors arrested for treating wounded protesters": the people hurt, not a protest
        }
        if (h.trigger().form() == Trigger.Form.PERSON && i >= 2) {
            // "relatives of executed protesters": the people of the participle are no protest either
            return participle(tokens, i - 1);
        }
        if (i == h.last() && attributiveBan(tokens, i)) {
            return true; // "displaying banned symbols", "the banned movement": what is banned, no ban told
        }
        // kinOf asks for a participle itself: a noun line may match one by its stem ("arrests" matches "arrested")
        // a noun line matches a participle by its stem too ("arrests" matches "arrested"): the token decides
        boolean participleForm = h.trigger().form() == Trigger.Form.ACT || tokens.get(i).lower().endsWith("ed");
        return i == h.last() && (participleForm && participle(tokens, i) || kinOf(tokens, i, h.type()));
    }

    /** Words right after a ban participle that make it a verb's: "banned from", "banned by", "banned on Monday". */
    private static final Set<String> AFTER_BAN_VERB = WordSets.named("after-ban-verb");

    /**
     * True when a ban participle stands before a noun, after an article, a possessive, a preposition
     * or an -ing verb ("the banned movement", "displaying banned symbols"): it describes a thing
     * banned before, and tells no ban. "The council banned the march" and "the march was banned
     * on Monday" are bans.
     */
    private static boolean attributiveBan(List<Token> tokens, int i) {
        if (i < 1 || i + 1 >= tokens.size() || !BAN_PARTICIPLES.has(tokens.get(i))) {
            return false;
        }
        Token before = tokens.get(i - 1);
        Token after = tokens.get(i + 1);
        boolean opener = before.word() && !before.capitalised()
                && (BEFORE_ADJECTIVE.has(before) || before.lower().endsWith("ing"));
        return opener && after.word() && !AFTER_BAN_VERB.contains(after.lower());
    }

    /** Adjectives of harm before participants: they name who was hurt. */
    private static final Set<String> HARMED = WordSets.named("harmed");

    /** Nouns of kin whose "of" names the people a participle after them describes. */
    private static final Set<String> KIN = WordSets.named("kin");
    /** Words a count of people may hold between "of" and its noun: "of at least 36 people". */
    private static final Set<String> COUNT_WORDS = WordSets.named("count-words");
    /** Words of a relative clause between the people and the participle: "people who were killed". */
    private static final Set<String> KIN_RELATIVE = WordSets.named("kin-relative");
    /** How far back from the participle "of" may stand. */
    private static final int KIN_REACH = 8;
    /** Words of a share between "of" and "of": "families of some of those killed", "relatives of many of the people arrested". */
    private static final Set<String> PARTITIVES = WordSets.named("partitive-words");
    /** Types whose verb the kin do themselves: "Families of prisoners protested" is their own act. */
    private static final Set<String> KIN_OWN_ACTS = WordSets.named("kin-own-acts");
    /** Nouns of kin that picture the people: counted people after them are a toll, told as the killing. */
    private static final Set<String> KIN_PICTURES = WordSets.named("kin-pictures");
    /** Number words that count the people a picture noun shows: "portraits of hundreds of people killed". */
    private static final Set<String> PICTURE_COUNTS = WordSets.named("kin-picture-counts");

    /**
     * True when a participle after people names who they are, as the kin of someone speak of them
     * ("family members of at least 36 people killed or executed in the crackdown", "the families
     * of those executed", "families of some of those killed", "relatives of people who were killed
     * or arrested"): like "relatives of
     * executed protesters", the killings are told as who the kin mourn, not as a new event. A verb
     * of what people do themselves (a protest, a rally) only describes them after a relative word
     * ("relatives of people who protested"); without one it is the kin's own finite verb
     * ("Families of prisoners protested outside the ministry"), an event of theirs. Pictures of people
     * name them as kin do ("marched carrying portraits of those killed"), unless the people are counted:
     * "portraits of the 300 protesters killed in the uprising" states the toll (events94).
     */
    private static boolean kinOf(List<Token> tokens, int i, String type) {
        if (!tokens.get(i).lower().endsWith("ed") || dayAfter(tokens, i)) {
            return false;
        }
        boolean ownAct = KIN_OWN_ACTS.contains(type);
        boolean people = false;
        boolean counted = false; // "portraits of the 300 protesters killed": a toll, unlike "portraits of those killed"
        for (int k = i - 1, n = 0; k >= 1 && n < KIN_REACH; k--) {
            Token t = tokens.get(k);
            if (!t.word()) {
                return false; // a comma or a full stop: another clause
            }
            n++;
            String w = t.lower();
            if (w.equals("of") && k >= 2 && PARTITIVES.contains(tokens.get(k - 1).lower()) && tokens.get(k - 2).lower().equals("of")) {
                k--; // "families of some of those killed": the share names the same people
                continue;
            }
            if (w.equals("of")) {
                String kin = tokens.get(k - 1).lower();
                return people && !ownAct && KIN.contains(kin) && !(counted && KIN_PICTURES.contains(kin));
            }
            counted |= Character.isDigit(w.charAt(0)) || PICTURE_COUNTS.contains(w);
            if (KIN_RELATIVE.contains(w)) {
                ownAct = false; // "relatives of people who were killed or arrested", "... who protested"
                continue;
            }
            if (w.equals("those") || w.equals("people") || PEOPLE.contains(w) || w.endsWith("s") && !w.endsWith("ss")
                    && !COUNT_WORDS.contains(w)) {
                people = true;
            } else if (!COUNT_WORDS.contains(w) && !w.endsWith("ed") && !Character.isDigit(w.charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /** Weekday and month names: after a plural noun they are a time, not a name (wire copy writes "arrested protesters Saturday"). */
    private static final DateLexicon CALENDAR = DateLexicon.load();

    /**
     * True when "on" and a day stand right after the participle ("the names of 104 people killed on
     * 30 September 2022"): the participle tells its event with a day of its own, not only who the
     * kin or the list are of. {@link Announcements#datedCall} asks it of a protest a call names.
     */
    static boolean dayAfter(List<Token> tokens, int i) {
        if (i + 2 >= tokens.size() || !tokens.get(i + 1).lower().equals("on") || !tokens.get(i + 2).word()) {
            return false;
        }
        String day = tokens.get(i + 2).lower();
        return Character.isDigit(day.charAt(0)) || CALENDAR.isCalendarName(day);
    }

    /**
     * True when a participant noun stands before a capitalised name, as a title does: one word
     * after a singular ("protester Arman Rostami"), a first and last name after a plural
     * ("protesters Sina Karimi and Omid Rad") that is no time ("protesters Saturday").
     */
    private static boolean nameFollows(List<Token> tokens, Hit h) {
        int next = h.last() + 1;
        String noun = tokens.get(h.last()).lower();
        if (next >= tokens.size() || !tokens.get(next).word() || !tokens.get(next).capitalised()
                || tokens.get(h.last()).capitalised()) {
            return false;
        }
        if (!noun.endsWith("s")) {
            return true;
        }
        return next + 1 < tokens.size() && tokens.get(next + 1).word() && tokens.get(next + 1).capitalised()
                && !CALENDAR.isCalendarName(tokens.get(next).lower());
    }

    /** True when token {@code i} is a participle between an adjective's context word and people. */
    private static boolean participle(List<Token> tokens, int i) {
        if (i == 0 || i + 1 >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(i);
        Token before = tokens.get(i - 1);
        // title case ("Families of Executed Protesters") keeps both words capitalised
        Token after = tokens.get(i + 1);
        if (!t.lower().endsWith("ed") || !before.word() || !(BEFORE_ADJECTIVE.has(before) || pastVerb(before))
                || !after.word() || after.capitalised() && !t.capitalised()) {
            return false;
        }
        String noun = after.lower();
        return noun.endsWith("s") && !noun.endsWith("ss") || PEOPLE.contains(noun);
    }

    /**
     * True for a verb in the past before the participle, whose object the participle describes: "a
     * lawyer who had treated detained marchers", "visited arrested students". Two finite verbs do
     * not stand in a row, so the second is an adjective.
     */
    private static boolean pastVerb(Token before) {
        String w = before.lower();
        return !before.capitalised() && w.length() > 4 && w.endsWith("ed") && !w.equals("indeed");
    }

    private static final TokenSet BAN_PARTICIPLES = TokenSet.named("ban-participles");
    private static final TokenSet BAN_AUXILIARIES = TokenSet.named("ban-auxiliaries");

    /**
     * True when a trigger noun is the subject of a ban ("demonstrations have been banned since
     * 2022", "rallies were prohibited in the capital"): the ban is the news, and its date is the
     * ban's; no protest took place. People barred ("protesters were banned from the square") are
     * left alone.
     */
    static boolean bannedSubject(List<Token> tokens, Hit h) {
        if (h.trigger().form() == Trigger.Form.PERSON || h.trigger().frame()) {
            return false;
        }
        int k = h.last() + 1;
        if (k < tokens.size() && tokens.get(k).word() && (tokens.get(k).lower().equals("have") || tokens.get(k).lower().equals("has")
                || tokens.get(k).lower().equals("had"))) {
            k++;
        }
        if (k >= tokens.size() || !tokens.get(k).word() || !BAN_AUXILIARIES.has(tokens.get(k))) {
            return false;
        }
        k++;
        if (k < tokens.size() && tokens.get(k).word() && tokens.get(k).lower().endsWith("ly")) {
            k++; // "were formally banned"
        }
        return k < tokens.size() && tokens.get(k).word() && BAN_PARTICIPLES.has(tokens.get(k));
    }
}
