package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * Recognises a rights group or monitor giving its plain, undated account of what happened: "The
 * Oslo-based rights group said nine protesters had been killed", "A rights monitor, Vigil, said 23
 * drivers had been detained". Such groups document events; when the sentence tells one, the group
 * is its source, as a force giving its account is ({@link ForceAccounts}), and no statement of its
 * own, even on a day the report names ("the group said on Tuesday that 77 had been killed": r2b, the
 * gold of ev151 and ev154 gives such a dated toll as the killing alone). A group that speaks in quoted
 * words, or tells no event, still makes a statement, and so does one giving its total over a period
 * ({@link #periodTotal}: "said 31 had been held since March").
 */
final class RightsAccounts {
    /** Words of a body that documents events: "rights", "monitor", "observatory". */
    private static final Set<String> DOCUMENTERS = WordSets.named("documenting-speakers");
    /**
     * Words of a state's own body: "the National Commission on Human Rights said" speaks for the
     * state, a statement beside the toll it gives, though "rights" names what it watches.
     */
    private static final Set<String> STATE_BODIES = WordSets.named("state-documenting-bodies");
    /** Words a subject with its appositive may hold: "Hengaw, another Kurdish rights group,". */
    private static final int SUBJECT_WORDS = 10;
    /** Commas an appositive may put between the subject and its verb. */
    private static final int COMMAS = 2;

    private RightsAccounts() {}

    /**
     * True when the speech verb {@code h} is a plain reporting verb, dated or not, with no quotation
     * after it, whose subject (with a name or description set off by commas) names a documenting body.
     */
    static boolean account(List<Token> tokens, Hit h) {
        return account(tokens, h.first());
    }

    /**
     * {@link #account(List, Hit)} for the reporting verb at token {@code verb}: an attribution frame's
     * last word ("the Human Rights Activists News Agency said", matched as "agency said").
     */
    static boolean account(List<Token> tokens, int verb) {
        if (PlainReports.subject(tokens, verb) == null || quoteAfter(tokens, verb)) {
            return false;
        }
        int words = 0;
        int commas = 0;
        boolean documenting = false;
        boolean state = false;
        boolean segmentNamed = true; // the words since the last comma are all capitalised: a name in apposition
        for (int k = verb - 1; k >= 0 && words < SUBJECT_WORDS; k--) {
            Token t = tokens.get(k);
            if (t.surface().equals(")") && k >= 2 && tokens.get(k - 2).surface().equals("(") && tokens.get(k - 1).acronym()) {
                k -= 2; // "the Human Rights Activists News Agency (HRANA) said": the body's acronym is read through
                continue;
            }
            if (!t.word()) {
                if (!t.surface().equals(",") || commas == COMMAS || !segmentNamed) {
                    // only a name set off by commas ("A rights group, Vigil, said") is crossed: a clause before a comma is another's
                    break;
                }
                commas++;
                segmentNamed = true;
                continue;
            }
            words++;
            documenting |= DOCUMENTERS.contains(t.lower());
            state |= STATE_BODIES.contains(t.lower());
            segmentNamed &= t.capitalised();
        }
        return documenting && !state && !periodTotal(tokens, verb);
    }

    /** Words that open the period a total covers: "since 2019", "between January and May". */
    private static final Set<String> PERIOD_OPENERS = WordSets.named("period-total-openers");
    private static final Set<String> MONTHS = WordSets.named("month-names");

    /**
     * True when the clause reported after the verb at {@code verb} counts over a period ("had been
     * held across the province since 2019", "had been killed between January and
     * May"): a body's total of its own record is its statement, news beside the events it counts
     * (round say200: the gold of ev202-ev204 keeps both), where its toll of one happening only sources it.
     */
    static boolean periodTotal(List<Token> tokens, int verb) {
        for (int k = verb + 1; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!t.word() && (t.surface().equals(".") || t.surface().equals(";"))) {
                return false;
            }
            if (t.word() && PERIOD_OPENERS.contains(t.lower())) {
                // a month or a year opens a record's period; "since Tuesday", "since the strike began" count one
                // happening's toll, and "between 40 and 60 people" is a range of counts
                return k + 1 < tokens.size() && (MONTHS.contains(tokens.get(k + 1).lower()) || ToldSettings.year(tokens.get(k + 1)));
            }
        }
        return false;
    }

    private static boolean quoteAfter(List<Token> tokens, int verb) {
        for (int k = verb + 1; k < tokens.size(); k++) {
            if (tokens.get(k).quote()) {
                return true;
            }
        }
        return false;
    }
}
