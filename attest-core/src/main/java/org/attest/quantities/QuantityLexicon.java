package org.attest.quantities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.attest.internal.WordTable;
import org.attest.model.Qualifier;

/**
 * The word lists the quantity stage needs: number words, vague magnitudes, qualifier phrases,
 * currencies, nouns that make a number a duration or an identifier, and the words that end a
 * counted noun phrase. Immutable and thread-safe once built; build it once with {@link #load()}
 * and share it.
 *
 * <p>All keys are lower case with single spaces between words.
 */
public final class QuantityLexicon {
    /** How a cardinal number word combines with its neighbours. */
    enum WordKind { UNIT, TENS, HUNDRED, SCALE, DOZEN }

    /** A cardinal number word: "six" (6, unit), "thousand" (1000, scale). */
    record NumberWord(double value, WordKind kind) {}

    /**
     * A currency surface and the unit it gives; {@code capitals} when the table writes it in
     * capitals ("USD", "LE"), which the text must then do too ("Le 5" is no money).
     */
    record Currency(String unit, boolean prefix, boolean suffix, boolean capitals) {}

    /** An abbreviated scale ("m", "bn"); {@code attachedOnly} when it must touch the digits. */
    record ScaleSuffix(double multiplier, boolean attachedOnly) {}

    final Map<String, NumberWord> numberWords;
    final Map<String, Double> magnitudes;
    /** "several", "a couple of": how many of the magnitude after them the value holds. */
    final Map<String, Double> fewWords;
    final Map<String, Double> fractions;
    final Map<String, Qualifier> qualifiers;
    final Map<String, Qualifier> trailingQualifiers;
    final Set<String> nonCountNouns;
    /** Verbs that make "N times" a count of uses, with the unit it counts ("shared": shares). */
    final Map<String, String> timesVerbs;
    final Set<String> monthNames;
    final Set<String> labelWords;
    final Set<String> peopleVerbs;
    /** Verbs whose object is people: "killing 12" counts people. */
    final Set<String> peopleObjectVerbs;
    final Set<String> unitStopWords;
    final Set<String> unitModifiers;
    /**
     * Adjectives and present-tense verbs that end a counted noun phrase once it has a noun
     * ("protesters angry over ...", "teachers live below ...").
     */
    final Set<String> postposedWords;
    /** Verbs whose particle "up" makes a following "up to" no qualifier ("edges up to 49.8%"). */
    final Set<String> particleUpVerbs;
    /** Words after which "about" is their preposition ("learned about one death"), not a qualifier. */
    final Set<String> aboutWords;
    /** Words of change that make "from X to Y" an old and a new value ("rose from 18 to 24"). */
    final Set<String> changeVerbs;
    /** Nouns that end in "-ly" like an adverb ("assembly", "family"). */
    private final Set<String> lyNouns;
    /** Nouns for one person that "of" and a number describe ("a boy of 13", "a father of three"). */
    final Set<String> personOfNouns;
    /** Verbs in the present that follow a vague amount in headlines ("Thousands rally"). */
    final Set<String> headlineVerbs;
    final Map<String, Currency> currencies;
    final Map<String, ScaleSuffix> scaleSuffixes;
    final Map<String, String> tollNouns;
    /** Nouns hyphenated onto digits that the number counts ("290-member"), with their plural. */
    final Map<String, String> compoundCountNouns;
    /** Gatherings that "-strong" sizes by their people ("a 5,000-strong march"). */
    final Set<String> gatheringNouns;
    /** Verbs whose bare number object counts a known unit ("polled 347,634": votes). */
    final Map<String, String> objectUnitVerbs;
    /** Plural nouns that name figures, not counted things ("prices rose to 40"). */
    final Set<String> figureNouns;
    /** Counted nouns with an "of" phrase of their own ("members of parliament"). */
    final Set<String> ofCompoundNouns;
    /** Verbs that take "to" ("vow", "plan"): before "to" they end the counted noun ("nurses vow to strike"). */
    final Set<String> toVerbs;
    /** Plural nouns with no "-s" or "-men" ("police", "children", "dead"): a count above one may take them. */
    final Set<String> pluralsWithoutS;
    /** Every word that can open a number: a pre-filter probed without allocation. */
    private final WordTable<String> openers;
    private final int longestQualifier;
    /**
     * The last words of the {@link #qualifiers} and the first words of the {@link #trailingQualifiers}:
     * a phrase can end before a number (or start after one) only at such a word, so the reader joins
     * the words around a number into keys only there, not before every number.
     */
    private final Set<String> qualifierEnds;
    private final Set<String> trailingStarts;
    /** First words of {@link #fewWords}, few enough to compare one by one. */
    private final String[] fewOpeners;
    /** First words of the two-word fractions and few-words ("one third", "a few"). */
    private final Set<String> pairHeads;

