package org.attest.quantities;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A bare number that opens a clause of its own after a count of the same sentence ("Hundreds of
 * students were held, and activists said at least 30 were later charged"; "at least 1,000 retirees
 * rallied, though police said fewer than 300 were present") is a figure of that count: the writer
 * leaves out the noun because the sentence has just named it. The clause is known by a word that
 * introduces it before the number ({@code clause-openers.txt}: "that", "said", "while") and an
 * auxiliary right after it ("were", "had", "have"). A count named as a part ("including 12
 * children", "among them dozens of teenagers"), a sum of money and a count of places ("spread
 * to 40 towns") are not the one meant.
 */
final class SubjectClauses {
    /** Words that introduce a clause whose subject a bare number after them may be. */
    private static final Set<String> OPENERS = Set.copyOf(LexiconReader.words("clause-openers.txt"));
    /** Auxiliaries right after the bare number that make it the subject of its clause. */
    private static final Set<String> AUXILIARIES = Set.of("were", "was", "had", "have", "has", "are", "is",
            "would", "will", "could", "might", "may");

    private SubjectClauses() {}

    /**
     * True when the bare number whose quantity spans tokens [{@code numberFirst}, {@code after})
     * is the subject of a clause opened just before it.
     */
    static boolean opensClause(List<Token> t, int numberFirst, int after) {
        return numberFirst >= 1 && after < t.size() && t.get(numberFirst - 1).isWord()
                && OPENERS.contains(t.get(numberFirst - 1).lower()) && AUXILIARIES.contains(t.get(after).lower());
    }

    /** Nouns of places and sites, which a clause's people are never ({@code place-count-nouns.txt}). */
    private static final Set<String> PLACES = Set.copyOf(LexiconReader.words("place-count-nouns.txt"));

    /**
     * True when a count with {@code unit}, starting at token {@code first}, may be the count a
     * later clause's bare number is of: not money, not the places something spread to ("to 40
     * towns, and activists said 300 were held": the 300 are people), and not a part.
     */
    static boolean mayBeMain(UnitReader.Unit unit, List<Token> t, int first) {
        String u = unit.unit();
        String head = u.substring(u.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return !"currency".equals(unit.source()) && !PLACES.contains(head) && !subset(t, first);
    }

    /**
     * True when the quantity starting at {@code first} is named as a part of a count before it:
     * "including 12 children", "among them 40 women", "among whom 3 minors".
     */
    static boolean subset(List<Token> t, int first) {
        if (first >= 1 && (t.get(first - 1).is("including") || t.get(first - 1).is("among"))) {
            return true;
        }
        return first >= 2 && t.get(first - 2).is("among")
                && (t.get(first - 1).is("them") || t.get(first - 1).is("whom") || t.get(first - 1).is("those"));
    }
}
