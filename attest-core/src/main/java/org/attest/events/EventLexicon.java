package org.attest.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attest.internal.Validate;

/**
 * The event data, read once from the resource files under {@code org/attest/events/}
 * ({@code taxonomy.tsv}, {@code triggers.tsv}, {@code actors.tsv}, {@code claimants.tsv},
 * {@code guards.tsv}) and passed to {@link EventStage}. Immutable and safe to share between
 * threads (its {@link LexemeCache} only remembers values that are functions of the lexicon). Each
 * file's comments document its columns.
 */
public final class EventLexicon {
    private static final String DIR = "/org/attest/events/";

    private final Map<String, EventType> taxonomy;
    private final List<Trigger> triggers;
    private final List<List<String>> genericActors;
    private final WordIndex words;
    private final Guards guards;
    private final LexemeCache lexemes;

    private EventLexicon(Map<String, String> files) {
        Map<String, EventType> tax = new LinkedHashMap<>();
        for (TsvTable.Row r : TsvTable.parse("taxonomy.tsv", files.get("taxonomy.tsv"),
                "type", "acled_event_type", "acled_sub_event_type", "disorder_type", "description",
                "absorbs_participants", "one_per_report", "points_back_to")) {
            String people = r.get("absorbs_participants");
            Validate.isTrue(people.equals("yes") || people.equals("no"),
                    "taxonomy.tsv line %d: absorbs_participants must be yes or no", r.line());
            String once = r.get("one_per_report");
            Validate.isTrue(once.equals("yes") || once.equals("no"),
                    "taxonomy.tsv line %d: one_per_report must be yes or no", r.line());
            tax.put(r.get("type"), new EventType(r.get("type"), r.get("acled_event_type"),
                    r.get("acled_sub_event_type"), r.get("disorder_type"), r.get("description"),
                    people.equals("yes"), once.equals("yes"), typeList(r.get("points_back_to"))));
        }
        for (EventType t : tax.values()) {
            Validate.isTrue(tax.keySet().containsAll(t.pointsBackTo()),
                    "taxonomy.tsv: points_back_to of %s names a type the table lacks", t.name());
        }
        this.taxonomy = Map.copyOf(tax);
        List<Trigger> ts = new ArrayList<>();
        for (TsvTable.Row r : TsvTable.parse("triggers.tsv", files.get("triggers.tsv"),
                "type", "phrase", "form", "requires", "unless")) {
            String type = r.get("type");
            Validate.isTrue(tax.containsKey(type), "triggers.tsv line %d: unknown type '%s'", r.line(), type);
            String form = r.get("form");
            Validate.isTrue(form.equals("act") || form.equals("noun") || form.equals("person") || form.equals("frame")
                    || form.equals("speech"), "triggers.tsv line %d: form must be act, noun, person, frame or speech, not '%s'", r.line(), form);
            Trigger t = new Trigger(type, r.get("phrase"), Trigger.parseWords(r.get("phrase")),
                    Trigger.Form.valueOf(form.toUpperCase(java.util.Locale.ROOT)), Trigger.parseCues(r.get("requires")),
                    Trigger.parseCues(r.get("unless")), ts.size());
            ts.add(t);
        }
        this.triggers = List.copyOf(ts);

        List<List<String>> generic = new ArrayList<>();
        Set<String> heads = new HashSet<>();
        for (TsvTable.Row r : TsvTable.parse("actors.tsv", files.get("actors.tsv"), "kind", "phrase")) {
            switch (r.get("kind")) {
                case "generic" -> {
                    List<String> stems = new ArrayList<>();
                    for (String w : r.get("phrase").split("\\s+")) {
                        stems.add(Normalizer.stem(w));
                    }
                    generic.add(List.copyOf(stems));
                }
                case "org_head" -> heads.add(Normalizer.lower(r.get("phrase")));
                default -> throw new IllegalArgumentException("actors.tsv line " + r.line() + ": bad kind");
            }
        }
        this.genericActors = List.copyOf(generic);
        Map<String, Set<String>> claim = byKind("claimants.tsv", files.get("claimants.tsv"));
        Map<String, Integer> bits = new HashMap<>();
        addRole(bits, claim.getOrDefault("verb", Set.of()), Lexeme.REPORTING_VERB);
        addRole(bits, claim.getOrDefault("anaphor", Set.of()), Lexeme.ANAPHOR);
        addRole(bits, claim.getOrDefault("pronoun", Set.of()), Lexeme.PRONOUN);
        addRole(bits, claim.getOrDefault("skip", Set.of()), Lexeme.SKIP_WORD);
        addRole(bits, heads, Lexeme.ORG_HEAD);
        this.guards = new Guards(TsvTable.parse("guards.tsv", files.get("guards.tsv"), "kind", "word"));
        guards.roles().forEach((w, role) -> bits.merge(w, role, (a, b) -> a | b));
        this.words = new WordIndex(triggers, genericActors, bits, WordSets.bitsByWord());
        this.lexemes = new LexemeCache(words);
    }

