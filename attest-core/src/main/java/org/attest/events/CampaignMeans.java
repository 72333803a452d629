package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * Slogans, posters or protest named as the means of a boycott campaign told before them: "stepped
 * up their campaign for a boycott, with slogans, posters and banners", "are promoting the boycott
 * through public messages and organised protest". The phrase says how the call is spread; it tells
 * no protest of its own beside the call, and readers give the boycott call alone. Slogans that are
 * the sentence's own act ("posters calling for a boycott were put up") are left alone.
 */
final class CampaignMeans {
    private CampaignMeans() {}

    /** Prepositions that make the noun after them the means of what came before: "with", "through". */
    private static final Set<String> MEANS = WordSets.named("campaign-means-words");
    /** Types of the campaign whose means the protest noun is. */
    private static final Set<String> CAMPAIGNS = WordSets.named("campaign-means-types");
    /** Words looked at before the noun for the preposition: "through public messages and organised protest". */
    private static final int WINDOW = 5;

    /** True when the protest noun follows "with" or "through" after a boycott call of its sentence. */
    static boolean means(List<Token> tokens, Hit h, List<Hit> hits) {
        // a noun as written ("organized protest" matches the line "protested", read here as the noun)
        if (!Strikes.protestOrStrike(h) || h.trigger().form() == Trigger.Form.PERSON || h.actionForm(tokens)) {
            return false;
        }
        for (int i = h.first() - 1, words = 0; i >= 0 && words < WINDOW; i--) {
            Token t = tokens.get(i);
            if (t.surface().equals(",")) {
                continue; // a list of means: "with slogans, posters and banners"
            }
            if (t.clauseBreak()) {
                return false;
            }
            if (!t.word()) {
                continue;
            }
            words++;
            if (MEANS.contains(t.lower())) {
                return campaignBefore(hits, i);
            }
            if (t.lower().endsWith("ing")) {
                return false; // "with thousands marching": a clause of its own
            }
        }
        return false;
    }

    private static boolean campaignBefore(List<Hit> hits, int at) {
        for (Hit o : hits) {
            if (o.last() < at && CAMPAIGNS.contains(o.type())) {
                return true;
            }
        }
        return false;
    }
}
