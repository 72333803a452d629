package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An event noun that is the subject of a ban ("demonstrations have been banned in the country since
 * 2022", "rallies were prohibited on Monday") names what the ban forbids, not an event that took
 * place: the ban is the news (an {@code other} event of its own verb), whatever the sentence's date.
 */
final class Bans {
    private Bans() {}

    /** Participles of a ban: "banned", "prohibited", "outlawed", "forbidden". */
    private static final Set<String> BAN_PARTICIPLES = WordSets.named("ban-participles");
    /** Forms of "be" and "have" that make a passive or its perfect: "are banned", "have been banned". */
    private static final Set<String> PASSIVE_AUXILIARIES = WordSets.named("passive-auxiliaries");
    /** Words that may stand between a trigger noun and its verb: "marches in the capital have been". */
    private static final int SUBJECT_REACH = 4;

    /** The hits less the event nouns that are the subject of a ban. */
    static List<Hit> withoutBannedSubjects(List<Hit> hits, List<Token> tokens) {
        List<Hit> kept = null;
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            if (bannedSubject(tokens, h)) {
                if (kept == null) {
                    kept = new ArrayList<>(hits.subList(0, i));
                }
            } else if (kept != null) {
                kept.add(h);
            }
        }
        return kept == null ? hits : kept;
    }

    /**
     * True when a trigger noun is followed, within a few words of the same clause, by a passive of
     * a ban: "protests are banned", "demonstrations have been banned", "marches in the capital were
     * outlawed".
     */
    static boolean bannedSubject(List<Token> tokens, Hit h) {
        Trigger.Form form = h.trigger().form();
        if (form != Trigger.Form.NOUN && form != Trigger.Form.PERSON) {
            return false;
        }
        for (int k = h.last() + 1; k < tokens.size() && k <= h.last() + 1 + SUBJECT_REACH; k++) {
            Token t = tokens.get(k);
            if (!t.word()) {
                return false; // a comma or a quote: another clause
            }
            if (PASSIVE_AUXILIARIES.contains(t.lower())) {
                int p = k;
                while (p < tokens.size() && tokens.get(p).word() && PASSIVE_AUXILIARIES.contains(tokens.get(p).lower())) {
                    p++;
                }
                return p < tokens.size() && tokens.get(p).word() && BAN_PARTICIPLES.contains(tokens.get(p).lower());
            }
        }
        return false;
    }
}
