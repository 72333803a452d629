package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Drops a protest noun that only sets the scene of a killing, arrest, execution or death sentence
 * told in the same sentence: in "two men were killed during protests over fuel prices", "police
 * detained 40 people during overnight demonstrations" or "at least 20 were killed in a crackdown
 * on protests" the deaths or the arrests are the news, the protest is where they happened. So is a
 * protest named as what killed: "days of unrest that have killed 30 people", "clashes between
 * students and police have killed 12". A protest told as an action stays: a verb ("protesters
 * marched", "took to the streets") is an act hit, never such a noun; a relative clause may tell the
 * noun's protest spreading ("the demonstrations that swept the towns"); and a participant noun
 * ("opened fire on protesters") is {@link VictimPass}'s to judge. {@link ToldSettings} does the
 * same for a protest the report has told before, whatever its sentence's other events.
 *
 * <p>Runs after {@link NegationPass}: a killing that did not happen ("no one was killed during the
 * protests") sets no scene. The date of the dropped noun still dates what it sets ({@link DatePass}:
 * "a man arrested during the 2022 protests" was arrested in 2022).
 */
final class ScenePass implements HitPass {
    /** Words between a scene preposition and the protest noun it governs: "during the first two days of protests". */
    static final int SCENE_REACH = 5;
    /** Words between a protest noun and the perfect of the killing it is the subject of. */
    static final int CAUSE_REACH = 12;

    /** Types of the gatherings a scene noun names. */
    private static final Set<String> SCENE_TYPES = Set.of("protest", "rally");
    /** Types whose events a protest only sets: the people killed or taken. */
    private static final Set<String> SET_TYPES = WordSets.named("set-in-protest-types");
    /** Prepositions that make the protest noun after them the scene: "during", "amid", "over". */
    private static final Set<String> SCENE_WORDS = WordSets.named("scene-prepositions");
    /** Nouns of repression whose "on"/"against" names the protest as their target: "a crackdown on protests". */
    private static final Set<String> CRACKDOWNS = WordSets.named("crackdown-nouns");
    private static final Set<String> TARGET_LINKS = Set.of("on", "against");
    /** Words that open a clause of its own: "killed in the capital, where protests ...", "after protests". */
    private static final Set<String> CLAUSE_OPENERS = WordSets.named("clause-openers");
    /** The perfect before a killing verb whose subject is the protest: "riots have killed". */
    private static final Set<String> PERFECT = Set.of("has", "have", "had");
    /** Relative pronouns right after the protest noun whose clause tells its killing or its spreading: "unrest that has killed". */
    private static final Set<String> RELATIVES = Set.of("that", "which");

    @Override
    public String name() {
        return "scene";
    }

