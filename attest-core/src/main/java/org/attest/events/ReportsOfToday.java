package org.attest.events;

import java.util.List;
import java.util.Set;
import org.attest.model.DateMention;
import org.attest.model.Document;
import org.attest.model.Sentence;
import org.attest.model.Span;

/**
 * Whether a statement that only the report's lead would date was made on the day of writing.
 * A lead that dates an event ("Police fired tear gas at teachers yesterday") tells when the news
 * happened, not when the officials, groups and ministers the report quotes afterwards spoke: their
 * undated "said" is the day of writing, as the report gathers their words for it. A lead whose
 * date is a speaker's ("..., the health ministry said on Tuesday") is the day of the report's
 * sources, and the undated replies after it ("The army said its troops ...") share it.
 */
final class ReportsOfToday {
    private static final String STATEMENT = "statement";
    /** Passive verbs by which officials give out a result: "was declared the winner", "was proclaimed president". */
    private static final Set<String> DECLARING = WordSets.named("result-declaring-verbs");
    /** The auxiliaries of that passive: "was declared", "has been proclaimed". */
    private static final Set<String> AUXILIARIES = WordSets.named("held-charge-auxiliaries");
    /** Tokens back from the lead's date in which the declaring verb is looked for: "was declared the winner of Iran's presidential election on Saturday". */
    private static final int DECLARED_REACH = 12;

    /** True when the document has a publication day and a lead date that dates no speech. */
    private final boolean eventLead;

    ReportsOfToday(Document doc, DateMention lead, SentenceTokens sentenceTokens, EventLexicon lexicon) {
        this.eventLead = doc.published() != null && lead != null && !speakersDay(doc, lead, sentenceTokens, lexicon);
    }

    /**
     * True when hit {@code h} is a statement whose sentence and paragraph leave it to the lead's
     * date ({@code general}, the date from outside its sentence) and that lead dates an event.
     */
    boolean reportOfToday(Hit h, DatePass.Choice general) {
        return eventLead && STATEMENT.equals(h.type()) && general.rule().startsWith("lead");
    }

    /** True when a reporting verb stands right before the lead's date ("said on Tuesday"). */
    private static boolean speakersDay(Document doc, DateMention lead, SentenceTokens sentenceTokens, EventLexicon lexicon) {
        List<Sentence> sentences = doc.sentences();
        int i = Span.indexHolding(sentences, Sentence::span, lead.span().start());
        if (i < 0) {
            return false;
        }
        List<Token> tokens = sentenceTokens.tokens(i);
        int first = DatePass.tokenAt(tokens, lead.span().start());
        return first > 0 && (DateClauses.reportingVerbBefore(tokens, first, lexicon) >= 0 || declaredBefore(tokens, first));
    }

    /** True when a passive declaring verb stands before token {@code first} in its clause ("was declared the winner ... on Saturday"). */
    static boolean declaredBefore(List<Token> tokens, int first) {
        for (int i = first - 1; i > 0 && i >= first - DECLARED_REACH; i--) {
            Token t = tokens.get(i);
            if (t.clauseBreak()) {
                return false;
            }
            if (t.word() && DECLARING.contains(t.lower()) && AUXILIARIES.contains(tokens.get(i - 1).lower())) {
                return true;
            }
        }
        return false;
    }
}
