package org.attest.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attest.internal.Validate;

/**
 * The guard phrases of {@code guards.tsv} by kind, and where each kind is looked for: negations
 * among the {@link #NEGATION_WINDOW} words before a trigger, hypothetical, prediction and purpose
 * phrases among the {@link #WIDE_WINDOW} words before it, charges among the {@link #CHARGE_WINDOW}
 * (all within the clause; a capitalised word inside a name guards nothing), and "head" words and
 * figurative objects right after it; and the determiners that make a trigger noun point back to an event already reported. Immutable.
 */
final class Guards {
    /** Words before a trigger searched for a negation: close, since "no" scopes narrowly. */
    static final int NEGATION_WINDOW = 3;
    /** Words before a trigger searched for the other kinds: a modal or a plan scopes a whole verb phrase. */
    static final int WIDE_WINDOW = 6;
    /**
     * Words before a trigger searched for a charge: it scopes the whole act charged and what that act
     * says ("on suspicion of handing out leaflets calling for a boycott").
     */
    static final int CHARGE_WINDOW = 8;

    private static final Set<String> KINDS = Set.of("negation", "hypothetical", "prediction", "purpose", "topic", "charge",
            "head", "figurative", "anaphoric", "new_mention", "habitual", "date_barrier", "date_comparison",
            "date_comparison_figure", "date_comparison_phrase");
    /** The kinds looked for among the {@link #NEGATION_WINDOW} words before a trigger. */
    private static final Set<String> NARROW = Set.of("negation", "topic");
    /** The kinds that name the trigger as a topic, so a finite "was" or "were" between ends their reach. */
    private static final Set<String> TOPICS = Set.of("topic", "charge");

    /**
     * Phrases (as lower-cased words) that guard from before the trigger, by their last word, then by
     * the word before it ("" for a phrase of one word): "to" and "of" end some thirty phrases each,
     * of which the word before them leaves a few to compare.
     */
    private final Map<String, Map<String, List<Phrase>>> before;
    /** Habitual phrases ("for years"), by their last word. */
    private final Map<String, List<List<String>>> habitual;
    /** The {@link Lexeme} role bits these lists give lower-case forms; the checks read them off tokens. */
    private final Map<String, Integer> roles;
    /** Phrases that open a clause of their own ("since", "after being"), by first word: a date beyond one belongs to that clause. */
    private final Map<String, List<List<String>>> barriers;
    /** Phrases before a date that make it a point of comparison ("the same period in 2022"), by last word. */
    private final Map<String, List<List<String>>> comparisons;
    /** The farther points of comparison ("against 26,000 on January 19", "than the last day ... on Saturday"). */
    private final ComparedDates compared;
    /** Words that make "the ..." a new mention rather than one pointing back ("the first protest"). */
    private final Set<String> fresh;
    /** Objects that make the trigger before them a figure of speech ("on press freedom"), by first word. */
    private final FigurativeObjects figures;

    /**
     * A guard phrase, the words before a trigger it reaches over, and whether it names the trigger as
     * a topic (a verb "was" or "were" between them ends its reach: "convicted of theft were hanged").
     */
    private record Phrase(List<String> words, int window, boolean topic) {}

    /** The words before a trigger a guard phrase of this kind reaches over. */
    private static int window(String kind) {
        return NARROW.contains(kind) ? NEGATION_WINDOW : kind.equals("charge") ? CHARGE_WINDOW : WIDE_WINDOW;
    }

    /** Verbs that give the trigger after them a clause of its own, out of a topic phrase's reach. */
    private static final TokenSet FINITE_BE = TokenSet.named("finite-be");

