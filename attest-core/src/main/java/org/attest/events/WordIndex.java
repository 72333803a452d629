package org.attest.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a word may start in the lexicon, keyed by stem alone: the trigger lines and generic actor
 * phrases whose first word it can be. A new word of a document thus costs one lookup. A trigger
 * whose first word is exact ({@code =word}) is filed under that word's stem too, since a token
 * with the same lower-case form has the same stem, and is kept for a word only when the forms
 * agree. Immutable.
 */
final class WordIndex {
    /** The entries of one stem, each list in lexicon order. */
    static final class Entry {
        static final Entry NONE = new Entry(List.of(), List.of(), List.of());

        private final List<Trigger> byStem;
        private final List<Trigger> byExact;
        private final List<Integer> actors;

        private Entry(List<Trigger> byStem, List<Trigger> byExact, List<Integer> actors) {
            this.byStem = List.copyOf(byStem);
            this.byExact = List.copyOf(byExact);
            this.actors = List.copyOf(actors);
        }

        /**
         * The triggers a word of this stem and lower-case form starts: those keyed by the stem,
         * then those keyed by the exact form.
         */
        List<Trigger> triggers(String lower) {
            if (byExact.isEmpty()) {
                return byStem;
            }
            List<Trigger> out = new ArrayList<>(byStem);
            for (Trigger t : byExact) {
                if (t.words().get(0).value().equals(lower)) {
                    out.add(t);
                }
            }
            return out.size() == byStem.size() ? byStem : List.copyOf(out);
        }

        /** Indexes into the lexicon's generic actor phrases, ascending, of those the stem starts. */
        List<Integer> actors() {
            return actors;
        }
    }

    private final Map<String, Entry> entries;

    /**
     * @param triggers      the trigger lines in lexicon order
     * @param genericActors the generic actor phrases as stems, in lexicon order
     */
    WordIndex(List<Trigger> triggers, List<List<String>> genericActors) {
        Map<String, List<Trigger>> byStem = new HashMap<>();
        Map<String, List<Trigger>> byExact = new HashMap<>();
        Map<String, List<Integer>> actors = new HashMap<>();
        for (Trigger t : triggers) {
            Trigger.Word first = t.words().get(0);
            if (first.exact()) {
                byExact.computeIfAbsent(Normalizer.stemOfLower(first.value()), k -> new ArrayList<>()).add(t);
            } else {
                byStem.computeIfAbsent(first.value(), k -> new ArrayList<>()).add(t);
            }
        }
        for (int p = 0; p < genericActors.size(); p++) {
            actors.computeIfAbsent(genericActors.get(p).get(0), k -> new ArrayList<>()).add(p);
        }
        Set<String> stems = new HashSet<>(byStem.keySet());
        stems.addAll(byExact.keySet());
        stems.addAll(actors.keySet());
        Map<String, Entry> all = new HashMap<>();
        for (String stem : stems) {
            all.put(stem, new Entry(byStem.getOrDefault(stem, List.of()), byExact.getOrDefault(stem, List.of()),
                    actors.getOrDefault(stem, List.of())));
        }
        this.entries = HashLookup.map(all);
    }

    /** The entry of a stem; {@link Entry#NONE} when the lexicon has nothing that starts with it. */
    Entry get(String stem) {
        return entries.getOrDefault(stem, Entry.NONE);
    }
}
