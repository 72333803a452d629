package org.attest.quantities;

import java.util.List;
import java.util.Set;

/**
 * Checks that tell an age from a count: an age set off by commas after a name or noun ("Sara
 * Ahmadi, 24, and"), an age limit ("voters under 30", "ten of them were under 18"), a person
 * described by "of" ("a boy of 13", "a mother of two"), an age after "be" or "turns" with a
 * person as subject ("she was 22.", "he is now 54", "who turns 52 next month"), and a range of ages ("their ages
 * ranged from 15 to 60"), an age set off after a name before "and" ("Okello, 61 and in office"), and
 * the value an age limit is set to ("raises the pension age to 67").
 */
final class Ages {
    private final QuantityLexicon lex;

    Ages(QuantityLexicon lex) {
        this.lex = lex;
    }

    /** The kind of age the number {@code m} is, or null when it is none. */
    String reason(String text, List<Token> t, NumberMatch m, Token prev, Token next, boolean qualified) {
        if (asYoungAs(t, m.first())) {
            return "age"; // "children as young as 12 were held": how young, not how many
        }
        if (ageAfterName(text, t, m, prev, next, qualified) || approximateAgeAfterName(text, t, m, prev, next)
                || !qualified && ageNow(text, t, m, prev, next)) {
            return "age";
        }
        if (ageBracket(text, t, m, next)) {
            return "age-bracket";
        }
        if (m.first() >= 2 && prev.is("of") && t.get(m.first() - 2).isWord()
                && lex.personOfNouns.contains(t.get(m.first() - 2).lower()) && !qualified
                && (next == null || !next.isWord() || lex.unitStopWords.contains(next.lower()))) {
            return "person-of"; // "a boy of 13", "a father of three from Minab"
        }
        if (!qualified && ageAfterBe(t, m, next)) {
            return "age-after-be"; // "She was 22.", "who turns 52 next month"
        }
        if (ageRange(t, m.first())) {
            return "age-range"; // "their ages ranged from 15 to 60"
        }
        if (!qualified && ageBeforeAnd(text, t, m, prev, next)) {
            return "age"; // "Okello, 61 and in office since 2001, said"
        }
        if (!qualified && ageTarget(t, m, prev, next)) {
            return "age-limit"; // "lifts the pension age by two years to 67"
        }
        if (!qualified && ageAtAnEvent(t, m, next)) {
            return "age-at"; // "she was arrested at 19 for ...", "executed at 17."
        }
        return null;
    }

    /**
     * "Sara Ahmadi, 24, and ...", "Niloufar K., 31.", "the singer, 27, was ...", "Reza K., also
     * 31, was": a small number set off by commas (an "also" after the first allowed) (or ending the sentence) right after a name or initial, or set off by
     * commas after a lower-case noun when a verb or function word follows.
     */
    private boolean ageAfterName(String text, List<Token> t, NumberMatch m, Token prev, Token next,
                                 boolean qualified) {
        Token first = t.get(m.first());
        // "Sara Ahmadi, also 24, was": "also" gives a second person the same age
        int comma = prev != null && prev.is("also") ? m.first() - 2 : m.first() - 1;
        if (qualified || m.first() != m.last() || !first.isNumber() || !first.plainDigits()
                || first.number() < 1 || first.number() > 110
                || comma < 1 || !t.get(comma).isSymbol(',') || next == null
                || !next.isSymbol(',') && !next.isSymbol('.')) {
            return false;
        }
        Token head = t.get(comma - 1);
        boolean initial = head.isSymbol('.') && comma >= 2 && t.get(comma - 2).capitalized(text);
        if (head.nameLike(text) || initial) {
            return true; // "Sara Ahmadi, 24, and", "journalist Niloufar K., 31.", "Omar al-Jabri, 30,"
        }
        if (!next.isSymbol(',')) {
            return false;
        }
        Token after = m.last() + 2 < t.size() ? t.get(m.last() + 2) : null;
        return head.isWord() && !lex.unitStopWords.contains(head.lower()) && after != null && after.isWord()
                && (lex.unitStopWords.contains(after.lower()) || after.lower().endsWith("ed"));
    }

