package org.attest.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.attest.model.Span;

/**
 * Who acted, as written, in text order and at most {@link #MAX} names: generic actor phrases of
 * the lexicon ("security forces", "students"), joined to a name right before them ("MEK
 * supporters"); organisation names anywhere in the sentence; and the capitalised name standing
 * as the trigger's subject ("Khamenei declared", "Amnesty International has reported").
 * Deliberately shallow: no parser, so a subject is a name at most three auxiliary words before the
 * trigger.
 */
final class ActorFinder {
    static final int MAX = 6;
    private static final Set<String> AUX = HashLookup.setOf("was", "were", "is", "are", "be", "been", "being",
            "has", "have", "had", "will", "also", "then", "who", "which", "reportedly", "allegedly");

    private final EventLexicon lexicon;

    ActorFinder(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * @param text        the document text
     * @param tokens      the sentence's tokens
     * @param runs        its capitalised runs ({@link NameRun#find})
     * @param hit         the trigger whose subject is wanted
     * @param placeOrDate true for a span that lies on a place or date mention (never an actor
     *                    unless it names an organisation)
     */
    List<String> find(String text, List<Token> tokens, List<NameRun> runs, Hit hit, Predicate<Span> placeOrDate) {
        record Found(int at, String name) {}
        List<Found> found = new ArrayList<>();
        boolean[] used = new boolean[runs.size()];
        for (GenericMatch m : genericMatches(tokens)) {
            int i = m.first();
            int last = i + lexicon.genericActors().get(m.phrase()).size() - 1;
            int from = i;
            for (int k = 0; k < runs.size(); k++) {
                if (runs.get(k).last() == i - 1) {
                    from = runs.get(k).first();
                    used[k] = true;
                }
            }
            found.add(new Found(from, text.substring(tokens.get(from).start(), tokens.get(last).end())));
        }
        NameRun subject = subject(tokens, runs, hit);
        for (int k = 0; k < runs.size(); k++) {
            NameRun r = runs.get(k);
            if (used[k]) {
                continue;
            }
            boolean onPlaceOrDate = placeOrDate.test(new Span(tokens.get(r.first()).start(), tokens.get(r.last()).end()));
            // a dateline's capitals ("TBILISI, March 3") have an acronym's shape but name a place
            boolean datelinePlace = onPlaceOrDate && r.first() == r.last() && !lexicon.isOrgHead(tokens.get(r.first()));
            if ((r.org() && !datelinePlace) || (r == subject && !onPlaceOrDate)) {
                found.add(new Found(r.first(), r.text()));
            }
        }
        // stable: at one position, generic phrases in lexicon order, then names
        found.sort((a, b) -> Integer.compare(a.at(), b.at()));
        Set<String> names = new LinkedHashSet<>();
        for (Found f : found) {
            if (names.size() < MAX) {
                names.add(f.name());
            }
        }
        return List.copyOf(names);
    }

    /** A generic actor phrase (its index in the lexicon) found from token {@code first}. */
    private record GenericMatch(int phrase, int first) {}

    /**
     * Where the lexicon's generic actor phrases occur, ordered by phrase, then position (the order
     * a scan phrase by phrase would find them in). Each token offers only the phrases its stem may
     * start, so this costs no scan of the whole phrase list.
     */
    private List<GenericMatch> genericMatches(List<Token> tokens) {
        List<GenericMatch> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).is(Lexeme.STARTS_ACTOR)) {
                continue;
            }
            List<Integer> starts = tokens.get(i).lexeme().actors();
            for (int k = 0; k < starts.size(); k++) {
                int p = starts.get(k);
                List<String> phrase = lexicon.genericActors().get(p);
                if (i + phrase.size() <= tokens.size() && matches(tokens, i, phrase)) {
                    out.add(new GenericMatch(p, i));
                }
            }
        }
        if (out.size() > 1) {
            out.sort(Comparator.comparingInt(GenericMatch::phrase).thenComparingInt(GenericMatch::first));
        }
        return out;
    }

    /** The run ending at most three auxiliary words before the hit, or null. */
    private NameRun subject(List<Token> tokens, List<NameRun> runs, Hit hit) {
        int i = hit.first() - 1;
        int skipped = 0;
        while (i >= 0 && skipped < 3) {
            Token t = tokens.get(i);
            if (t.word() && (AUX.contains(t.lower()) || lexicon.isSkipWord(t)
                    || (t.lower().endsWith("ly") && !t.capitalised()))) {
                i--;
                skipped++;
            } else {
                break;
            }
        }
        for (NameRun r : runs) {
            if (r.last() == i) {
                return r;
            }
        }
        return null;
    }

    private static boolean matches(List<Token> tokens, int at, List<String> phrase) {
        for (int k = 0; k < phrase.size(); k++) {
            Token t = tokens.get(at + k);
            if (!t.word() || !t.stem().equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }
}