    private QuantityLexicon(Map<String, NumberWord> numberWords, Map<String, Double> magnitudes,
                            Map<String, Double> fewWords, Map<String, Double> fractions,
                            Map<String, Qualifier> qualifiers, Map<String, Qualifier> trailingQualifiers,
                            Set<String> nonCountNouns, Set<String> monthNames, Set<String> labelWords,
                            Set<String> peopleVerbs, Set<String> unitStopWords, Set<String> unitModifiers,
                            Map<String, Currency> currencies, Map<String, ScaleSuffix> scaleSuffixes,
                            Map<String, String> tollNouns, Map<String, String> timesVerbs,
                            Set<String> postposedWords, Set<String> headlineVerbs,
                            Set<String> peopleObjectVerbs, Set<String> particleUpVerbs,
                            Set<String> changeVerbs, Set<String> lyNouns, Set<String> personOfNouns,
                            Set<String> aboutWords, Map<String, String> compoundCountNouns, Set<String> gatheringNouns,
                            Map<String, String> objectUnitVerbs, Set<String> figureNouns,
                            Set<String> ofCompoundNouns, Set<String> toVerbs, Set<String> pluralsWithoutS) {
        this.numberWords = Map.copyOf(numberWords);
        this.magnitudes = Map.copyOf(magnitudes);
        this.fewWords = Map.copyOf(fewWords);
        this.fractions = Map.copyOf(fractions);
        this.qualifiers = Map.copyOf(qualifiers);
        this.trailingQualifiers = Map.copyOf(trailingQualifiers);
        this.nonCountNouns = Set.copyOf(nonCountNouns);
        this.timesVerbs = Map.copyOf(timesVerbs);
        this.monthNames = Set.copyOf(monthNames);
        this.labelWords = Set.copyOf(labelWords);
        this.peopleVerbs = Set.copyOf(peopleVerbs);
        this.peopleObjectVerbs = Set.copyOf(peopleObjectVerbs);
        this.unitStopWords = Set.copyOf(unitStopWords);
        this.unitModifiers = Set.copyOf(unitModifiers);
        this.postposedWords = Set.copyOf(postposedWords);
        this.particleUpVerbs = Set.copyOf(particleUpVerbs);
        this.aboutWords = Set.copyOf(aboutWords);
        this.changeVerbs = Set.copyOf(changeVerbs);
        this.lyNouns = Set.copyOf(lyNouns);
        this.personOfNouns = Set.copyOf(personOfNouns);
        this.headlineVerbs = Set.copyOf(headlineVerbs);
        this.currencies = Map.copyOf(currencies);
        this.scaleSuffixes = Map.copyOf(scaleSuffixes);
        this.tollNouns = Map.copyOf(tollNouns);
        this.compoundCountNouns = Map.copyOf(compoundCountNouns);
        this.gatheringNouns = Set.copyOf(gatheringNouns);
        this.objectUnitVerbs = Map.copyOf(objectUnitVerbs);
        this.figureNouns = Set.copyOf(figureNouns);
        this.ofCompoundNouns = Set.copyOf(ofCompoundNouns);
        this.toVerbs = Set.copyOf(toVerbs);
        this.pluralsWithoutS = Set.copyOf(pluralsWithoutS);
        Set<String> openers = new HashSet<>(numberWords.keySet());
        openers.addAll(magnitudes.keySet());
        for (String f : fractions.keySet()) {
            openers.addAll(List.of(f.split(" ")));
        }
        // "a" opens a number only before a word that opens one itself ("a third", "a dozen", "a few
        // hundred"), and the parser admits articles on its own: as a pre-filter word it only made
        // every sentence with an "a" in it (a sixth of all text) look as if it might hold a number
        openers.remove("a");
        this.openers = WordTable.of(openers);
        int words = 1;
        for (String k : this.qualifiers.keySet()) {
            words = Math.max(words, k.split(" ").length);
        }
        this.longestQualifier = words;
        this.qualifierEnds = this.qualifiers.keySet().stream().map(k -> k.substring(k.lastIndexOf(' ') + 1))
                .collect(Collectors.toUnmodifiableSet());
        this.trailingStarts = this.trailingQualifiers.keySet().stream()
                .map(k -> k.indexOf(' ') < 0 ? k : k.substring(0, k.indexOf(' '))).collect(Collectors.toUnmodifiableSet());
        this.fewOpeners = this.fewWords.keySet().stream().map(w -> w.split(" ")[0]).distinct().toArray(String[]::new);
        Set<String> heads = new HashSet<>();
        for (Set<String> keys : List.of(this.fewWords.keySet(), this.fractions.keySet())) {
            keys.stream().filter(k -> k.contains(" ")).forEach(k -> heads.add(k.substring(0, k.indexOf(' '))));
        }
        this.pairHeads = Set.copyOf(heads);
    }

