package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Drops participant-noun hits ("protesters", "demonstrators") when the sentence also reports an
 * event that counts people as its victims ({@link EventType#absorbsParticipants()}): in "dozens of demonstrators
 * were killed" the noun names the victims of one killing, not a second, protest event. Only a noun
 * within {@link #REACH} words of such an event is its victim: in "police fired tear gas at
 * protesters in the capital, a day after 22 people were killed", the protesters protest. A
 * protest named by an event noun or verb ("killed during the protest", "protesters marched") stays.
 * Names in apposition right after the noun are not counted: "three protesters named as A, B and C
 * were killed" counts its victims by name. Farther away, a noun that is the subject of a passive of
 * harm names victims too: "two were killed by gunfire and 48 protesters in other towns were wounded".
 */
final class VictimPass implements HitPass {
    /** Words between a participant noun and a violent event's trigger within which it names the victims. */
    static final int REACH = 6;

    private final EventLexicon lexicon;

    VictimPass(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "victims";
    }

    @Override
    public List<Hit> apply(SentenceContext sentence, List<Hit> hits) {
        List<Hit> violent = HitLists.matching(hits, h -> {
            EventType t = lexicon.type(h.type());
            return t != null && t.absorbsParticipants();
        });
        if (violent.isEmpty()) {
            return hits;
        }
        boolean deaths = HitLists.matching(violent, h -> h.type().equals(KILLING)).size() > 0;
        List<Hit> kept = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            if (h.trigger().form() != Trigger.Form.PERSON) {
                kept.add(h);
            } else if (firedOn(sentence.tokens(), h)) {
                if (!deaths || actsAfter(sentence.tokens(), h)) {
                    kept.add(h);
                }
            } else if (!nearAny(sentence.tokens(), h, violent) && !harmed(sentence.tokens(), h)
                    && !describesNamed(sentence.tokens(), h)) {
                kept.add(h);
            }
        }
        return kept;
    }

    /** The type whose victims the crowd fired on becomes when the sentence counts them. */
    private static final String KILLING = "killing";

    /** Verbs of shooting that, with "on" or "at", name the crowd shot at: "opened fire on protesters". */
    private static final Set<String> FIRING = WordSets.named("fired-on-verbs");
    /** Words (determiners, modifiers) that may stand between "fire on" and the crowd: "on the anti-government protesters". */
    private static final int FIRED_ON_REACH = 3;

    /**
     * True when the participants are the crowd fired on ("police opened fire on anti-government
     * protesters"): the seeds' "opened fire on peaceful protesters" has the protest beside the
     * attack. Not asked when the sentence counts the dead ("opened fire on protesters, killing 14"):
     * the crowd is then the scene of the killing, whose report is the news (round protest28).
     */
    private static boolean firedOn(List<Token> tokens, Hit h) {
        for (int i = h.first() - 1; i >= 1 && i >= h.first() - 1 - FIRED_ON_REACH; i--) {
            Token t = tokens.get(i);
            if (!t.word()) {
                return false;
            }
            if (t.lower().equals("on") || t.lower().equals("at")) {
                return FIRING.contains(tokens.get(i - 1).lower());
            }
        }
        return false;
    }

    /** True when a relative clause tells what the participants did: "protesters who blocked the road". */
    private static boolean actsAfter(List<Token> tokens, Hit h) {
        int k = h.last() + 1;
        return k < tokens.size() && (tokens.get(k).lower().equals("who") || tokens.get(k).lower().equals("that"));
    }

    /** Lower-case words an appositive of names may hold: "named as A, B and C". */
    private static final Set<String> APPOSITIVE_WORDS = WordSets.named("appositive-words");

    private static boolean nearAny(List<Token> tokens, Hit person, List<Hit> violent) {
        int named = namesAfter(tokens, person.last());
        for (Hit v : violent) {
            int from = v.first() > person.last() ? named : Math.min(person.last(), v.last());
            int to = Math.max(person.first(), v.first());
            int words = 0;
            for (int k = from + 1; k < to; k++) {
                if (tokens.get(k).word()) {
                    words++;
                }
            }
            if (words <= REACH) {
                return true;
            }
        }
        return false;
    }

    /** Articles of a singular description in apposition: "Lena Ruiz, a 23-year-old protester". */
    private static final Set<String> INDEFINITE = WordSets.named("appositive-articles");
    /** Words (an age, an adjective) that may stand between the article and the participant noun. */
    private static final int DESCRIPTION_WORDS = 3;

    /**
     * True when the participant noun describes one person named right before it, in apposition:
     * "one against Lena Ruiz, a 23-year-old protester from Tarvo". In a sentence of harm or a
     * sentence passed (r2b), that is who the victim is, however far from the trigger, not a protest.
     */
    private static boolean describesNamed(List<Token> tokens, Hit h) {
        for (int k = h.first() - 1; k >= 2 && k >= h.first() - 1 - DESCRIPTION_WORDS; k--) {
            Token t = tokens.get(k);
            if (INDEFINITE.contains(t.lower())) {
                return tokens.get(k - 1).surface().equals(",") && tokens.get(k - 2).word() && tokens.get(k - 2).capitalised();
            }
            if (!t.word()) {
                return false;
            }
        }
        return false;
    }

    /** What is done to participants who are spoken of: "were injured", "were beaten". */
    private static final Set<String> SUFFERED = WordSets.named("suffered");
    /** Prepositions of a place phrase between participants and their passive: "protesters in two towns were injured". */
    private static final Set<String> PLACE_LINKS = Set.of("in", "at", "from", "across");
    /** Words such a place phrase may hold after its preposition. */
    private static final int PLACE_WORDS = 3;

    /**
     * True when the participant noun is the subject of a passive of harm, after at most a short
     * place phrase: "protesters were beaten", "48 protesters in other cities were wounded".
     */
    private static boolean harmed(List<Token> tokens, Hit h) {
        int k = h.last() + 1;
        if (k < tokens.size() && PLACE_LINKS.contains(tokens.get(k).lower())) {
            int end = Math.min(tokens.size(), k + 1 + PLACE_WORDS);
            for (k++; k < end && tokens.get(k).word() && !passiveBe(tokens.get(k)); k++) {
                // the place phrase's words
            }
        }
        return k + 1 < tokens.size() && passiveBe(tokens.get(k)) && SUFFERED.contains(tokens.get(k + 1).lower());
    }

    private static boolean passiveBe(Token t) {
        return t.lower().equals("were") || t.lower().equals("was");
    }

    /**
     * The last token of names in apposition right after token {@code last} ("protesters named as
     * Lena Ruiz and Omar Pell"), else {@code last}: a run of capitalised words, appositive words
     * and commas that holds a name and ends before a lower-case word.
     */
    private static int namesAfter(List<Token> tokens, int last) {
        int end = last;
        boolean name = false;
        for (int k = last + 1; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.word() && t.capitalised()) {
                name = true;
                end = k;
            } else if (!(t.word() && APPOSITIVE_WORDS.contains(t.lower()) || t.surface().equals(","))) {
                break;
            }
        }
        return name ? end : last;
    }
}
