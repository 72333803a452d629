package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * An attack named as the reason for an arrest: "nine men were arrested for attacking police
 * officers", "detained, 41 of them in the capital, for public disorder and attacks on officers",
 * "said those arrested had attacked public property". The attack is the police's charge, told to
 * explain the arrest; the report's event is the arrest, and coders give the charge no attack of its
 * own (as "accused of" or "on suspicion of" already are, by the trigger's cues). Other types are not
 * looked at: "detained for painting a slogan" is a protest the arrest was for, and coders keep it.
 * The crime a sentence or an execution is for is such a charge too ("sentenced to death for setting
 * fire to a police station"), as the murder one is hanged for is no killing (triggers.tsv), and so is
 * a killing a court sentences or convicts someone for ("sentenced an officer to death for killing
 * two marchers"): the judgement names the crime, which the report tells, if at all, elsewhere. A
 * killing one is only arrested for is left alone: "held for killing a guard" may be all the report
 * tells of that death.
 */
final class ArrestReasons {
    private ArrestReasons() {}

    /** Words looked at before the hit for the reason's "for", and before the "for" for the arrest. */
    private static final int REASON_WINDOW = 14;
    private static final int ARREST_WINDOW = 12;

    private static final Set<String> TYPES = WordSets.named("arrest-reason-types");
    private static final Set<String> ARREST_WORDS = WordSets.named("arrest-reason-verbs");
    /** Types whose hit named as the crime of a sentence only is no event of its own: "sentenced to death for killing". */
    private static final Set<String> SENTENCE_TYPES = WordSets.named("sentence-reason-types");
    private static final Set<String> SENTENCE_WORDS = WordSets.named("sentence-reason-verbs");
    /** Words between "for" and the hit that start a clause of its own: "held for a day after gunmen attacked". */
    private static final Set<String> NEW_CLAUSE = WordSets.named("arrest-reason-ends");
    /** Auxiliaries between "those arrested" and its claimed act: "those arrested had attacked". */
    private static final Set<String> AUXILIARIES = WordSets.named("arrest-reason-auxiliaries");

    /** True when the hit is an attack given as the reason of an arrest in its sentence. */
    static boolean reasonOfArrest(List<Token> tokens, Hit h) {
        if (SENTENCE_TYPES.contains(h.type())) {
            return afterFor(tokens, h, SENTENCE_WORDS) && !datedInClause(tokens, h);
        }
        if (!TYPES.contains(h.type())) {
            return false;
        }
        return afterFor(tokens, h, ARREST_WORDS) || claimedOfTheHeld(tokens, h);
    }

    /** "arrested ... for attacking": a "for" before the hit with one of {@code verbs} a little before it. */
    private static boolean afterFor(List<Token> tokens, Hit h, Set<String> verbs) {
        int words = 0;
        for (int i = h.first() - 1; i >= 0 && words < REASON_WINDOW; i--) {
            Token t = tokens.get(i);
            if (!t.word()) {
                continue;
            }
            words++;
            if (NEW_CLAUSE.contains(t.lower())) {
                return false;
            }
            if (t.lower().equals("for")) {
                return verbBefore(tokens, i, verbs);
            }
        }
        return false;
    }

    private static boolean verbBefore(List<Token> tokens, int from, Set<String> verbs) {
        int words = 0;
        for (int i = from - 1; i >= 0 && words < ARREST_WINDOW; i--) {
            Token t = tokens.get(i);
            if (!t.word()) {
                continue;
            }
            words++;
            if (verbs.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** Month and weekday names that date a crime in its own clause: "for the killing of a guard in March". */
    private static final Set<String> DATE_WORDS = WordSets.named("sentence-reason-dates");

    /**
     * True when the clause after the hit gives it a year, a month or a weekday of its own ("for the
     * killing of an officer during a raid in 2022"), or a year or month stands right before its noun as
     * its modifier ("for the 2022 killing of an officer", "for the March 2022 killings"): the report then
     * tells the crime as a happening it dates, not only as the charge.
     */
    private static boolean datedInClause(List<Token> tokens, Hit h) {
        for (int i = h.last() + 1; i < tokens.size() && !tokens.get(i).clauseBreak(); i++) {
            if (dateWord(tokens.get(i).lower())) {
                return true;
            }
        }
        return h.first() >= 1 && tokens.get(h.first() - 1).word() && dateWord(tokens.get(h.first() - 1).lower());
    }

    /** A month or weekday name of {@code sentence-reason-dates}, or a year of four digits from 1900 on. */
    private static boolean dateWord(String w) {
        return DATE_WORDS.contains(w) || w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && w.chars().allMatch(Character::isDigit);
    }

    /** "those arrested had attacked": the arrest participle, auxiliaries (and a quote's opening mark), then the hit. */
    private static boolean claimedOfTheHeld(List<Token> tokens, Hit h) {
        int i = h.first() - 1;
        while (i >= 0 && (tokens.get(i).quote() || tokens.get(i).word() && AUXILIARIES.contains(tokens.get(i).lower()))) {
            i--;
        }
        return i >= 1 && i < h.first() - 1 && tokens.get(i).word() && ARREST_WORDS.contains(tokens.get(i).lower())
                && tokens.get(i - 1).word() && tokens.get(i - 1).lower().equals("those");
    }
}
