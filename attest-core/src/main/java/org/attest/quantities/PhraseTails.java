package org.attest.quantities;

import java.util.List;
import java.util.Set;

/**
 * What may follow the head noun of a counted phrase and still belong to the unit, for
 * {@link NounPhraseReader}: an "of" phrase of a compound noun ("members of parliament"), "and
 * other" and a plural ("students and other protesters"), "and their" and a plural of persons
 * ("Iranians and their supporters"), and a comma list of plural nouns
 * ("advocates, lawyers and political activists"), each item one plural noun with at most one
 * lower-case word before it, and a compound after "and" ("workers and family members").
 */
final class PhraseTails {
    /** Last words of the bodies whose members are a kind of person ({@code member-bodies.txt}). */
    private static final Set<String> MEMBER_BODIES = Set.copyOf(LexiconReader.words("member-bodies.txt"));
    /** At most this many words of a body's name after "members of the" ("the Islamic Revolutionary Guard Corps"). */
    private static final int BODY_WORDS = 4;

    /** Nouns of groups, not persons, that "and their" does not join to the unit ({@code group-nouns.txt}). */
    private static final Set<String> GROUP_NOUNS = Set.copyOf(LexiconReader.words("group-nouns.txt"));

    /** Gerunds of speech that make a joined noun a source with a clause of its own ({@code speech-gerunds.txt}). */
    private static final Set<String> SPEECH_GERUNDS = Set.copyOf(LexiconReader.words("speech-gerunds.txt"));

    private final QuantityLexicon lex;
    private final NounPhraseReader phrases;

    PhraseTails(QuantityLexicon lex, NounPhraseReader phrases) {
        this.lex = lex;
        this.phrases = phrases;
    }

    /**
     * True when the noun ending at {@code last}, joined by "and" to the noun counted, is followed by
     * a gerund of speech ("dozens of deaths and officials saying ..."): it is the subject of a clause
     * of its own, a source, not a second kind of the thing counted; "100 universities and colleges"
     * has no such tail and stays one unit. (An "of" tail, "sources and relatives of the prisoners",
     * is left alone: the count left would be one of sources, which {@link SourceCounts} drops.)
     */
    boolean joinedHasOwnTail(List<Token> t, int last) {
        return last + 1 < t.size() && t.get(last + 1).isWord() && SPEECH_GERUNDS.contains(t.get(last + 1).lower());
    }

    /**
     * The last token of the "of" phrase that belongs to the noun ending at {@code last} ("members
     * of parliament", "heads of state", {@code of-compound-nouns.txt}), else {@code last}.
     */
    int ofCompound(List<Token> t, int last) {
        if (last + 2 >= t.size() || !t.get(last + 1).is("of")) {
            return last;
        }
        String key = t.get(last).lower() + " of";
        // up to four words after "of": "members of the House of Lords"
        for (int k = last + 2; k < t.size() && k <= last + 5 && t.get(k).isWord(); k++) {
            key += " " + t.get(k).lower();
            if (lex.ofCompoundNouns.contains(key)) {
                return k;
            }
        }
        return memberBody(t, last);
    }

    /**
     * The last token of the body in "members of the security forces", "members of the Basij
     * militia" ({@code member-bodies.txt}), when the noun ending at {@code last} is "members";
     * else {@code last}. The body's name runs on over words that are no stop word, and the last
     * body word in it ends the unit ("members of the Revolutionary Guard Corps").
     */
    private int memberBody(List<Token> t, int last) {
        if (!t.get(last).is("members") || last + 3 >= t.size() || !t.get(last + 2).is("the")) {
            return last;
        }
        int end = last;
        for (int k = last + 3; k < t.size() && k <= last + 2 + BODY_WORDS; k++) {
            Token tok = t.get(k);
            if (!tok.isWord() || lex.unitStopWords.contains(tok.lower())) {
                break;
            }
            if (MEMBER_BODIES.contains(tok.lower())) {
                end = k;
            }
        }
        return end;
    }

    /**
     * True when "their" at {@code k}, after the "and" that follows a plural noun, opens a plural
     * noun of persons: "tens of thousands of Iranians and their supporters" counts Iranians and
     * supporters (the unit leaves "their" out); "450 workers and their families" counts workers.
     */
    boolean ownersPlural(String text, List<Token> t, int k, boolean sawLower) {
        if (k + 1 >= t.size() || k < 2 || !t.get(k).is("their") || !PluralNouns.plural(t.get(k - 2).lower())) {
            return false;
        }
        Token noun = t.get(k + 1);
        String w = noun.lower();
        return noun.isWord() && noun.spaceBefore() && !noun.capitalized(text)
                && phrases.nounLike(text, noun, true, sawLower) && !lex.nonCountNouns.contains(w)
                && !NounPhraseReader.beforeName(text, t, k + 1) && PluralNouns.plural(w) && !GROUP_NOUNS.contains(w);
    }

    /** At most this many nouns after the first in a comma list read as one unit. */
    private static final int LIST_ITEMS = 4;