    /**
     * "said one former detainee, now 68.", "Sara Ahmadi, now 40, was": "now" and a small number set
     * off by a comma after a person's name or a word for one person (an agent noun in -er, -or, -ee,
     * -ist, or a person noun such as "mother"). Not after a figure or a toll ("the number, now 71").
     */
    private boolean ageNow(String text, List<Token> t, NumberMatch m, Token prev, Token next) {
        Token first = t.get(m.first());
        if (prev == null || !prev.is("now") || m.first() != m.last() || m.first() < 3 || !first.isNumber()
                || !first.plainDigits() || first.number() < 1 || first.number() > 110
                || !t.get(m.first() - 2).isSymbol(',') || next != null && !next.isSymbol(',') && !next.isSymbol('.')) {
            return false;
        }
        Token head = t.get(m.first() - 3);
        String w = head.lower();
        if (!head.isWord() || lex.tollNouns.containsKey(w) || lex.figureNouns.contains(Plurals.plural(w))) {
            return false;
        }
        return head.capitalized(text) || lex.personOfNouns.contains(w)
                || !PluralNouns.plural(w) && (w.endsWith("er") || w.endsWith("or") || w.endsWith("ist") || w.endsWith("ee"));
    }

    /** "as young as 12", "as old as 90": the number is an age whatever follows it. */
    private static boolean asYoungAs(List<Token> t, int first) {
        return first >= 3 && t.get(first - 1).is("as") && t.get(first - 3).is("as")
                && (t.get(first - 2).is("young") || t.get(first - 2).is("old"));
    }

