package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * A protest told again as the setting of a toll or of arrests: "Police said seven people had been
 * killed in three days of protests", "12 killed since the outbreak of the protests". Where the
 * report has already told the protests, the phrase only says where the deaths or arrests
 * happened; the killing or the arrests are the sentence's news. A protest with an indefinite
 * article ("killed during a protest in the city"), a time of its own or a day other than the told
 * protest's is another one. Static helpers of
 * {@link EventStage}.
 */
final class ToldSettings {
    private ToldSettings() {}

    /** Prepositions that make the protest noun after them a setting: "killed in", "arrested during", "since", "days of". */
    private static final Set<String> SETTING_WORDS = WordSets.named("setting-prepositions");
    /** Types whose events happen in a setting: the people counted, killed or taken. */
    private static final Set<String> SET_TYPES = WordSets.named("set-in-protest-types");
    /** Determiners that make a mention new: "during a protest", "another demonstration". */
    private static final Set<String> NEW_DETERMINERS = WordSets.named("new-mention-determiners");
    /** Words of time that give the protest a time of its own: "detained during overnight protests". */
    private static final Set<String> TIME_WORDS = WordSets.named("own-time-words");
    /** Words before a protest noun, after its preposition: "in three days of", "since the outbreak of the". */
    private static final int REACH = 4;

