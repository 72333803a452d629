package org.attest.events;

import java.util.ArrayList;
import java.util.List;

/**
 * Drops a hit that does not report an event ({@code guards.tsv}): a negation among the words just
 * before it ("no protests were held", "were not arrested"), a hypothetical, forecast or purpose
 * phrase a little further before it in the same clause ("could be executed", "analysts believe it
 * will be boycotted", "in order to promote a boycott"), or a head noun right after it that the
 * trigger only modifies ("the execution rate"), a participle that only describes the people
 * after it ("relatives of executed protesters"), or a modal right after it ("a new uprising could
 * erupt"), or a schedule after an execution, killing or arrest ("his execution slated for Sunday").
 * Words after the trigger are otherwise not looked at, since "the arrests have not stopped them"
 * still reports arrests.
 */
final class NegationPass implements HitPass {
    private final EventLexicon lexicon;

    NegationPass(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "negation";
    }

    @Override
    public List<Hit> apply(SentenceContext sentence, List<Hit> hits) {
        Guards guards = lexicon.guards();
        List<Hit> kept = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            boolean head = !h.actionForm(sentence.tokens()) && guards.modifierOfHead(sentence.tokens(), h.last());
            if (!head && !guards.guardedBefore(sentence.tokens(), h.first()) && !NonEvents.adjectival(sentence.tokens(), h)
                    && !NonEvents.modalAfter(sentence.tokens(), h) && !NonEvents.scheduledAfter(sentence.tokens(), h)
                    && !NonEvents.scheduledBefore(sentence.tokens(), h) && !NonEvents.forExecution(sentence.tokens(), h)
                    && !NonEvents.organisationName(sentence.tokens(), h)) {
                kept.add(h);
            }
        }
        return kept;
    }
}
