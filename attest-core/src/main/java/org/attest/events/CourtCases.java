package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * A protest named after a court's act in the same sentence is the case's background, not news of
 * the report: "a court sentenced six union leaders to 16 years, in a case seen as a reprisal for
 * organising protests", "convicted an officer of killing a student during the uprising of 2019 and
 * sentenced him to 12 years". The sentence tells the ruling; the protests are what the charges or
 * the crime were about, as an attack named as an arrest's reason is ({@link ArrestReasons}).
 * Only a court's own act of type {@code other} (a prison term, a conviction, an acquittal) counts:
 * a death sentence "for his role in the 2022 uprising" is coded with that uprising, and an act of
 * the crowd told with a verb ("protesters gathered outside as the court sentenced ...") stays.
 */
final class CourtCases {
    private CourtCases() {}

    /** Words of a court's act in an {@code other} trigger phrase: "sentenced", "convicted", "acquitted", "jailed". */
    private static final Set<String> COURT_WORDS = WordSets.named("court-act-words");

    /** True when {@code h} is a protest noun standing after a court's act of the sentence. */
    static boolean background(List<Token> tokens, Hit h, List<Hit> hits) {
        if (!Strikes.protestOrStrike(h) || h.actionForm(tokens)) {
            return false;
        }
        for (Hit o : hits) {
            if (o.type().equals("other") && o.last() < h.first() && courtAct(o)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code h} is a court's act of type {@code other} after another one of its sentence:
     * "convicted a former officer of the killing and sentenced him to 12 years" is one ruling told
     * by two verbs, one event (the second verb would else take a date of its own).
     */
    static boolean sameRuling(Hit h, List<Hit> hits) {
        if (!h.type().equals("other") || !courtAct(h)) {
            return false;
        }
        for (Hit o : hits) {
            if (o != h && o.type().equals("other") && o.last() < h.first() && courtAct(o)) {
                return true;
            }
        }
        return false;
    }

    private static boolean courtAct(Hit o) {
        for (String w : Normalizer.lower(o.trigger().phrase().replace("=", "")).split(" ")) {
            if (COURT_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
