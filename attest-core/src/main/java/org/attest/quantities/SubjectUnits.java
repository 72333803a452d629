package org.attest.quantities;

import java.util.List;
import java.util.Set;
import org.attest.quantities.UnitReader.Unit;

/**
 * Units that a number with no noun of its own takes from words before it in its sentence: a toll
 * noun ("the death toll ... reached 60": deaths), what "the number of" counts ("the number of
 * detainees rose to 450"), the plural subject of a change ("executions increased to 676") or of a
 * verb of size ("the protesters, numbering some 5,000"), and whether "total" stands just before.
 * Asked by {@link UnitInference}, in its order.
 */
final class SubjectUnits {
    private final QuantityLexicon lex;
    private final NounPhraseReader phrases;

    /** Tokens before a number searched for "the number of". */
    private static final int NUMBER_OF_REACH = 20;

    SubjectUnits(QuantityLexicon lex, NounPhraseReader phrases) {
        this.lex = lex;
        this.phrases = phrases;
    }

    /**
     * What "the number of ..." earlier in the context counts ("the number of detainees rose to
     * 450": detainees), or null. It may stand up to {@value #NUMBER_OF_REACH} tokens before, in the
     * same sentence ("the number of people put to death in Iran since the beginning of October has
     * risen to 52").
     */
    String numberOfBefore(String text, List<Token> t, int numberFirst) {
        for (int k = numberFirst - 2; k >= 0 && k >= numberFirst - NUMBER_OF_REACH; k--) {
            if (t.get(k).isSymbol('.') || t.get(k).isSymbol(';')) {
                return null; // another sentence's number
            }
            if (t.get(k).is("number") && k + 1 < numberFirst && lex.peopleVerbs.contains(t.get(k + 1).lower())) {
                return "people"; // "the number detained was at least 2,000"
            }
            if (t.get(k).is("number") && t.get(k + 1).is("of")) {
                int j = UnitReader.skipDeterminer(t, k + 2);
                boolean verb = j < numberFirst && lex.peopleVerbs.contains(t.get(j).lower());
                if (j > k + 2 && verb) {
                    return "people"; // "the number of those arrested", "the number of the dead"
                }
                Unit phrase = phrases.phrase(text, t, j);
                if (phrase == null && verb) {
                    return "people"; // "the number of injured ... reached 98", not "of injured workers"
                }
                return phrase == null || phrase.nonCount() || phrase.last() >= numberFirst ? null : phrase.unit();
            }
        }
        return null;
    }

