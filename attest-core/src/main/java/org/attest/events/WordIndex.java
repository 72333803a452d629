package org.attest.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attest.internal.WordTable;

/**
 * What the lexicon knows of a word, keyed by stem alone: the trigger lines and generic actor
 * phrases whose first word it can be, the word lists ({@link Lexeme} role bits) its
 * lower-case form is in, and the {@link WordMarks} of the later phrase words it can be. A new word
 * of a document thus costs one lookup. Entries keyed by an
 * exact form (a {@code =word} trigger, a role word) are filed under that form's stem too, since
 * a token with the same lower-case form has the same stem, and count for a word only when the
 * forms agree. Immutable.
 */
final class WordIndex {
    /**
     * What the lexicon knows of one lower-case form of a stem, all in one place, so that a new
     * word of a document costs one lookup of its form instead of one per table.
     *
     * @param triggers those keyed by the stem, then those keyed by the exact form
     * @param roles    the role bits; 0 for none
     * @param marks    the {@link WordMarks} of the later phrase words it matches, by stem or exact form
     * @param sets     the {@link TokenSet} bits ({@link Lexeme#sets()}); 0 for none
     */
    record Form(List<Trigger> triggers, int roles, long marks, long sets) {}

    /** The entries of one stem, each list in lexicon order. */
    static final class Entry {
        static final Entry NONE = new Entry(List.of(), List.of(), List.of(), Map.of(), 0, Map.of(), Map.of());

        private final List<Integer> actors;
        /** The form of a lower-case form with no entry of its own in {@link #forms}: the stem's alone. */
        private final Form stemOnly;
        /**
         * The forms filed under this stem by an exact form (an exact trigger, a role, a mark or a
         * word list), and their {@link Form}s at the same index: a few at most, compared in turn.
         */
        private final String[] forms;
        /** The {@link String#hashCode} of each of {@link #forms}, compared before the string is read. */
        private final int[] formHashes;
        private final Form[] formsOf;

        private Entry(List<Trigger> byStem, List<Trigger> byExact, List<Integer> actors, Map<String, Integer> roles,
                      long stemMarks, Map<String, Long> exactMarks, Map<String, Long> sets) {
            List<Trigger> stemTriggers = List.copyOf(byStem);
            Map<String, List<Trigger>> exact = new HashMap<>();
            for (Trigger t : byExact) {
                exact.computeIfAbsent(t.words().get(0).value(), k -> new ArrayList<>(byStem)).add(t);
            }
            Set<String> lowers = new HashSet<>(exact.keySet());
            lowers.addAll(roles.keySet());
            lowers.addAll(exactMarks.keySet());
            lowers.addAll(sets.keySet());
            Map<String, Form> byForm = new HashMap<>();
            for (String lower : lowers) {
                List<Trigger> triggers = exact.containsKey(lower) ? List.copyOf(exact.get(lower)) : stemTriggers;
                byForm.put(lower, new Form(triggers, roles.getOrDefault(lower, 0),
                        stemMarks | exactMarks.getOrDefault(lower, 0L), sets.getOrDefault(lower, 0L)));
            }
            this.actors = List.copyOf(actors);
            this.stemOnly = new Form(stemTriggers, 0, stemMarks, 0);
            this.forms = byForm.keySet().toArray(new String[0]);
            this.formsOf = new Form[forms.length];
            this.formHashes = new int[forms.length];
            for (int i = 0; i < forms.length; i++) {
                formsOf[i] = byForm.get(forms[i]);
                formHashes[i] = forms[i].hashCode();
            }
        }

        /** What a word of this stem and lower-case form is: its triggers, roles, marks and word lists. */
        Form form(String lower) {
            int hash = forms.length == 0 ? 0 : lower.hashCode();
            for (int i = 0; i < forms.length; i++) {
                if (formHashes[i] == hash && forms[i].equals(lower)) {
                    return formsOf[i];
                }
            }
            return stemOnly;
        }

        /** Indexes into the lexicon's generic actor phrases, ascending, of those the stem starts. */
        List<Integer> actors() {
            return actors;
        }
    }

    /** The bits of a slot of {@link #filed}. */
    private static final int SLOT_BITS = 16;

