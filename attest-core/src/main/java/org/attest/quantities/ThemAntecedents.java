package org.attest.quantities;

import java.util.List;
import java.util.Set;

/**
 * What "N of them" counts when its sentence has no count before it: the plural noun "them" points
 * back to. After a verb that takes people as its object ("attacked striking steel workers in Ahwaz
 * and arrested more than 40 of them", "opened fire on a group of fuel porters ..., killing two of
 * them") it is the nearest plural noun before that verb, the verb's object in the clause before;
 * a figure that opens a clause ("The workers have not been paid, and some 3,500 of them face
 * dismissal") counts the sentence's subject, the first plural noun, unless that subject is of
 * those who act on people ({@code agent-nouns.txt}). Otherwise none.
 */
final class ThemAntecedents {
    private static final Set<String> PRONOUNS = Set.of("them", "these", "those");
    private static final Set<String> AGENTS = Set.copyOf(LexiconReader.words("agent-nouns.txt"));
    /** Plural nouns that do not end in "s". */
    private static final Set<String> IRREGULAR = Set.of("people", "men", "women", "children");
    /** Words that join a clause to the one before it, after which a figure opens its own clause. */
    private static final Set<String> CLAUSE_JOINS = Set.of("and", "but", "while", "whereas");
    /** How many tokens before the verb the object is looked for. */
    private static final int OBJECT_REACH = 14;
    /** At most this many noun modifiers before the head ("fuel porters", "steel workers"). */
    private static final int MODIFIERS = 2;

    private final QuantityLexicon lex;
    private final NounPhraseReader phrases;

    ThemAntecedents(QuantityLexicon lex, NounPhraseReader phrases) {
        this.lex = lex;
        this.phrases = phrases;
    }

    /**
     * The unit of "N of them" at {@code numberFirst} (qualifier included), {@code after} the first
     * token after the number, or null.
     */
    String unit(String text, List<Token> t, int numberFirst, int after) {
        if (numberFirst < 1 || after + 1 >= t.size() || !t.get(after).is("of")
                || !PRONOUNS.contains(t.get(after + 1).lower())) {
            return null;
        }
        Token before = t.get(numberFirst - 1);
        if (before.isWord() && lex.peopleObjectVerbs.contains(before.lower())) {
            for (int h = numberFirst - 2; h >= 0 && h >= numberFirst - OBJECT_REACH; h--) {
                String unit = noun(text, t, h);
                if (unit != null) {
                    return unit;
                }
            }
            return null;
        }
        if (!CLAUSE_JOINS.contains(before.lower()) && !before.isSymbol(',')) {
            return null;
        }
        for (int h = 0; h < numberFirst - 1; h++) {
            String unit = noun(text, t, h);
            if (unit != null) {
                return AGENTS.contains(t.get(h).lower()) ? null : unit;
            }
        }
        return null;
    }

    /** The plural noun phrase whose head is token {@code h}, with its noun modifiers, or null. */
    private String noun(String text, List<Token> t, int h) {
        Token head = t.get(h);
        String w = head.lower();
        if (!head.isWord() || head.capitalized(text) && h > 0 || lex.unitStopWords.contains(w)
                || !(IRREGULAR.contains(w) || w.length() >= 4 && w.endsWith("s") && !w.endsWith("ss")
                        && !w.endsWith("us") && !w.endsWith("is"))) {
            return null;
        }
        int s = h;
        while (s > 0 && h - s < MODIFIERS && modifier(text, t.get(s - 1))) {
            s--;
        }
        for (int first = s; first <= h; first++) {
            UnitReader.Unit phrase = phrases.phrase(text, t, first);
            if (phrase != null && !phrase.nonCount() && phrase.unit() != null && phrase.last() == h) {
                return phrase.unit();
            }
        }
        return null;
    }

    /** A lower-case word that may qualify a noun: no function word, participle or adverb. */
    private boolean modifier(String text, Token tok) {
        String w = tok.lower();
        return tok.isWord() && !tok.capitalized(text) && !lex.unitStopWords.contains(w) && !UnitReader.isDeterminer(tok)
                && !w.endsWith("ed") && !w.endsWith("ing") && !w.endsWith("ly");
    }
}