    Guards(List<TsvTable.Row> rows) {
        Map<String, List<Phrase>> b = new HashMap<>();
        Map<String, Boolean> h = new HashMap<>();
        Map<String, Boolean> a = new HashMap<>();
        Map<String, List<List<String>>> hab = new HashMap<>();
        Map<String, List<List<String>>> bar = new HashMap<>();
        Set<String> fresh = new HashSet<>();
        Map<String, List<List<String>>> cmp = new HashMap<>();
        List<String> figureOpeners = new ArrayList<>();
        List<List<String>> comparedPhrases = new ArrayList<>();
        Map<String, List<List<String>>> fig = new HashMap<>();
        for (TsvTable.Row r : rows) {
            String kind = r.get("kind");
            Validate.isTrue(KINDS.contains(kind), "guards.tsv line %d: unknown kind '%s'", r.line(), kind);
            List<String> words = List.of(Normalizer.lower(r.get("word")).split("\\s+"));
            if (kind.equals("habitual")) {
                hab.computeIfAbsent(words.get(words.size() - 1), k -> new ArrayList<>()).add(words);
            } else if (kind.equals("date_comparison_figure")) {
                Validate.isTrue(words.size() == 1, "guards.tsv line %d: a %s is one word", r.line(), kind);
                figureOpeners.add(words.get(0));
            } else if (kind.equals("date_comparison_phrase")) {
                comparedPhrases.add(words);
            } else if (kind.equals("date_comparison")) {
                cmp.computeIfAbsent(words.get(words.size() - 1), k -> new ArrayList<>()).add(words);
            } else if (kind.equals("figurative")) {
                fig.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(words);
            } else if (kind.equals("date_barrier")) {
                bar.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(words);
            } else if (kind.equals("new_mention")) {
                Validate.isTrue(words.size() == 1, "guards.tsv line %d: a %s is one word", r.line(), kind);
                fresh.add(words.get(0));
            } else if (kind.equals("head") || kind.equals("anaphoric")) {
                Validate.isTrue(words.size() == 1, "guards.tsv line %d: a %s is one word", r.line(), kind);
                (kind.equals("head") ? h : a).put(words.get(0), true);
            } else {
                b.computeIfAbsent(words.get(words.size() - 1), k -> new ArrayList<>())
                        .add(new Phrase(words, window(kind), TOPICS.contains(kind)));
            }
        }
        Map<String, Map<String, List<Phrase>>> byPrevious = new HashMap<>();
        b.forEach((last, phrases) -> {
            Map<String, List<Phrase>> m = new HashMap<>();
            for (Phrase p : phrases) {
                String previous = p.words().size() == 1 ? "" : p.words().get(p.words().size() - 2);
                m.computeIfAbsent(previous, k -> new ArrayList<>()).add(p);
            }
            byPrevious.put(last, frozen(m));
        });
        this.before = HashLookup.map(byPrevious);
        this.habitual = frozen(hab);
        Map<String, Integer> bits = new HashMap<>();
        b.keySet().forEach(w -> bits.merge(w, Lexeme.GUARD_END, (x, y) -> x | y));
        hab.keySet().forEach(w -> bits.merge(w, Lexeme.HABITUAL_END, (x, y) -> x | y));
        h.keySet().forEach(w -> bits.merge(w, Lexeme.HEAD_NOUN, (x, y) -> x | y));
        a.keySet().forEach(w -> bits.merge(w, Lexeme.ANAPHORIC, (x, y) -> x | y));
        cmp.keySet().forEach(w -> bits.merge(w, Lexeme.COMPARISON_WORD, (x, y) -> x | y));
        figureOpeners.forEach(w -> bits.merge(w, Lexeme.COMPARISON_WORD, (x, y) -> x | y));
        comparedPhrases.forEach(p -> bits.merge(p.get(p.size() - 1), Lexeme.COMPARISON_WORD, (x, y) -> x | y));
        this.roles = Map.copyOf(bits);
        this.barriers = frozen(bar);
        this.fresh = HashLookup.setOf(fresh.toArray(String[]::new));
        this.comparisons = frozen(cmp);
        this.compared = new ComparedDates(figureOpeners, comparedPhrases);
        this.figures = new FigurativeObjects(frozen(fig));
    }