    /**
     * Reads the lexicon from the resources of this package.
     *
     * @throws IllegalStateException when a resource is missing or malformed (a packaging defect)
     */
    public static QuantityLexicon load() {
        Map<String, NumberWord> numberWords = new HashMap<>();
        for (String[] r : LexiconReader.rows("number-words.tsv", 3)) {
            numberWords.put(LexiconReader.phrase(r[0]), new NumberWord(
                    LexiconReader.number("number-words.tsv", r[1]),
                    WordKind.valueOf(r[2].toUpperCase(Locale.ROOT))));
        }
        Map<String, Double> magnitudes = numberTable("magnitudes.tsv");
        Map<String, Double> fractions = numberTable("fractions.tsv");
        Map<String, Qualifier> qualifiers = qualifierTable("qualifiers.tsv");
        Map<String, Qualifier> trailing = qualifierTable("trailing-qualifiers.tsv");
        Map<String, Currency> currencies = new HashMap<>();
        for (String[] r : LexiconReader.rows("currencies.tsv", 3)) {
            String pos = r[1].toLowerCase(Locale.ROOT);
            String surface = r[0].strip();
            currencies.put(LexiconReader.phrase(surface), new Currency(r[2],
                    pos.equals("prefix") || pos.equals("both"), pos.equals("suffix") || pos.equals("both"),
                    surface.length() > 1 && surface.equals(surface.toUpperCase(Locale.ROOT))
                            && !surface.equals(surface.toLowerCase(Locale.ROOT))));
        }
        Map<String, ScaleSuffix> suffixes = new HashMap<>();
        for (String[] r : LexiconReader.rows("scale-suffixes.tsv", 3)) {
            suffixes.put(LexiconReader.phrase(r[0]), new ScaleSuffix(
                    LexiconReader.number("scale-suffixes.tsv", r[1]), r[2].equalsIgnoreCase("yes")));
        }
        Map<String, String> tolls = new HashMap<>();
        for (String[] r : LexiconReader.rows("toll-nouns.tsv", 2)) {
            tolls.put(LexiconReader.phrase(r[0]), r[1]);
        }
        Map<String, String> objectUnits = new HashMap<>();
        for (String[] r : LexiconReader.rows("object-unit-verbs.tsv", 2)) {
            objectUnits.put(LexiconReader.phrase(r[0]), r[1]);
        }
        Map<String, String> timesVerbs = new HashMap<>();
        for (String[] r : LexiconReader.rows("times-verbs.tsv", 2)) {
            timesVerbs.put(LexiconReader.phrase(r[0]), r[1]);
        }
        Map<String, String> compounds = new HashMap<>();
        for (String[] r : LexiconReader.rows("compound-count-nouns.tsv", 2)) {
            compounds.put(LexiconReader.phrase(r[0]), r[1]);
        }
        return new QuantityLexicon(numberWords, magnitudes, numberTable("few-words.tsv"), fractions, qualifiers,
                trailing, set("non-count-nouns.txt"), set("month-names.txt"), set("label-words.txt"),
                set("people-verbs.txt"), set("unit-stop-words.txt"), set("unit-modifiers.txt"),
                currencies, suffixes, tolls, timesVerbs,
                set("postposed-adjectives.txt", "postposed-verbs.txt"), set("headline-verbs.txt"),
                set("people-object-verbs.txt"), set("particle-up-verbs.txt"), set("change-verbs.txt"),
                set("ly-nouns.txt"), set("person-of-nouns.txt"), set("about-words.txt"), compounds,
                set("gathering-nouns.txt"), objectUnits, set("figure-nouns.txt"), set("of-compound-nouns.txt"),
                set("to-verbs.txt"), set("plurals-without-s.txt"));
    }

