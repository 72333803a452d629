package org.attest.events;

import java.util.List;
import org.attest.model.Span;

/**
 * An act told in the past perfect inside a dated statement: "the ministry said on Sunday that 30
 * people had been detained". The past perfect there is only the statement's "have been detained"
 * moved back a tense: the act is news as of the statement's day, which the dev sets' coders give
 * it, where an earlier day of the paragraph ("a march on Saturday") is a guess the sentence does
 * not make. "were killed, Amnesty said on Friday" keeps the paragraph's day.
 */
final class ToldSinceSpeech {
    /** Tokens at most between "had" and the hit: "had been detained", "had been briefly held". */
    private static final int REACH = 3;

    private ToldSinceSpeech() {}

    /** True when the statement's date {@code report} comes before hit {@code h}, which "had" opens. */
    static boolean pastPerfectAfter(Hit h, Span report, List<Token> tokens) {
        if (report.end() > h.start()) {
            return false;
        }
        for (int i = h.first() - 1; i >= 0 && i >= h.first() - REACH; i--) {
            String w = tokens.get(i).lower();
            if (w.equals("had")) {
                return tokens.get(i).start() >= report.end();
            }
            if (!w.equals("been") && !w.endsWith("ly")) {
                return false;
            }
        }
        return false;
    }
}