    /**
     * True when the protest noun {@code h} follows, within {@link #REACH} words, a setting
     * preposition, with no indefinite determiner or word of time between ("during overnight
     * protests"), after a killing, arrest or toll named earlier in the sentence. The caller asks
     * that the sentence state no day of its own: "six died in demonstrations on Thursday" tells
     * Thursday's protests.
     */
    static boolean settingOfToll(List<Token> tokens, Hit h, List<Hit> hits) {
        if (!Strikes.protestOrStrike(h) || h.trigger().form() != Trigger.Form.NOUN || !tollBefore(tokens, h, hits)) {
            return false;
        }
        for (int k = h.first() - 1, words = 0; k >= 0 && words < REACH; k--) {
            Token t = tokens.get(k);
            if (!t.word()) {
                if (t.surface().equals(",") || t.surface().equals(";") || t.surface().equals(".")) {
                    return false; // another clause
                }
                continue; // quotes around a name: since the "Good Friday" protests
            }
            words++;
            if (NEW_DETERMINERS.contains(t.lower()) || TIME_WORDS.contains(t.lower())) {
                return false;
            }
            if (SETTING_WORDS.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** Prepositions that make "the protests" after them the known scene of an arrest or a killing, told or not. */
    private static final Set<String> SCENE_WORDS = WordSets.named("known-scene-prepositions");
    /** Nouns of a movement the reader knows, not one gathering: "the protests", "the uprising". */
    private static final Set<String> SCENE_NOUNS = WordSets.named("known-scene-nouns");
    /** Nouns of a movement a year names as the reader knows it: "the 2022 uprising". */
    private static final Set<String> YEAR_NAMED = WordSets.named("year-named-movements");
    /** Words after a protest noun that give it a clause of its own: "the uprising that began in September". */
    private static final Set<String> OWN_CLAUSE = WordSets.named("own-clause-openers");

    /**
     * True when the protest noun {@code h} is "the protests" or "the uprising" right after
     * "during" or "amid" (a year may stand between: "during the 2022 uprising") or after "since the
     * start of" ({@link #onsetOf}), with an arrest,
     * killing or toll of its clause before it ("She was arrested in May during the protests") or of
     * its sentence after it: the definite article names protests the reader already knows,
     * whether or not this report told them, and the sentence's news is the arrest or the killing.
     * "The protest" (one gathering) is told with the act; a protest with a clause of its own after it ("during the uprising that began in September")
     * is told there, and stays.
     */
    static boolean knownSetting(List<Token> tokens, Hit h, List<Hit> hits) {
        // any form of the word: after "the" it is the noun, though "protests" may have been read as the verb
        if (!Strikes.protestOrStrike(h) || !tollBefore(tokens, h, hits) && !tollAfter(h, hits)
                || h.last() + 1 < tokens.size() && OWN_CLAUSE.contains(tokens.get(h.last() + 1).lower())) {
            return false;
        }
        if (!SCENE_NOUNS.contains(tokens.get(h.first()).lower())) {
            return false; // "killed four people during the protest in the square": one protest, told with the killing
        }
        int k = h.first() - 1;
        if (k >= 2 && year(tokens.get(k))) {
            // "killed during the 2022 uprising": the year names which movement, as "the" does; the
            // sentence's date still reads the year off the dropped noun (DroppedTriggerDates) (events91).
            // "the 2022 protests" may be protests of their own, told with the arrest, and stay
            if (!YEAR_NAMED.contains(tokens.get(h.first()).lower())) {
                return false;
            }
            k--;
        }
        return k >= 1 && tokens.get(k).lower().equals("the") && (SCENE_WORDS.contains(tokens.get(k - 1).lower()) || onsetOf(tokens, k));
    }

    /** Prepositions that make "the protests" after them the time an act followed: "arrested after the protests". */
    private static final Set<String> CAUSE_WORDS = WordSets.named("known-cause-prepositions");
    /** Words between such a preposition and the protest noun: "after the Teachers' Day protests". */
    private static final int CAUSE_REACH = 4;

    /**
     * True when "the protests" (a movement noun, with up to a few words of its name between) follows
     * "after" and an execution, sentence, arrest or killing told before it in the sentence
     * ("detained in June, after the May Day protests"): the protests are known to the reader and
     * only time the act, which is the news. "After a protest", a year, an own time ("overnight") or
     * a clause of its own keep the protest.
     */
    static boolean causeOf(List<Token> tokens, Hit h, List<Hit> hits) {
        if (!Strikes.protestOrStrike(h) || !SCENE_NOUNS.contains(tokens.get(h.first()).lower()) || !tollBefore(tokens, h, hits)
                || h.last() + 1 < tokens.size() && OWN_CLAUSE.contains(tokens.get(h.last() + 1).lower())) {
            return false;
        }
        for (int k = h.first() - 1, words = 0; k >= 1 && words < CAUSE_REACH; k--) {
            Token t = tokens.get(k);
            if (!t.word()) {
                if (t.surface().equals(",") || t.surface().equals(";") || t.surface().equals(".")) {
                    return false; // another clause
                }
                continue;
            }
            words++;
            if (NEW_DETERMINERS.contains(t.lower()) || TIME_WORDS.contains(t.lower()) || year(t)) {
                return false; // "after the 2022 protests" may be protests of their own, as in knownSetting
            }
            if (t.lower().equals("the")) {
                return tokens.get(k - 1).word() && CAUSE_WORDS.contains(tokens.get(k - 1).lower());
            }
        }
        return false;
    }

    /** Nouns of a movement's start: "since the start of the protests". */
    private static final Set<String> ONSET_NOUNS = WordSets.named("scene-onset-nouns");
    /** Prepositions before such a start that make the movement the scene of the act: "since", "during". */
    private static final Set<String> ONSET_WORDS = WordSets.named("scene-onset-prepositions");

    /**
     * True when "the" at {@code k} follows "since the start of" or "after the outbreak of": the act
     * told before ("1,500 people have been arrested since the start of the protests") is counted from
     * the movement's start, which sets its time and tells no protest of its own (events94).
     */
    private static boolean onsetOf(List<Token> tokens, int k) {
        return k >= 4 && tokens.get(k - 1).lower().equals("of") && ONSET_NOUNS.contains(tokens.get(k - 2).lower())
                && tokens.get(k - 3).lower().equals("the") && ONSET_WORDS.contains(tokens.get(k - 4).lower());
    }

    /** True for a year written in four digits, "1999" to "2099". */
    static boolean year(Token t) {
        String w = t.surface();
        return w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && w.chars().allMatch(Character::isDigit);
    }

    /** Words before "to" or "with" that make what follows the matter of another event: "linked to", "in connection with". */
    private static final Set<String> MATTER_LINKS = WordSets.named("matter-link-words");
    /** Words between the link and the protest noun: "linked to the protests", "linked to last year's nationwide protests". */
    private static final int MATTER_REACH = 3;

    /**
     * True when the protest noun {@code h} follows "linked to", "related to", "connected to" or "in
     * connection with", within {@link #MATTER_REACH} words, after an execution, death sentence,
     * arrest or killing of its sentence ("the second execution linked to nationwide protests",
     * "executed seven men in cases linked to the protests"): the protests are what the sentence's
     * event is about, no protest it tells. Told or not, the phrase names them only.
     */
    static boolean matterOf(List<Token> tokens, Hit h, List<Hit> hits) {
        if (!Strikes.protestOrStrike(h) || h.trigger().form() == Trigger.Form.PERSON || !tollBefore(tokens, h, hits)) {
            return false;
        }
        for (int k = h.first() - 1, words = 0; k >= 1 && words <= MATTER_REACH; k--) {
            Token t = tokens.get(k);
            if (!t.word()) {
                if (t.surface().equals(",") || t.surface().equals(";")) {
                    return false; // another clause
                }
                continue;
            }
            words++;
            if ((t.lower().equals("to") || t.lower().equals("with")) && tokens.get(k - 1).word()
                    && MATTER_LINKS.contains(tokens.get(k - 1).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when an arrest, killing or toll of the sentence follows the protest noun: "committed crimes
     * during the 2022 uprising, including the killing of 551 protesters" sets the known movement as
     * the scene of the killing told after it (events91).
     */
    private static boolean tollAfter(Hit h, List<Hit> hits) {
        for (Hit o : hits) {
            if (o.first() > h.last() && SET_TYPES.contains(o.type()) && o.trigger().form() != Trigger.Form.PERSON) {
                return true;
            }
        }
        return false;
    }

    private static boolean tollBefore(List<Token> tokens, Hit h, List<Hit> hits) {
        for (Hit o : hits) {
            if (o.last() < h.first() && SET_TYPES.contains(o.type()) && o.trigger().form() != Trigger.Form.PERSON) {
                return true;
            }
        }
        for (int k = 0; k < h.first(); k++) {
            if (tokens.get(k).word() && tokens.get(k).lower().equals("toll")) {
                return true; // "the death toll in protests since the coup"
            }
        }
        return false;
    }

    /** Pronouns that open a sentence characterising what was just told: "They are the first executions ...". */
    private static final Set<String> BACK_PRONOUNS = WordSets.named("back-pronouns");
    private static final Set<String> BE = Set.of("is", "was", "are", "were");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** Lower-case words a characterising predicate may hold before its noun: "the first known". */
    private static final int PREDICATE_WORDS = 3;

    /**
     * True when the sentence opens "It was", "They are", "This is" and an article, and the event
     * noun {@code h} heads that predicate ("They are the first executions known to be linked to the
     * unrest", "It was the largest protest in a decade"): the sentence characterises the event the
     * report has just told. The caller asks that the type was told.
     */
    static boolean characterises(List<Token> tokens, Hit h) {
        if (h.trigger().form() != Trigger.Form.NOUN || h.first() < 3) {
            return false;
        }
        if (!tokens.get(0).word() || !BACK_PRONOUNS.contains(tokens.get(0).lower()) || !BE.contains(tokens.get(1).lower())
                || !ARTICLES.contains(tokens.get(2).lower())) {
            return false;
        }
        int between = h.first() - 3;
        for (int k = 3; k < h.first(); k++) {
            if (!tokens.get(k).word() || tokens.get(k).capitalised()) {
                return false;
            }
        }
        return between <= PREDICATE_WORDS;
    }
}