    private final WordTable<Entry> entries;
    /**
     * One bit per {@link #slot} that some stem of the index hashes to: most words of a text are
     * none of the lexicon's, and a clear bit answers for them without probing the map.
     */
    private final long[] filed = new long[1 << (SLOT_BITS - 6)];

    /**
     * @param triggers      the trigger lines in lexicon order
     * @param genericActors the generic actor phrases as stems, in lexicon order
     * @param roles         {@link Lexeme} role bits by lower-case form
     * @param sets          {@link TokenSet} bits by lower-case form ({@link WordSets#bitsByWord})
     */
    WordIndex(List<Trigger> triggers, List<List<String>> genericActors, Map<String, Integer> roles, Map<String, Long> sets) {
        Map<String, List<Trigger>> byStem = new HashMap<>();
        Map<String, List<Trigger>> byExact = new HashMap<>();
        Map<String, List<Integer>> actors = new HashMap<>();
        Map<String, Map<String, Integer>> rolesByStem = new HashMap<>();
        Map<String, Long> stemMarks = new HashMap<>();
        Map<String, Map<String, Long>> exactMarks = new HashMap<>();
        for (Trigger t : triggers) {
            Trigger.Word first = t.words().get(0);
            if (first.exact()) {
                byExact.computeIfAbsent(Normalizer.stemOfLower(first.value()), k -> new ArrayList<>()).add(t);
            } else {
                byStem.computeIfAbsent(first.value(), k -> new ArrayList<>()).add(t);
            }
            for (Trigger.Word w : t.words().subList(1, t.words().size())) {
                if (w.gap()) {
                    continue;
                }
                long mark = WordMarks.of(w.value());
                if (w.exact()) {
                    exactMarks.computeIfAbsent(Normalizer.stemOfLower(w.value()), k -> new HashMap<>())
                            .merge(w.value(), mark, (a, b) -> a | b);
                } else {
                    stemMarks.merge(w.value(), mark, (a, b) -> a | b);
                }
            }
        }
        for (int p = 0; p < genericActors.size(); p++) {
            actors.computeIfAbsent(genericActors.get(p).get(0), k -> new ArrayList<>()).add(p);
        }
        roles.forEach((lower, bits) ->
                rolesByStem.computeIfAbsent(Normalizer.stemOfLower(lower), k -> new HashMap<>()).put(lower, bits));
        Map<String, Map<String, Long>> setsByStem = new HashMap<>();
        sets.forEach((lower, bits) ->
                setsByStem.computeIfAbsent(Normalizer.stemOfLower(lower), k -> new HashMap<>()).put(lower, bits));
        Set<String> stems = new HashSet<>(byStem.keySet());
        stems.addAll(byExact.keySet());
        stems.addAll(actors.keySet());
        stems.addAll(rolesByStem.keySet());
        stems.addAll(stemMarks.keySet());
        stems.addAll(exactMarks.keySet());
        stems.addAll(setsByStem.keySet());
        Map<String, Entry> all = new HashMap<>();
        for (String stem : stems) {
            all.put(stem, new Entry(byStem.getOrDefault(stem, List.of()), byExact.getOrDefault(stem, List.of()),
                    actors.getOrDefault(stem, List.of()), rolesByStem.getOrDefault(stem, Map.of()),
                    stemMarks.getOrDefault(stem, 0L), exactMarks.getOrDefault(stem, Map.of()),
                    setsByStem.getOrDefault(stem, Map.of())));
        }
        this.entries = new WordTable<>(all);
        for (String stem : all.keySet()) {
            int slot = slot(stem);
            filed[slot >>> 6] |= 1L << slot;
        }
    }

    /** The entry of a stem; {@link Entry#NONE} when the lexicon knows nothing of it. */
    Entry get(String stem) {
        int slot = slot(stem);
        if ((filed[slot >>> 6] & 1L << slot) == 0) {
            return Entry.NONE;
        }
        Entry e = entries.get(stem, 0, stem.length());
        return e == null ? Entry.NONE : e;
    }

    private static int slot(String stem) {
        int h = stem.hashCode();
        return (h ^ (h >>> SLOT_BITS)) & ((1 << SLOT_BITS) - 1);
    }
}
