package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * Acts named in general, of kinds of people rather than of anyone in particular, in a sentence that
 * states no date: "Insurgents have attacked army posts, pipelines and foreign engineers" sums
 * up a campaign, a bare plural acting on bare plurals in the present perfect; "Hanging prisoners on
 * the strength of forced confessions would be a wrong" names an act as a subject to judge. Neither
 * tells something that happened on a day. "Insurgents have attacked an army post" (one target), "Three
 * gunmen have killed two guards" (counted people) and a dated sentence are left alone.
 * Asked by {@link HitLists#withoutHabits}, only of undated sentences.
 */
final class GenericActs {
    private GenericActs() {}

    /** Words that open a noun phrase of someone or something in particular: "a", "the", "his", "two". */
    private static final Set<String> PARTICULAR = WordSets.named("particular-openers");
    /** Verbs that judge a gerund subject: "would be", "is", "amounts to". */
    private static final Set<String> JUDGING = WordSets.named("gerund-judging-verbs");
    /** Tokens after the gerund in which the judging verb may stand. */
    private static final int JUDGE_REACH = 12;

    /** True when hit {@code h} names an act in general: a perfect of kinds, or a gerund subject. */
    static boolean generic(List<Token> tokens, Hit h) {
        return h.trigger().form() == Trigger.Form.ACT && h.first() == h.last()
                && (perfectOfKinds(tokens, h.first()) || gerundSubject(tokens, h.first()));
    }

    /** "insurgents have attacked army posts": a bare plural subject, "have", a bare plural object. */
    private static boolean perfectOfKinds(List<Token> tokens, int verb) {
        if (verb < 2 || verb + 1 >= tokens.size() || !tokens.get(verb).lower().endsWith("ed")) {
            return false;
        }
        Token aux = tokens.get(verb - 1);
        Token subject = tokens.get(verb - 2);
        if (!aux.lower().equals("have") || !barePlural(subject) || verb - 2 > 1) {
            return false; // the subject opens the sentence: "Militants have", "Armed militants have"
        }
        if (verb - 2 == 1 && (!tokens.get(0).word() || PARTICULAR.contains(tokens.get(0).lower()))) {
            return false; // "Three gunmen have", "The militants have": people in particular
        }
        Token object = tokens.get(verb + 1);
        return object.word() && !PARTICULAR.contains(object.lower()) && !figure(object) && pluralWithin(tokens, verb + 1);
    }

    /** True when a bare plural noun stands within three words after the verb: "security forces", "migrant workers". */
    private static boolean pluralWithin(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size() && k < from + 3; k++) {
            Token t = tokens.get(k);
            if (!t.word()) {
                return false;
            }
            if (barePlural(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean barePlural(Token t) {
        String w = t.lower();
        return t.word() && w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us");
    }

    private static boolean figure(Token t) {
        return !t.surface().isEmpty() && Character.isDigit(t.surface().charAt(0));
    }

    /** "Hanging prisoners ... would be a wrong": an -ing trigger opening the sentence as its subject. */
    private static boolean gerundSubject(List<Token> tokens, int verb) {
        int first = 0;
        while (first < tokens.size() && !tokens.get(first).word()) {
            first++; // an opening quotation mark
        }
        Token t = tokens.get(verb);
        if (verb != first || !t.capitalised() || !t.lower().endsWith("ing") || verb + 1 >= tokens.size()
                || !tokens.get(verb + 1).word() || tokens.get(verb + 1).lower().equals("of")) {
            return false; // "Killing of a journalist sparks protests": a noun, the act itself
        }
        for (int k = verb + 1; k < tokens.size() && k <= verb + JUDGE_REACH; k++) {
            Token w = tokens.get(k);
            if (w.surface().equals(",")) {
                return false; // "Arresting the men on Friday, police said ...": a participle clause
            }
            if (w.word() && JUDGING.contains(w.lower())) {
                return true;
            }
        }
        return false;
    }
}