    /**
     * The last token of a list of plural nouns ({@link #listItem}) that goes on from the comma at {@code comma}
     * and closes with "and" or "or" ("academicians, activists and lawyers"), or -1 when what
     * follows the comma is no such list ("40 protesters, police said").
     */
    int listEnd(String text, List<Token> t, int comma, boolean sawLower) {
        int k = comma;
        for (int items = 0; items < LIST_ITEMS; items++) {
            int item = listItem(text, t, k + 1, sawLower);
            if (item < 0 || item + 1 >= t.size()) {
                return -1;
            }
            k = item - 1; // the item's last token now stands at k + 1
            Token after = t.get(k + 2);
            if (after.isSymbol(',') && k + 3 < t.size() && (t.get(k + 3).is("and") || t.get(k + 3).is("or"))) {
                k++; // "students, workers, and activists": the serial comma before the last item
                after = t.get(k + 2);
            }
            if (after.is("and") || after.is("or")) {
                int last = k + 3 < t.size() && !NounPhraseReader.beforeName(text, t, k + 3) ? listItem(text, t, k + 3, sawLower) : -1;
                return last > 0 && (last + 1 >= t.size() || !t.get(last + 1).isWord()
                        || !phrases.nounLike(text, t.get(last + 1), true, sawLower)
                        || lex.nonCountNouns.contains(t.get(last + 1).lower())) ? last : -1;
            }
            if (!after.isSymbol(',')) {
                return -1;
            }
            k += 2;
        }
        return -1;
    }

    /**
     * The last token of one item of a list of counted nouns starting at {@code k}: a plural noun
     * ("lawyers"), or one lower-case word before it ("political activists", "other dissidents");
     * -1 when none starts there.
     */
    private int listItem(String text, List<Token> t, int k, boolean sawLower) {
        if (k >= t.size()) {
            return -1;
        }
        Token tok = t.get(k);
        boolean modifier = tok.isWord() && tok.spaceBefore() && !tok.capitalized(text)
                && (tok.is("other") || phrases.nounLike(text, tok, true, sawLower)) && !lex.nonCountNouns.contains(tok.lower());
        if (modifier && k + 1 < t.size() && listNoun(text, t.get(k + 1), sawLower)) {
            return k + 1;
        }
        return listNoun(text, tok, sawLower) ? k : -1;
    }

    /**
     * The last token of "other" and a plural noun after the conjunction at {@code k - 1}, when the
     * phrase so far ends in a plural ("students and other protesters"), else -1.
     */
    int otherNoun(String text, List<Token> t, int k, int unitLast, boolean sawLower) {
        if (unitLast < 0 || k + 1 >= t.size() || !t.get(k).is("other") || !PluralNouns.plural(t.get(unitLast).lower())) {
            return -1;
        }
        Token noun = t.get(k + 1);
        return noun.isWord() && noun.spaceBefore() && !noun.capitalized(text) && PluralNouns.plural(noun.lower())
                && phrases.nounLike(text, noun, true, sawLower) && !lex.nonCountNouns.contains(noun.lower()) ? k + 1 : -1;
    }

    /**
     * The last token of a compound ending in a plural that opens with a lower-case singular at
     * {@code k}, right after the "and" that follows the plural at {@code unitLast} ("160 workers
     * and family members", "supermarkets and convenience stores", "educators and support staff"),
     * else -1: a second noun of the same count, not someone else's singular ("miners and their
     * leader").
     */
    int compoundNoun(String text, List<Token> t, int k, int unitLast, boolean sawLower) {
        if (k + 1 >= t.size() || !PluralNouns.plural(t.get(unitLast).lower()) || !t.get(k).isWord()
                || !t.get(k).spaceBefore() || t.get(k).capitalized(text)) {
            return -1;
        }
        String w = t.get(k).lower();
        if (PluralNouns.plural(w) || lex.unitStopWords.contains(w) || lex.numberWords.containsKey(w)
                || lex.magnitudes.containsKey(w) || lex.nonCountNouns.contains(w) || lex.adverbLike(w)
                || lex.peopleVerbs.contains(w) || w.endsWith("ed") || w.endsWith("ing")) {
            return -1;
        }
        Token head = t.get(k + 1);
        String h = head.lower();
        return head.isWord() && head.spaceBefore() && !head.capitalized(text) && PluralNouns.plural(h)
                && phrases.nounLike(text, head, true, sawLower) && !lex.nonCountNouns.contains(h) ? k + 1 : -1;
    }

    /** A lower-case plural noun that may be an item of a list of counted nouns. */
    private boolean listNoun(String text, Token tok, boolean sawLower) {
        String w = tok.lower();
        // a plural in "-s" or an irregular one: "men, women and children"
        return tok.isWord() && tok.spaceBefore() && !tok.capitalized(text) && (w.endsWith("s") || PluralNouns.plural(w))
                && phrases.nounLike(text, tok, true, sawLower) && !lex.nonCountNouns.contains(w);
    }
}
