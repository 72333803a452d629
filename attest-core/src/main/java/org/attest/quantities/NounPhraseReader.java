package org.attest.quantities;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the counted noun phrase that starts at a token ("peaceful demonstrators", "cities and
 * towns"). A noun phrase is at most six words; it may open with a people verb used as an
 * adjective ("14 detained teachers"); it stops at punctuation, a function word or common verb,
 * another number, an adverb, a verb form or an adjective or present-tense verb that follows its
 * noun ("protesters angry over prices", "teachers live below ...") after the first word, or a
 * capitalised word after a lower-case one (a name). An adverb and a participle before the noun
 * qualify it ("12 newly arrested students"); with no noun after them they are the verb of a number
 * standing alone ("2,500 seriously injured"). A first word that is a participle with a
 * preposition after it, or a participle that ends the clause ("only 1,199 identified.", "only 900
 * working."), is a
 * verb, not the noun ("the 883 recorded in 2022"). A duration or
 * measure noun right after the number ("eight years", "60 kilometres") marks the number as not
 * a count.
 */
final class NounPhraseReader {
    private final QuantityLexicon lex;
    private final PhraseTails tails;

    NounPhraseReader(QuantityLexicon lex) {
        this.lex = lex;
        this.tails = new PhraseTails(lex, this);
    }

    /**
     * The noun phrase starting at token {@code j}, or null when there is none. A people's adjective
     * or a name that opens it stays in the unit ("three Kurdish prisoners": Kurdish prisoners, "14
     * European countries", "two National Assembly seats"): it tells which things are counted, and a
     * figure for "prisoners" at large would be another figure.
     */
    UnitReader.Unit phrase(String text, List<Token> t, int j) {
        int k = j;
        int words = 0;
        int unitFirst = -1;
        int unitLast = -1;
        boolean sawLower = false;
        int owner = -1; // a "their" inside the phrase, left out of the unit
        int beforeJoin = -1; // the unit's last token before a noun joined by "and"
        while (k < t.size() && words < 6) {
            Token tok = t.get(k);
            if (possessiveMark(text, t, k, unitLast, sawLower)) {
                k++; // "thirty teachers' rights activists": the owners qualify the noun counted
                continue;
            }
            if (tok.isSymbol(',') && unitLast == k - 1 && !participlesOnly(t, unitFirst, unitLast)) {
                int end = tails.listEnd(text, t, k, sawLower);
                if (end > 0) {
                    beforeJoin = beforeJoin < 0 ? unitLast : beforeJoin; // "people, officials and witnesses said"
                    unitLast = end; // "16 academicians, activists and lawyers": one list of nouns counted
                    k = end + 1;
                    break;
                }
            }
            boolean quoted = k == j && k > 0 && (t.get(k - 1).isSymbol('"') || t.get(k - 1).isSymbol('\u201c'));
            if (!tok.isWord() || !tok.spaceBefore() && !quoted) { // '3,000 "rioters"': glued to its quote
                break;
            }
            String w = tok.lower();
            if ((w.equals("and") || w.equals("or")) && unitLast < 0) {
                break; // "detained 30 and released them": no noun before the conjunction
            }
            if (w.equals("and") || w.equals("or")) {
                int other = tails.otherNoun(text, t, k + 1, unitLast, sawLower);
                if (other > 0) {
                    unitLast = other; // "79 students and other protesters": the count takes in the others
                    k = other + 1;
                    break;
                }
                int compound = unitLast == k - 1 ? tails.compoundNoun(text, t, k + 1, unitLast, sawLower) : -1;
                if (compound > 0) {
                    unitLast = compound; // "160 workers and family members": the second noun is a compound
                    k = compound + 1;
                    words += 2;
                    continue;
                }
                if (unitLast == k - 1 && tails.ownersPlural(text, t, k + 1, sawLower)) {
                    owner = k + 1; // "Iranians and their supporters": the owner word says nothing of who
                    k += 2;
                    continue;
                }
                if (k + 1 < t.size() && joinable(text, t.get(k + 1), sawLower) && !beforeName(text, t, k + 1)
                        && !(PluralNouns.plural(t.get(unitLast).lower()) && !PluralNouns.plural(t.get(k + 1).lower()))) {
                    beforeJoin = beforeJoin < 0 ? unitLast : beforeJoin;
                    k++;
                    continue;
                }
                break;
            }
            if (lex.nonCountNouns.contains(w)) {
                String uses = unitFirst < 0 && w.equals("times") ? usedBefore(t, j) : null;
                if (uses != null) {
                    return new UnitReader.Unit(uses, k, "phrase", false); // "shared 120,000 times": shares
                }
                if (unitFirst < 0 || !PluralNouns.pluralBetween(t, unitFirst, unitLast)) {
                    // "eight years"; "three consecutive days", "two long months": adjectives before
                    // the time noun, no counted noun
                    return new UnitReader.Unit(null, k, "none", true);
                }
                break;
            }
            if (unitFirst < 0 && lex.unitModifiers.contains(w)) {
                k++;
                words++;
                continue;
            }
            if (unitFirst < 0 && adverbBeforeVerb(t, k)) {
                if (!beforeNoun(text, t, k + 2)) {
                    break; // "2,500 seriously injured", "40 badly beaten": the adverb of a verb, no noun
                }
                unitFirst = k; // "12 newly arrested students": adverb and participle qualify the noun
                unitLast = k + 1;
                sawLower |= !tok.capitalized(text);
                words += 2;
                k += 2;
                continue;
            }
            if (unitFirst < 0 && participleAlone(t, k)) {
                break; // "the 883 recorded in 2022", "28,000 lived in Tehran": a verb, not a noun
            }
            if (unitFirst < 0 && headlineVerb(text, t, k)) {
                break; // "11 Await Execution", "300 March on Parliament": the verb of a title, people meant
            }
            if (unitFirst < 0 && lex.postposedWords.contains(w) && !beforeNoun(text, t, k + 1)) {
                break; // "50 seats out of 75 available": an adjective with no noun after it, none counted
            }
            if (unitLast >= 0 && lex.toVerbs.contains(w) && k + 1 < t.size() && t.get(k + 1).is("to")) {
                break; // "Hundreds of nurses vow to strike": the verb of the count, not its noun
            }
            // "14 detained teachers"; "of the reported deaths": a participle after "the" or "of"
            boolean attributive = unitFirst < 0 && (lex.peopleVerbs.contains(w) || w.endsWith("ed") && k > 0
                    && (UnitReader.isDeterminer(t.get(k - 1)) || t.get(k - 1).is("of"))) && beforeNoun(text, t, k + 1);
            // "two accredited monitoring groups": after participles alone no noun has come yet
            boolean afterNoun = unitLast >= 0 && !participlesOnly(t, unitFirst, unitLast);
            // "420 city and university protest gatherings": a headline verb before a plural noun is
            // the first word of a compound noun, not the verb of the count
            boolean compound = afterNoun && lex.headlineVerbs.contains(w) && !tok.capitalized(text)
                    && k + 1 < t.size() && beforeNoun(text, t, k + 1) && t.get(k + 1).lower().endsWith("s");
            // "9,800 vacant teaching posts": a gerund between an adjective and a plural noun names a
            // kind of the noun ("teaching posts", "polling stations"); after a plural it is a verb
            // ("200 workers carrying banners")
            compound |= afterNoun && w.endsWith("ing") && !tok.capitalized(text) && !PluralNouns.anyPlural(t, unitFirst, unitLast)
                    && k + 1 < t.size() && beforeNoun(text, t, k + 1) && PluralNouns.plural(t.get(k + 1).lower());
            if (!attributive && !compound && !abbreviation(text, t, k, unitFirst) && !nounLike(text, tok, afterNoun, sawLower)
                    && !demonymAdjective(text, t, k, sawLower, unitFirst)) {
                break;
            }
            if (afterNoun && unitLast == k - 1 && pluralHead(text, t, unitLast, k, sawLower)) {
                break; // "ordered 900 dockers back to work", "500 marchers overran": the plural was the head
            }
            if (unitFirst < 0) {
                unitFirst = k;
            }
            unitLast = k;
            sawLower |= !tok.capitalized(text);
            words++;
            k++;
        }
        if (unitFirst < 0) {
            return null;
        }
        if (beforeJoin >= 0 && unitLast > beforeJoin && tails.joinedHasOwnTail(t, unitLast)) {
            unitLast = beforeJoin; // "deaths and officials saying ...": the deaths counted
        }
        unitLast = tails.ofCompound(t, unitLast);
        if (owner > unitLast) {
            owner = -1; // the phrase stopped at the "and"
        }
        String unit = owner < 0 ? text.substring(t.get(unitFirst).start(), t.get(unitLast).end())
                : text.substring(t.get(unitFirst).start(), t.get(owner - 1).end()) + " "
                        + text.substring(t.get(owner + 1).start(), t.get(unitLast).end());
        return new UnitReader.Unit(Tokenizer.collapseSpaces(unit), unitLast, "phrase", false);
    }

    /**
     * True when the word at {@code k}, right after a number, is a present-tense verb of a headline
     * in title case ("11 Await Execution", "300 Protest Outside Parliament"), not the first word
     * of a compound before a plural noun ("Two Rally Organisers Arrested").
     */
    private boolean headlineVerb(String text, List<Token> t, int k) {
        if (!lex.headlineVerbs.contains(t.get(k).lower())) {
            return false;
        }
        if (!t.get(k).capitalized(text)) {
            return verbOfPluralNumber(t, k);
        }
        Token next = k + 1 < t.size() ? t.get(k + 1) : null;
        boolean pluralNext = next != null && next.isWord() && next.lower().endsWith("s")
                && !lex.unitStopWords.contains(next.lower());
        return !pluralNext && Exclusions.titleCase(text, t);
    }

    /**
     * "150,000 protest in Minsk", "40 die in clashes": a number above one takes a plural noun, so
     * the singular headline word after it, with a preposition, a punctuation mark or nothing after
     * that, is the verb of the people counted; "one protest in Minsk" and "two protest leaders"
     * keep their noun.
     */
    private boolean verbOfPluralNumber(List<Token> t, int k) {
        QuantityLexicon.NumberWord word = k < 1 ? null : lex.numberWords.get(t.get(k - 1).lower());
        boolean plural = k >= 1 && (t.get(k - 1).isNumber() && !t.get(k - 1).lower().equals("1")
                || word != null && word.value() > 1); // "two pay 11,000 roubles"
        if (!plural) {
            return false;
        }
        Token next = k + 1 < t.size() ? t.get(k + 1) : null;
        return next == null || !next.isWord() || lex.unitStopWords.contains(next.lower());
    }

    /**
     * True when token {@code k} is a lower-case noun a people verb before it can qualify: "14
     * detained teachers", not "14 detained yesterday" or "12 killed Saturday".
     */
    private boolean beforeNoun(String text, List<Token> t, int k) {
        if (k >= t.size()) {
            return false;
        }
        Token tok = t.get(k);
        String w = tok.lower();
        return tok.isWord() && tok.spaceBefore() && !tok.capitalized(text) && !w.equals("and") && !w.equals("or")
                && nounLike(text, tok, false, false) && !lex.postposedWords.contains(w)
                && !lex.nonCountNouns.contains(w) && !lex.adverbLike(w) && !w.endsWith("ed") && !w.endsWith("ing");
    }

    /**
     * "13 US cents", "40 IT workers": a word of two or three capitals opening the phrase before a
     * lower-case noun is an abbreviation, not the pronoun or function word it spells.
     */
    private boolean abbreviation(String text, List<Token> t, int k, int unitFirst) {
        Token tok = t.get(k);
        if (unitFirst >= 0 || tok.end() - tok.start() > 3 || tok.end() - tok.start() < 2 || k + 1 >= t.size()
                || !text.substring(tok.start(), tok.end()).chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        Token next = t.get(k + 1);
        return next.isWord() && !next.capitalized(text) && nounLike(text, next, false, false);
    }

    /** May {@code tok} be part of a counted noun phrase, given what came before it? */
    boolean nounLike(String text, Token tok, boolean afterNoun, boolean sawLower) {
        String w = tok.lower();
        if (lex.unitStopWords.contains(w) || lex.numberWords.containsKey(w) || lex.magnitudes.containsKey(w)) {
            return false;
        }
        if (tok.capitalized(text) && lex.monthNames.contains(w)) {
            return false;
        }
        if (!afterNoun && lex.peopleVerbs.contains(w)) {
            return false;
        }
        // "nine people dead", "40 miners missing": a people verb after the noun says what befell them
        // "Four people die", "300 teachers rally": a headline's present-tense verb after the noun
        if (afterNoun && (lex.adverbLike(w) || w.endsWith("ed") || w.endsWith("ing")
                || lex.postposedWords.contains(w) || lex.peopleVerbs.contains(w) || lex.headlineVerbs.contains(w))) {
            return false;
        }
        return !(afterNoun && sawLower && tok.capitalized(text) && !demonym(w));
    }

    /**
     * True when token {@code k} is the apostrophe of a plural possessive written onto the noun
     * just read ("teachers' union", "workers’ rights") with a lower-case noun after it, which the
     * phrase goes on to; "the protesters' " at the end of the phrase, or before a name, ends it.
     */
    private boolean possessiveMark(String text, List<Token> t, int k, int unitLast, boolean sawLower) {
        Token tok = t.get(k);
        if (unitLast != k - 1 || k + 1 >= t.size() || tok.spaceBefore() || !(tok.isSymbol('\'') || tok.isSymbol('\u2019'))
                || !t.get(k - 1).lower().endsWith("s")) {
            return false;
        }
        Token next = t.get(k + 1);
        return next.isWord() && next.spaceBefore() && !next.capitalized(text) && nounLike(text, next, true, sawLower)
                && !lex.nonCountNouns.contains(next.lower());
    }

    /** A people's adjective, written with a capital: "Kenyan", "Turkish", "Maltese". */
    private static final Pattern DEMONYM_ADJECTIVE = Pattern.compile("\\p{Lu}\\p{Ll}+(?:ian|yan|ican|ean|ish|ese)");

    /**
     * True when the capitalised word at {@code k}, after a lower-case word of the phrase, is a
     * people's adjective before the noun counted ("500 proud Kenyan workers", "90 young
     * Kenyan workers"), not a name that ends the phrase; only before the phrase has its plural
     * noun ("300 young people British police said" ends at "people").
     */
    private boolean demonymAdjective(String text, List<Token> t, int k, boolean sawLower, int unitFirst) {
        Token tok = t.get(k);
        if (!sawLower || !tok.capitalized(text) || k + 1 >= t.size() || unitFirst < 0
                || PluralNouns.anyPlural(t, unitFirst, k - 1)
                || !DEMONYM_ADJECTIVE.matcher(text.substring(tok.start(), tok.end())).matches()) {
            return false;
        }
        Token next = t.get(k + 1);
        return next.isWord() && next.spaceBefore() && nounLike(text, next, true, !next.capitalized(text))
                && !lex.nonCountNouns.contains(next.lower());
    }

    /** A plural people-name ("young Kenyans", "ordinary Iraqis", "many Sudanese"), not a proper name. */
    private static boolean demonym(String lower) {
        return lower.length() > 4 && (lower.endsWith("ans") || lower.endsWith("ese") || lower.endsWith("is"));
    }

    private boolean joinable(String text, Token tok, boolean sawLower) {
        return tok.isWord() && nounLike(text, tok, true, sawLower) && !lex.nonCountNouns.contains(tok.lower())
                && (!sawLower || !tok.capitalized(text));
    }

    /**
     * True when a lower-case word is followed by a capitalised one: a title before a name
     * ("134,616 votes and incumbent President Yameen"), which no conjunct of the unit is.
     */
    static boolean beforeName(String text, List<Token> t, int k) {
        return k + 1 < t.size() && !t.get(k).capitalized(text) && t.get(k + 1).isWord()
                && t.get(k + 1).spaceBefore() && t.get(k + 1).capitalized(text);
    }

    /**
     * True when the plural noun at {@code last} heads the phrase and the singular word at {@code k}
     * after it is no part of it: an English compound ends in its head, so a plural goes on only to
     * another plural ("rights activists") or to a singular before one ("farmers union leaders");
     * "dockers back", "marchers overran", "monitors drawn" are an adverb and verbs.
     */
    private boolean pluralHead(String text, List<Token> t, int last, int k, boolean sawLower) {
        String head = t.get(last).lower();
        if (!head.endsWith("s") || !PluralNouns.plural(head) || PluralNouns.plural(t.get(k).lower())) {
            return false;
        }
        return k + 1 >= t.size() || !t.get(k + 1).spaceBefore() || !joinable(text, t.get(k + 1), sawLower)
                || !PluralNouns.plural(t.get(k + 1).lower());
    }

    /** True when every word in tokens [from, to] is a past participle ("accredited", "armed"). */
    private static boolean participlesOnly(List<Token> t, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (!t.get(k).lower().endsWith("ed")) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the word at {@code k} is a participle ("recorded", "returning") followed by a
     * function word: then it is the verb of a number standing alone, not a counted noun.
     * People verbs are read elsewhere ("14 detained teachers", "12 killed").
     */
    private boolean participleAlone(List<Token> t, int k) {
        String w = t.get(k).lower();
        if (!(w.endsWith("ed") || w.endsWith("ing")) || lex.peopleVerbs.contains(w)) {
            return false;
        }
        if (k + 1 >= t.size() || !t.get(k + 1).isWord()) {
            return true; // "with only 1,199 identified.", "and only 900 working.": the verb closes the clause
        }
        Token next = t.get(k + 1);
        return lex.unitStopWords.contains(next.lower());
    }

    /**
     * True when the word at {@code k} is an adverb and a participle or people verb follows it:
     * "2,500 seriously injured", "12 newly arrested students".
     */
    private boolean adverbBeforeVerb(List<Token> t, int k) {
        if (!lex.adverbLike(t.get(k).lower()) || k + 1 >= t.size() || !t.get(k + 1).isWord()
                || !t.get(k + 1).spaceBefore()) {
            return false;
        }
        String v = t.get(k + 1).lower();
        return lex.peopleVerbs.contains(v) || v.endsWith("ed");
    }

    /** Words before a number searched for a verb of use ("shared", "viewed"). */
    private static final int TIMES_VERB_REACH = 4;

    /**
     * The unit a verb of use ({@code times-verbs.tsv}) among the words before the number whose
     * unit starts at token {@code j} gives the count ("shared": shares), or null when none stands there.
     */
    private String usedBefore(List<Token> t, int j) {
        int words = 0;
        for (int k = j - 1; k >= 0 && words < TIMES_VERB_REACH + 3; k--) {
            Token tok = t.get(k);
            if (tok.isWord()) {
                String unit = lex.timesVerbs.get(tok.lower());
                if (unit != null) {
                    return unit;
                }
                words++;
            }
        }
        return null;
    }
}