    private static Set<String> set(String... names) {
        Set<String> out = new HashSet<>();
        for (String name : names) {
            out.addAll(LexiconReader.words(name));
        }
        return out;
    }

    private static Map<String, Double> numberTable(String name) {
        Map<String, Double> out = new HashMap<>();
        for (String[] r : LexiconReader.rows(name, 2)) {
            out.put(LexiconReader.phrase(r[0]), LexiconReader.number(name, r[1]));
        }
        return out;
    }

    private static Map<String, Qualifier> qualifierTable(String name) {
        Map<String, Qualifier> out = new HashMap<>();
        for (String[] r : LexiconReader.rows(name, 2)) {
            out.put(LexiconReader.phrase(r[0]), Qualifier.valueOf(r[1].toUpperCase(Locale.ROOT)));
        }
        return out;
    }

    /**
     * Whether the word at {@code [start, end)} of {@code text} can open a number: a number word,
     * magnitude or fraction word, compared case-insensitively up to its first hyphen
     * ("twenty-five" is tested as "twenty"). Not the article "a": a number it opens always holds
     * a second opener ("a third", "a dozen"). Allocates nothing: it runs on every word.
     */
    boolean isOpener(CharSequence text, int start, int end) {
        if (end <= start) {
            return false;
        }
        int stop = start;
        while (stop < end && text.charAt(stop) != '-') {
            stop++;
        }
        return isOpenerWord(text, start, stop);
    }

    /**
     * As {@link #isOpener}, for a word the caller knows to hold no hyphen (letters only, as a
     * pre-filter reads them): the word itself is looked up, without a search for a hyphen in it.
     */
    boolean isOpenerWord(CharSequence text, int start, int end) {
        return end > start && asciiLetter(text.charAt(start)) && openers.contains(text, start, end);
    }

    /** As {@link #isOpenerWord(CharSequence, int, int)}, for a word of a char array. */
    boolean isOpenerWord(char[] text, int start, int end) {
        return end > start && asciiLetter(text[start]) && openers.get(text, start, end) != null;
    }

    /** True when the char lower-cases to an ASCII letter: only those open an opener. */
    private static boolean asciiLetter(char c) {
        c = c < 128 ? (char) (c | 0x20) : Character.toLowerCase(c); // ASCII: only letters pass below
        return c >= 'a' && c <= 'z';
    }

    /**
     * Whether a lower-case word is the first of some two-word fraction or few-word: the parser
     * joins two words into a key only after this.
     */
    boolean opensPair(String lower) {
        return pairHeads.contains(lower);
    }

    /** Whether a lower-case word can open a "several hundred" amount; no hashing. */
    boolean opensFewWords(String lower) {
        for (String w : fewOpeners) {
            if (w.equals(lower)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a lower-case word looks like an adverb: it ends in "-ly" and is no noun that merely
     * ends so ("assembly", "family").
     */
    boolean adverbLike(String lower) {
        return lower.endsWith("ly") && !lyNouns.contains(lower);
    }

    /** Whether some {@link #qualifiers} phrase ends with this lower-case word. */
    boolean endsQualifier(String lower) {
        return qualifierEnds.contains(lower);
    }

    /** Whether some {@link #trailingQualifiers} phrase starts with this lower-case word. */
    boolean startsTrailingQualifier(String lower) {
        return trailingStarts.contains(lower);
    }

    /** The longest number of words in any qualifier phrase. */
    int longestQualifier() {
        return longestQualifier;
    }
}