    /** Reads the lexicon shipped with Attest. Throws {@link UncheckedIOException} if a file is missing. */
    public static EventLexicon load() {
        Map<String, String> files = new HashMap<>();
        for (String f : List.of("taxonomy.tsv", "triggers.tsv", "actors.tsv", "claimants.tsv", "guards.tsv")) {
            files.put(f, resource(f));
        }
        return new EventLexicon(files);
    }

    /**
     * Builds a lexicon from file contents by file name (the five names {@link #load()} reads), so
     * a user or a test can supply its own data.
     */
    public static EventLexicon of(Map<String, String> files) {
        for (String f : List.of("taxonomy.tsv", "triggers.tsv", "actors.tsv", "claimants.tsv", "guards.tsv")) {
            Validate.isTrue(files.containsKey(f), "missing %s", f);
        }
        return new EventLexicon(files);
    }

    /** A comma-separated list of type names, "-" for none. */
    private static Set<String> typeList(String cell) {
        return cell.equals("-") ? Set.of() : Set.of(cell.split(","));
    }

    static String resource(String file) {
        try (InputStream in = EventLexicon.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("resource not found: " + DIR + file));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DIR + file, e);
        }
    }

    private static Map<String, Set<String>> byKind(String name, String content) {
        Map<String, Set<String>> m = new HashMap<>();
        for (TsvTable.Row r : TsvTable.parse(name, content, "kind", "word")) {
            m.computeIfAbsent(r.get("kind"), k -> new HashSet<>()).add(Normalizer.lower(r.get("word")));
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        m.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return frozen;
    }

    private static void addRole(Map<String, Integer> bits, Set<String> words, int role) {
        for (String w : words) {
            bits.merge(w, role, (a, b) -> a | b);
        }
    }

    /** The taxonomy by type name, in no particular order. */
    public Map<String, EventType> taxonomy() {
        return taxonomy;
    }

    /** The type of that name, or {@code null}. */
    public EventType type(String name) {
        return taxonomy.get(name);
    }

    /**
     * This type and the types a mention of it may point back to ("the rally": a protest); a strike
     * and a protest point back to each other ({@code one-happening-kinds}, {@link Strikes#kind}):
     * "40 schools were closed during the strike" after teachers protested is that protest.
     */
    Set<String> pointsTo(String type) {
        EventType t = type(type);
        boolean kin = OneHappening.KINDS.contains(type);
        if ((t == null || t.pointsBackTo().isEmpty()) && !kin) {
            return Set.of(type);
        }
        Set<String> out = new java.util.HashSet<>(t == null ? Set.of() : t.pointsBackTo());
        out.add(type);
        if (kin) {
            out.addAll(OneHappening.KINDS);
        }
        return out;
    }

    /**
     * Kinds that tell one happening between them and point back to each other: a strike and a
     * protest. In a holder of its own: {@link WordSets} reads its file through this class, which
     * must not ask it for a list while it is being read.
     */
    private static final class OneHappening {
        static final Set<String> KINDS = WordSets.named("one-happening-kinds");
    }

    /** True when an event of this type, or of a type it points back to ("the rally": a protest), was reported. */
    boolean reportedAlready(String type, Set<String> reported) {
        if (reported.contains(type) || OneHappening.KINDS.contains(type) && OneHappening.KINDS.stream().anyMatch(reported::contains)) {
            return true;
        }
        EventType t = type(type);
        return t != null && t.pointsBackTo().stream().anyMatch(reported::contains);
    }

    /** How many trigger lines the lexicon holds. */
    public int triggerCount() {
        return triggers.size();
    }

    /** The trigger types of every line, in lexicon order (for tests and documentation). */
    List<Trigger> triggers() {
        return triggers;
    }

    /** The lexemes of the words the tokenizers met, shared by all documents and threads. */
    LexemeCache lexemes() {
        return lexemes;
    }

    /** What each stem may start (trigger lines, generic actor phrases) and its forms' role bits. */
    WordIndex words() {
        return words;
    }

    /** The generic actor phrases ("security forces"), each as the stems of its words, in lexicon order. */
    List<List<String>> genericActors() {
        return genericActors;
    }

    // The word-list questions are answered from the token's bits, which this lexicon's WordIndex
    // set when the word's lexeme was made.

    boolean isOrgHead(Token t) {
        return t.is(Lexeme.ORG_HEAD);
    }

    boolean isReportingVerb(Token t) {
        return t.is(Lexeme.REPORTING_VERB);
    }

    boolean isAnaphor(Token t) {
        return t.is(Lexeme.ANAPHOR);
    }

    boolean isPronoun(Token t) {
        return t.is(Lexeme.PRONOUN);
    }

    boolean isSkipWord(Token t) {
        return t.is(Lexeme.SKIP_WORD);
    }

    /** The negation, hypothetical, prediction, purpose and head-noun guards. */
    Guards guards() {
        return guards;
    }
}