    /** Words before a name that make it a place, not a person: "In Kano, 12 and in Jos, 8 died". */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "across", "near", "outside",
            "inside", "around", "to", "of", "throughout");

    /**
     * "Okello, 61 and in office since 2001, said": a small number set off by a comma after a
     * name, joined by "and" to a lower-case description that is no count; not after a place
     * ("In Kano, 12 and in Jos, 8 died").
     */
    private boolean ageBeforeAnd(String text, List<Token> t, NumberMatch m, Token prev, Token next) {
        Token first = t.get(m.first());
        if (m.first() != m.last() || !first.isNumber() || !first.plainDigits() || first.number() < 1
                || first.number() > 110 || prev == null || !prev.isSymbol(',') || m.first() < 2
                || next == null || !next.is("and") || m.last() + 2 >= t.size()) {
            return false;
        }
        Token after = t.get(m.last() + 2);
        if (!after.isWord() || after.capitalized(text) || lex.numberWords.containsKey(after.lower())
                || !lex.unitStopWords.contains(after.lower())) {
            return false; // "Lagos, 12 and Abuja, 8", "Tehran, 40 and dozens more": other counts
        }
        int k = m.first() - 2;
        if (!t.get(k).isWord() || !t.get(k).capitalized(text)) {
            return false;
        }
        while (k > 0 && t.get(k - 1).isWord() && t.get(k - 1).capitalized(text)) {
            k--;
        }
        return k == 0 || !PLACE_PREPOSITIONS.contains(t.get(k - 1).lower());
    }

    /** Words after which a number may be the value an age is set to: "to 67", "at 18", "from 62". */
    private static final Set<String> AGE_TARGETS = Set.of("to", "at", "from");

    /** Tokens before "to" searched for the word "age". */
    private static final int AGE_REACH = 8;

    /**
     * "lifts the pension age by two years to 67", "set the voting age at 16": a small plain number
     * with no noun after "to", "at" or "from", in a clause about an age.
     */
    private boolean ageTarget(List<Token> t, NumberMatch m, Token prev, Token next) {
        Token first = t.get(m.first());
        if (m.first() != m.last() || !first.isNumber() || !first.plainDigits() || first.number() > 110
                || prev == null || !AGE_TARGETS.contains(prev.lower())
                || next != null && next.isWord() && !lex.unitStopWords.contains(next.lower())) {
            return false;
        }
        for (int k = m.first() - 2; k >= 0 && k >= m.first() - 1 - AGE_REACH; k--) {
            Token tok = t.get(k);
            if (tok.isSymbol(',') || tok.isSymbol(';') || tok.isSymbol('.')) {
                return false;
            }
            if (tok.is("age")) {
                return true;
            }
        }
        return false;
    }

    /** Qualifiers of an age a writer is not sure of: "Nasser Z., about 39, was arrested". */
    private static final Set<String> APPROXIMATE = Set.of("about", "around", "roughly", "approximately");

    /**
     * "Karim Nouri, about 39, was arrested": an age with "about" set off by commas after a name;
     * a count of a place is written with its noun ("in Tabriz, about 300 people").
     */
    private static boolean approximateAgeAfterName(String text, List<Token> t, NumberMatch m, Token prev, Token next) {
        Token first = t.get(m.first());
        if (m.first() != m.last() || !first.isNumber() || !first.plainDigits() || first.number() < 1
                || first.number() > 110 || prev == null || !prev.isWord() || !APPROXIMATE.contains(prev.lower())
                || m.first() < 3 || !t.get(m.first() - 2).isSymbol(',') || next == null || !next.isSymbol(',')) {
            return false;
        }
        return t.get(m.first() - 3).capitalized(text);
    }

    /** Conjunctions that stand where the noun of an age bound would ("and over 70 are held"). */
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "but", "while", "whereas");

    /** Forms of "be" before an age bound: "were under 18". */
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");

    /** Words that bound an age after a noun: "voters under 30", "people over 60". */
    private static final Set<String> AGE_BOUNDS = Set.of("under", "over", "above", "below");

    /**
     * "voters under 30 said", "children under 15", "aged over 60": a small whole number after a
     * bound that follows a noun (or "aged"), with no noun of its own, is an age limit.
     */
    private boolean ageBracket(String text, List<Token> t, NumberMatch m, Token next) {
        Token first = t.get(m.first());
        if (m.first() != m.last() || !first.isNumber() || !first.plainDigits() || first.number() > 100
                || m.first() < 2 || !AGE_BOUNDS.contains(t.get(m.first() - 1).lower())) {
            return false;
        }
        if (next != null && next.isWord() && !lex.unitStopWords.contains(next.lower()) && !CONJUNCTIONS.contains(next.lower())
                && !lex.peopleVerbs.contains(next.lower()) && !next.lower().endsWith("ed")) {
            return false; // "over 40 protesters"; not "under 30 and over 60", no noun
        }
        if (next != null && (next.isSymbol('%') || next.is("percent"))) {
            return false; // "or over 3% of the population": a share, never an age
        }
        Token head = t.get(m.first() - 2);
        String w = head.lower();
        if (BE.contains(w)) {
            // "ten of them were under 18": an age after "be" when the number could be one
            return first.number() >= 12 && first.number() <= 21 && (next == null || !next.isSymbol('%'));
        }
        if (CONJUNCTIONS.contains(w)) {
            // "..., and over 70 are in prison": a new clause's count, no noun before the bound; but
            // "voters under 30 and over 60" joins a second age to a first
            return m.first() >= 4 && t.get(m.first() - 3).isNumber() && AGE_BOUNDS.contains(t.get(m.first() - 4).lower());
        }
        // a capitalised head other than the first word is a name: "In Zahedan over 90 were killed"
        boolean name = head.capitalized(text) && m.first() > 2;
        return head.isWord() && (w.equals("aged") || !name && !lex.unitStopWords.contains(w)
                && !lex.peopleVerbs.contains(w) && !lex.peopleObjectVerbs.contains(w)
                && !lex.qualifiers.containsKey(w) && !lex.numberWords.containsKey(w)
                && !w.endsWith("ed") && !lex.adverbLike(w) && !w.endsWith("ing"));
    }

    /** Verbs after which a person's bare number is an age: "she was 22", "who turns 52". */
    private static final Set<String> AGE_VERBS = Set.of("is", "was", "been", "turns", "turned", "turn");

    /** Subjects that make a bare number after "be" an age: persons, not counts or tolls. */
    private static final Set<String> PERSON_SUBJECTS = Set.copyOf(LexiconReader.words("age-subjects.txt"));

    /**
     * "She was 22.", "the youngest was 12", "the teenager, who was 17, was shot", "who turns 52
     * next month": a small plain number with no noun after a person's "be" or "turns".
     */
    private boolean ageAfterBe(List<Token> t, NumberMatch m, Token next) {
        Token first = t.get(m.first());
        int verb = m.first() - 1;
        if (verb >= 1 && AGE_ADVERBS.contains(t.get(verb).lower())) {
            verb--; // "he is now 54", "she was still 17"
        }
        if (m.first() != m.last() || !first.isNumber() || !first.plainDigits() || first.number() > 110
                || verb < 1 || !AGE_VERBS.contains(t.get(verb).lower())) {
            return false;
        }
        if (next != null && next.isWord() && !lex.unitStopWords.contains(next.lower())
                && !next.is("and") && !next.is("next") && !next.is("last")) {
            return false; // "she was 22 years old" is read by its noun; "who was 300 strong" is none
        }
        int subject = verb - 1;
        if (t.get(verb).is("been") && subject >= 1 && PERFECT.contains(t.get(subject).lower())) {
            subject--; // "she had been 23 back then", "she has been 30 for a week"
        }
        return PERSON_SUBJECTS.contains(t.get(subject).lower()) || whenAPersonWas(t, m.last());
    }

    /** Auxiliaries of "been" between a person and an age: "he had been 19". */
    private static final Set<String> PERFECT = Set.of("had", "has", "have");

    /**
     * "I was arrested at 19 for handing out leaflets", "he was executed at 17.": a small plain
     * number with no noun right after "at" and a people verb tells how old someone was when it
     * befell them; "arrested at 19 sites" keeps its noun and is read as a count.
     */
    private boolean ageAtAnEvent(List<Token> t, NumberMatch m, Token next) {
        Token first = t.get(m.first());
        if (m.first() != m.last() || m.first() < 2 || !first.isNumber() || !first.plainDigits()
                || first.number() > 110 || !t.get(m.first() - 1).is("at")
                || !lex.peopleVerbs.contains(t.get(m.first() - 2).lower()) || figureBefore(t, m.first() - 2)) {
            return false;
        }
        return next == null || !next.isWord() || lex.unitStopWords.contains(next.lower());
    }

    /**
     * True when a figure noun stands just before the people verb at {@code verb}: "put the number of
     * people detained at 22" gives a count, not the age at which someone was detained.
     */
    private boolean figureBefore(List<Token> t, int verb) {
        for (int k = verb - 1; k >= 0 && k >= verb - 4; k--) {
            if (t.get(k).isWord() && lex.figureNouns.contains(Plurals.plural(t.get(k).lower()))) {
                return true;
            }
        }
        return false;
    }

    /** Pronouns after "when" that make the number before it a person's age, not a count. */
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "i");

    /**
     * "Karimi was 17 when he was arrested": "when" and a person's pronoun right after the number
     * say how old someone was at a moment, whatever the subject of "was" is.
     */
    private static boolean whenAPersonWas(List<Token> t, int last) {
        return last + 2 < t.size() && t.get(last + 1).is("when") && PERSON_PRONOUNS.contains(t.get(last + 2).lower());
    }

    /** Adverbs of time between a person's "be" and an age: "he is now 54". */
    private static final Set<String> AGE_ADVERBS = Set.of("now", "still", "then", "only", "just");

    /** "ages ranged from 15 to 60", "aged from 15 to 60": the low end of a range of ages. */
    private static boolean ageRange(List<Token> t, int first) {
        if (first >= 3 && t.get(first - 2).isNumber() && (t.get(first - 1).is("to") || t.get(first - 1).is("and")
                || t.get(first - 1).isSymbol('-') || t.get(first - 1).isSymbol('\u2013'))) {
            return ageRange(t, first - 2); // "60" of "from 15 to 60"
        }
        if (first < 2 || !t.get(first - 1).is("from") && !t.get(first - 1).is("between")) {
            return false;
        }
        for (int k = first - 2; k >= 0 && k >= first - 4; k--) {
            String w = t.get(k).lower();
            if (w.equals("ages") || w.equals("age") || w.equals("aged")) {
                return true;
            }
        }
        return false;
    }
}