    @Override
    public List<Hit> apply(SentenceContext sentence, List<Hit> hits) {
        List<Hit> set = HitLists.matching(hits, h -> SET_TYPES.contains(h.type()) && h.trigger().form() != Trigger.Form.PERSON);
        if (set.isEmpty()) {
            return hits;
        }
        List<Token> tokens = sentence.tokens();
        List<Hit> kept = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            // a rally in the scene ("arrested 14 people during a rally against the law") sets it as a protest does;
            // dropping only the protest line would leave the rally line on the same word
            boolean noun = SCENE_TYPES.contains(h.type()) && h.trigger().form() != Trigger.Form.PERSON && !h.actionForm(tokens)
                    && !spreads(tokens, h);
            if (!noun || !(scene(tokens, h, set) || causeOfKilling(tokens, h, set))) {
                kept.add(h);
            }
        }
        return kept;
    }

    /** Verbs of a protest spreading, told in a relative clause after its noun: "the protests that swept the towns". */
    private static final Set<String> SPREADING = WordSets.named("spreading-verbs");

    /**
     * True when a relative clause right after the noun tells the protest spreading ("died in the
     * demonstrations that swept the valley towns", "the protests which have engulfed the north"):
     * the sentence tells the protest as an action of its own. A start ("protests that began in
     * May") only dates the scene.
     */
    private static boolean spreads(List<Token> tokens, Hit h) {
        int k = h.last() + 1;
        if (k >= tokens.size() || !RELATIVES.contains(tokens.get(k).lower())) {
            return false;
        }
        k++;
        if (k < tokens.size() && PERFECT.contains(tokens.get(k).lower())) {
            k++; // "that have swept"
        }
        return k < tokens.size() && SPREADING.contains(tokens.get(k).lower());
    }

    /**
     * True when a scene preposition governs the noun, within {@link #SCENE_REACH} words of the same
     * clause ("during overnight protests", "in three days of demonstrations", "a crackdown on
     * protests"), and the killing or arrests it sets are told before it in that clause or the scene
     * opens the sentence ("During the protests, police arrested 40 people"). In "faced condemnation
     * over its crackdown on a protest movement" after a count of executions, "which" opened another
     * clause: the protest sets nothing told.
     */
    static boolean scene(List<Token> tokens, Hit h, List<Hit> set) {
        for (int k = h.first() - 1, words = 0; k >= 0 && words < SCENE_REACH; k--) {
            Token t = tokens.get(k);
            if (!t.word()) {
                if (t.clauseBreak() && !t.quote()) {
                    return false;
                }
                continue; // quotes around a name: during the "Woman, Life, Freedom" protests
            }
            words++;
            String w = t.lower();
            if (CLAUSE_OPENERS.contains(w)) {
                return false;
            }
            if (w.equals("in") && k == h.first() - 1 && tokens.get(h.first()).lower().equals("protest")) {
                return false; // "closed their shops in protest at the killing": the manner of an action, no scene
            }
            if (SCENE_WORDS.contains(w) || TARGET_LINKS.contains(w) && k > 0 && CRACKDOWNS.contains(tokens.get(k - 1).lower())) {
                return opensSentence(tokens, k) || setBefore(tokens, k, set);
            }
        }
        return false;
    }

    /** True when no word stands before token {@code k}: "During the protests, ...". */
    private static boolean opensSentence(List<Token> tokens, int k) {
        for (int i = 0; i < k; i++) {
            if (tokens.get(i).word()) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when a killing or arrest hit starts before token {@code k} with no clause break or opener
     * between; the scene word may be its last ("died during protests").
     */
    private static boolean setBefore(List<Token> tokens, int k, List<Hit> set) {
        for (Hit s : set) {
            if (s.first() < k && sameClause(tokens, s.last() + 1, k)) {
                return true;
            }
        }
        return false;
    }

    /** True when tokens {@code from} (inclusive) to {@code to} (exclusive) hold no clause break and no clause opener. */
    private static boolean sameClause(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.clauseBreak() && !t.quote() || t.word() && CLAUSE_OPENERS.contains(t.lower())) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the noun is the subject of a killing: in the perfect after it ("days of protests ...
     * have killed at least 100"), within {@link #CAUSE_REACH} words and no clause break or clause
     * opener between, or in a relative clause right after it ("unrest that has killed 300", "riots
     * which left 40 dead"). In "chaos during protests over living costs which left 238 dead" the
     * relative clause is far from the noun, which stays.
     */
    static boolean causeOfKilling(List<Token> tokens, Hit h, List<Hit> set) {
        int next = h.last() + 1;
        boolean relative = next < tokens.size() && RELATIVES.contains(tokens.get(next).lower());
        for (Hit k : set) {
            int link = k.first() - 1;
            if (!k.type().equals("killing") || link < next) {
                continue;
            }
            String w = tokens.get(link).lower();
            if (relative && (link == next || link == next + 1 && PERFECT.contains(w))) {
                return true; // "unrest that killed", "unrest that has killed"
            }
            if (PERFECT.contains(w) && sameClause(tokens, next, link) && words(tokens, next, link) <= CAUSE_REACH) {
                return true;
            }
        }
        return false;
    }

    /** The words among tokens {@code from} (inclusive) to {@code to} (exclusive). */
    private static int words(List<Token> tokens, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += tokens.get(i).word() ? 1 : 0;
        }
        return n;
    }
}