    /** True when a phrase that opens a clause of its own ("since", "after being") starts at token {@code k}. */
    boolean dateBarrierAt(List<Token> tokens, int k) {
        List<List<String>> starting = tokens.get(k).word() ? barriers.get(tokens.get(k).lower()) : null;
        for (int p = 0; starting != null && p < starting.size(); p++) {
            List<String> words = starting.get(p);
            if (k + words.size() <= tokens.size() && endsAt(words, tokens, k + words.size() - 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a comparison phrase ("the same period in", "compared with") ends among the
     * {@link #NEGATION_WINDOW} words before token {@code first}, the first token of a date, or a
     * farther one opens a compared noun phrase that holds the date ({@link ComparedDates}).
     */
    boolean comparisonBefore(List<Token> tokens, int first) {
        int words = 0;
        for (int i = first - 1; i >= 0 && words < NEGATION_WINDOW; i--) {
            Token t = tokens.get(i);
            if (!t.word()) {
                continue;
            }
            words++;
            if (ComparedDates.figureAt(tokens, i + 1) && t.lower().equals("than")) {
                continue; // "more than 100 on Friday": a count's qualifier, not a point of comparison
            }
            // the token's bits first: the table is asked only of the lists' words
            List<List<String>> ending = t.is(Lexeme.COMPARISON_WORD) ? comparisons.get(t.lower()) : null;
            for (int k = 0; ending != null && k < ending.size(); k++) {
                if (endsAt(ending.get(k), tokens, i)) {
                    return true;
                }
            }
        }
        return compared.before(tokens, first);
    }

    /** Words a compared noun phrase may run before a date that would date other sentences. */
    static final int CONTEXT_COMPARISON_WINDOW = 16;

    /**
     * True when the date starting at token {@code first} is a point of comparison
     * ({@link #comparisonBefore}) or stands in a long compared noun phrase, within
     * {@link #CONTEXT_COMPARISON_WINDOW} words of its opener and no comma: not a date for other sentences.
     */
    boolean comparisonForContext(List<Token> tokens, int first) {
        return comparisonBefore(tokens, first) || compared.before(tokens, first, CONTEXT_COMPARISON_WINDOW);
    }

    /** An immutable lookup table holding immutable copies of the lists. */
    private static <T> Map<String, List<T>> frozen(Map<String, List<T>> lists) {
        Map<String, List<T>> out = new HashMap<>();
        lists.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return HashLookup.map(out);
    }

    /**
     * The role bits of the words these guards look for: the last words of guard and habitual
     * phrases, head nouns and anaphoric determiners, by lower-case form. The lexicon gives them
     * to each word's {@link Lexeme}, so that a check asks the token before any table.
     */
    Map<String, Integer> roles() {
        return roles;
    }

    /**
     * True when the sentence speaks of a habit or a span of years ("has pushed for a boycott for
     * years"): with no date of its own, it sums up a long record rather than reporting an event.
     */
    boolean habitual(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            List<List<String>> ending = t.word() && t.is(Lexeme.HABITUAL_END) ? habitual.get(t.lower()) : null;
            for (int k = 0; ending != null && k < ending.size(); k++) {
                if (endsAt(ending.get(k), tokens, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when the hit is a noun phrase that points back ("the protest", "their slogans", "the
     * imminent boycott"): an anaphoric determiner right before its first token, or before one
     * lower-case word that stands before it and does not make a new mention ("the first protest").
     */
    boolean refersBack(List<Token> tokens, Hit hit) {
        if (MentionShapes.namesItsOwn(tokens, hit) || SpeakerNouns.opens(tokens, hit) || MentionShapes.prepositionalFrame(tokens, hit)
                || ActorLedActs.actorLed(hit)) {
            return false;
        }
        if (MentionShapes.reducedRelative(tokens, hit) || MentionShapes.knownSubject(tokens, hit)
                || MentionShapes.thoseParticiple(tokens, hit) || MentionShapes.crackdownTarget(tokens, hit)) {
            return true;
        }
        int i = hit.first() - 1;
        if (i >= 2 && possessiveMark(tokens.get(i)) && tokens.get(i - 1).word() && tokens.get(i - 1).lower().endsWith("s")) {
            i--; // "the teachers' strikes": the plural possessive is one word before the noun
        }
        if (i >= 0 && tokens.get(i).word() && tokens.get(i).is(Lexeme.ANAPHORIC)) {
            return !ReportedSpeech.complementiser(tokens, i) && !MentionShapes.relativeThat(tokens, i, hit);
        }
        // "filmed the crowd and detained two men": a past verb after "and" is a second act of the
        // clause's subject, not a noun the determiner of "the crowd" governs
        if (coordinatedAfterAnaphor(tokens, i) && !pastVerb(tokens, hit)) {
            return true;
        }
        // "the forces beat staff members": an exact verb form after "the" and a noun has that noun for
        // its subject; it is no noun phrase pointing back
        boolean verb = hit.trigger().phrase().startsWith("=") && hit.actionForm(tokens);
        if (i >= 1 && !verb && tokens.get(i).word() && Character.isLowerCase(tokens.get(i).surface().codePointAt(0))
                && !tokens.get(i).is(Lexeme.ANAPHORIC) && !fresh.contains(tokens.get(i).lower())) {
            Token d = tokens.get(i - 1);
            return d.word() && d.is(Lexeme.ANAPHORIC) && !ReportedSpeech.complementiser(tokens, i - 1);
        }
        // "the Berlin demonstrators": the crowd named by its town, not a new protest
        if (i >= 1 && hit.trigger().form() == Trigger.Form.PERSON && tokens.get(i).word() && tokens.get(i).capitalised()
                && tokens.get(i - 1).word() && tokens.get(i - 1).lower().equals("the")) {
            return true;
        }
        return !hit.trigger().action()
                && !tokens.get(hit.first()).capitalised() && MentionShapes.namedDefinite(tokens, i);
    }

    /**
     * "their strike and protests", "the march and rallies": a determiner before the first of two
     * joined nouns governs both, so the second points back as the first does. {@code i} is the
     * index of the token right before the hit.
     */
    private boolean coordinatedAfterAnaphor(List<Token> tokens, int i) {
        if (i < 2 || !tokens.get(i).word() || !COORDINATORS.contains(tokens.get(i).lower())) {
            return false;
        }
        Token noun = tokens.get(i - 1);
        Token d = tokens.get(i - 2);
        return noun.word() && Character.isLowerCase(noun.surface().codePointAt(0)) && !noun.is(Lexeme.ANAPHORIC)
                && d.word() && d.is(Lexeme.ANAPHORIC) && !ReportedSpeech.complementiser(tokens, i - 2);
    }

    private static final Set<String> COORDINATORS = Set.of("and", "or");

    /** True when the hit is a one-word act trigger in "-ed": "detained", "arrested", never a noun. */
    private static boolean pastVerb(List<Token> tokens, Hit hit) {
        return hit.trigger().action() && hit.first() == hit.last() && tokens.get(hit.first()).lower().endsWith("ed");
    }

    private static boolean possessiveMark(Token t) {
        return !t.word() && (t.surface().equals("'") || t.surface().equals("\u2019"));
    }

    /**
     * True when a guard phrase ends among the words before token {@code first} within its window,
     * with no clause break (punctuation other than hyphen or apostrophe) between it and the trigger.
     * Any word ending in "n't" is a negation.
     */
    boolean guardedBefore(List<Token> tokens, int first) {
        int words = 0;
        boolean finite = false; // a "were" passed: "convicted of theft were hanged" is no topic of the charge
        for (int i = first - 1; i >= 0 && words < CHARGE_WINDOW; i--) {
            Token t = tokens.get(i);
            int date = t.word() ? WrittenDates.startOfDateEndingAt(tokens, i) : -1;
            if (date >= 0) {
                words++; // "the anniversary of the September 30, 2022 killings": the date one word, its comma no break
                i = date;
                continue;
            }
            if (t.clauseBreak()) {
                return false;
            }
            if (!t.word()) {
                continue;
            }
            words++;
            if (words <= NEGATION_WINDOW && t.lower().endsWith("n't")) {
                if (RelativeNegations.ownClause(tokens, i, first)) {
                    continue; // "whose family hasn't been told was executed": the relative clause's denial
                }
                return true;
            }
            if (!t.is(Lexeme.GUARD_END)) {
                // no guard phrase ends here: the word counts only as a finite "was" or "were", and
                // only where none of the tests below passes it over (asked in that case alone)
                finite |= FINITE_BE.has(t) && !passedOver(tokens, i, first);
                continue;
            }
            if (Announcements.reportedFuture(tokens, i)) {
                continue; // "said it would boycott the vote": an announcement in reported speech, like "will"
            }
            if (Announcements.announcedPlan(tokens, i)) {
                continue; // "activists are planning to stage a march on Thursday": an announcement
            }
            if (GoingAhead.deniedCallOff(tokens, i)) {
                continue; // "would not call off the strike planned for Monday": the strike goes ahead
            }
            if (GoingAhead.asPlanned(tokens, i)) {
                continue; // "the sit-down goes on as planned, and a rally follows": it goes ahead
            }
            if (insideName(tokens, i, first)) {
                continue; // "Just Stop Oil protesters": a guard word written as part of a name guards nothing
            }
            Map<String, List<Phrase>> ending = t.is(Lexeme.GUARD_END) ? before.get(t.lower()) : null;
            if (ending != null && (endsAt(ending.get(""), tokens, i, words, finite)
                    || i >= 1 && tokens.get(i - 1).word() && endsAt(ending.get(tokens.get(i - 1).lower()), tokens, i, words, finite))) {
                if (RelativeNegations.ownClause(tokens, i, first)) {
                    continue; // "whose name has not been released died": the relative clause's denial, not the event's
                }
                return true;
            }
            finite |= FINITE_BE.has(t);
        }
        return false;
    }

    /** True when {@link #guardedBefore} passes over the word at {@code i} (the tests it asks in order). */
    private boolean passedOver(List<Token> tokens, int i, int first) {
        return Announcements.reportedFuture(tokens, i) || Announcements.announcedPlan(tokens, i)
                || GoingAhead.deniedCallOff(tokens, i) || insideName(tokens, i, first);
    }

    /**
     * True when one of {@code phrases} (null for none) ends at token {@code i}, the {@code words}-th
     * word before the trigger, within its window, a topic only before any finite "was" or "were".
     */
    private static boolean endsAt(List<Phrase> phrases, List<Token> tokens, int i, int words, boolean finite) {
        for (int k = 0; phrases != null && k < phrases.size(); k++) {
            Phrase p = phrases.get(k);
            if (words <= p.window() && !(p.topic() && finite) && endsAt(p.words(), tokens, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the word at {@code i} stands between two capitalised words, the one after it not yet
     * the trigger at {@code first}: inside a name ("Just Stop Oil", "Stop Killing Us Now"), where
     * it names a group rather than negating or aiming. A title-case heading's "Students Were Not
     * Arrested" keeps its negation, since the trigger follows it at once.
     */
    private static boolean insideName(List<Token> tokens, int i, int first) {
        return i >= 1 && i + 1 < first && tokens.get(i).capitalised() && tokens.get(i - 1).word()
                && tokens.get(i - 1).capitalised() && tokens.get(i + 1).capitalised();
    }

    /** True when the word right after token {@code last} is a head noun the trigger only modifies. */
    boolean modifierOfHead(List<Token> tokens, int last) {
        int next = last + 1;
        if (next + 1 < tokens.size() && OPENING_QUOTES.contains(tokens.get(next).surface())) {
            next++; // protest "leaders who have criminal records": a quote opens inside the noun phrase
        }
        return next < tokens.size() && tokens.get(next).word() && tokens.get(next).is(Lexeme.HEAD_NOUN);
    }

    private static final Set<String> OPENING_QUOTES = Set.of("\"", "\u201c", "'", "\u2018");

    /**
     * True when an object of {@code guards.tsv}'s {@code figurative} kind follows token {@code last}
     * at once and ends its noun phrase: "an assault on press freedom" ({@link FigurativeObjects}).
     */
    boolean figurativeAfter(List<Token> tokens, int last) {
        return figures.after(tokens, last);
    }

    /** True when the words of {@code words} stand in a row, the last at token {@code end}. */
    static boolean endsAt(List<String> words, List<Token> tokens, int end) {
        int k = end;
        for (int w = words.size() - 1; w >= 0; w--, k--) {
            if (k < 0 || !tokens.get(k).word() || !tokens.get(k).lower().equals(words.get(w))) {
                return false;
            }
        }
        return true;
    }
}