    /** Words that open the clause whose subject a change verb has ("found that executions rose"). */
    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "and", "but", "while", "as", "when",
            "where", "after", "since", "because", "although", "though", "whereas");

    /** How many tokens before its verb the subject of a change may start. */
    private static final int SUBJECT_REACH = 8;

    /**
     * "executions around the world increased to at least 676": a bare number right after a change
     * verb and "to" or "from", or after a plural "were" / "are" ("registered voters in the state were
     * 1,501,549"), or after a verb of a bound or a level ("engagements topped 15 million", "arrests
     * exceeded 2,000", bound-verbs.txt), or after a verb of a share ("Kurds made up 82 of those
     * hanged", share-verbs.txt), counts the plural noun that opens the verb's clause; "the court
     * raised the fine to 500" (an object between) and "turnout rose to 40" (no plural) give none.
     */
    String changeSubject(String text, List<Token> t, int numberFirst) {
        int verb = numberFirst - 2;
        boolean copula = numberFirst >= 2 && (t.get(numberFirst - 1).is("were") || t.get(numberFirst - 1).is("are"));
        if (copula) {
            verb = numberFirst - 1; // "registered voters in the state were 1,501,549"
        } else if (boundVerb(t, numberFirst) || boundVerb(t, numberFirst - 1)) {
            // "engagements topped 15 million": the verb may be the quantity's own qualifier
            verb = boundVerb(t, numberFirst) ? numberFirst : numberFirst - 1;
        } else if (shareVerb(t, numberFirst)) {
            verb = numberFirst - 2; // "Baluch prisoners made up 108 of those executed"
        } else if (verb < 1 || !(t.get(verb + 1).is("to") || t.get(verb + 1).is("from"))
                || !t.get(verb).isWord() || !lex.changeVerbs.contains(t.get(verb).lower())) {
            return null;
        }
        int open = verb - 1;
        while (open >= 0 && verb - open <= SUBJECT_REACH && t.get(open).isWord()
                && !CLAUSE_OPENERS.contains(t.get(open).lower())) {
            open--;
        }
        if (open >= 0 && verb - open > SUBJECT_REACH) {
            return null;
        }
        if (open >= 0 && !CLAUSE_OPENERS.contains(t.get(open).lower()) && !t.get(open).isSymbol(',')) {
            return null; // a number or another mark stands in the clause
        }
        int first = UnitReader.skipDeterminer(t, open + 1);
        if (first >= verb) {
            return null;
        }
        UnitReader.Unit phrase = phrases.phrase(text, t, first);
        if (phrase == null || phrase.nonCount() || phrase.last() >= verb || phrase.unit() == null
                || !phrase.unit().endsWith("s") || lex.tollNouns.containsKey(phrase.unit().toLowerCase())
                || lex.figureNouns.contains(t.get(phrase.last()).lower())) {
            return null; // "prices rose to 40", "attendance figures were 5,000": figures, no counted thing
        }
        return phrase.unit();
    }

    /** Two-word verbs of a share of a whole ({@code share-verbs.txt}: "made up", "accounted for"). */
    private static final Set<String> SHARE_VERBS = Set.copyOf(LexiconReader.words("share-verbs.txt"));

    /**
     * True when a verb of a share stands right before the number ("Kurds made up 82 of those
     * hanged"): its subject, not the whole after "of", is what the number counts.
     */
    static boolean shareVerb(List<Token> t, int numberFirst) {
        return numberFirst >= 2 && t.get(numberFirst - 2).isWord() && t.get(numberFirst - 1).isWord()
                && SHARE_VERBS.contains(t.get(numberFirst - 2).lower() + " " + t.get(numberFirst - 1).lower());
    }

    /** Verbs whose subject is what the figure after them counts ({@code bound-verbs.txt}). */
    private static final Set<String> BOUND_VERBS = Set.copyOf(LexiconReader.words("bound-verbs.txt"));

    private static boolean boundVerb(List<Token> t, int k) {
        return k >= 1 && k < t.size() && t.get(k).isWord() && BOUND_VERBS.contains(t.get(k).lower());
    }

    /** Verbs that give the size of their subject: "the protesters, numbering some 5,000". */
    private static final Set<String> NUMBERING_VERBS = Set.of("numbering", "numbered", "totalling", "totaling",
            "totalled", "totaled");

    /**
     * "The protesters, numbering some 5,000, marched": a bare number right after a verb of size
     * counts the plural noun just before the verb (a comma between allowed).
     */
    String numberingSubject(String text, List<Token> t, int numberFirst) {
        int verb = numberFirst - 1;
        if (verb >= 3 && t.get(verb).is("the") && t.get(verb - 1).is("in")) {
            verb -= 2; // "protesters numbered in the tens of thousands"
        }
        if (verb < 1 || !t.get(verb).isWord() || !NUMBERING_VERBS.contains(t.get(verb).lower())) {
            return null;
        }
        int end = t.get(verb - 1).isSymbol(',') ? verb - 2 : verb - 1;
        int start = end;
        while (start - 1 >= 0 && end - start < SUBJECT_REACH && t.get(start - 1).isWord()
                && !UnitReader.isDeterminer(t.get(start - 1)) && !CLAUSE_OPENERS.contains(t.get(start - 1).lower())) {
            start--;
        }
        for (int k = start; k <= end && k >= 0; k++) {
            UnitReader.Unit phrase = phrases.phrase(text, t, k);
            if (phrase != null && !phrase.nonCount() && phrase.last() == end && phrase.unit() != null
                    && phrase.unit().endsWith("s")) {
                return phrase.unit(); // the longest noun phrase that ends right before the verb
            }
        }
        return null;
    }

    /** How many words before a number "total" or "tally" may stand ("brought the total so far to 210"). */
    private static final int TOTAL_REACH = 5;

    /** Words before a year that dates a total rather than counting ("the total for 2024", "the tally in 2023"). */
    private static final Set<String> YEAR_OPENERS = Set.of("for", "in", "of", "since");

    /** True when "total" or "tally" stands a few words before the number, with no other number between. */
    static boolean totalBefore(List<Token> t, int numberFirst) {
        for (int k = numberFirst - 1; k >= 0 && k >= numberFirst - TOTAL_REACH; k--) {
            Token tok = t.get(k);
            if (tok.isNumber()) {
                if (UnitInference.year(tok) && k > 0 && YEAR_OPENERS.contains(t.get(k - 1).lower())) {
                    continue; // "the total for 2024 stands at over 250": the year dates the total, counts nothing
                }
                return false;
            }
            if (tok.is("total") || tok.is("tally")) {
                return k + 1 >= t.size() || !t.get(k + 1).is("of"); // "a total of 1,437 people" has its noun
            }
        }
        return false;
    }

    /** How many tokens before a number a toll noun is looked for. */
    private static final int TOLL_REACH = 15;

    /**
     * How far back a toll noun is looked for when no other number stands between: "The death toll
     * in the military's violent crackdown on protesters and their sit-in camp this week reached 60".
     */
    private static final int TOLL_FAR_REACH = 30;

    /** The unit a toll noun earlier in the context names ("death toll": deaths), or null. */
    String tollBefore(List<Token> t, int numberFirst) {
        for (int k = numberFirst - 1; k >= 0 && k >= numberFirst - TOLL_FAR_REACH; k--) {
            Token tok = t.get(k);
            if (k < numberFirst - TOLL_REACH && tok.isNumber()) {
                return null; // far back, another figure stands between: the toll is its figure
            }
            if (!tok.isWord()) {
                continue;
            }
            if (k > 0 && t.get(k - 1).isWord()) {
                String two = lex.tollNouns.get(t.get(k - 1).lower() + " " + tok.lower());
                if (two != null) {
                    return two;
                }
            }
            String one = lex.tollNouns.get(tok.lower());
            if (one != null) {
                return one;
            }
        }
        return null;
    }
}
