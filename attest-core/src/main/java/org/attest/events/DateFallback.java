package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import org.attest.model.DateMention;
import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Sentence;

/**
 * The date of a sentence that states none, in this order: the nearest earlier resolved date
 * mention in the same paragraph; the document's lead date (the first resolved date in its first
 * two paragraphs that are not headings); the publication date at month precision; else none. Built once per document.
 */
final class DateFallback {
    private final Document document;
    /** Resolved date mentions in text order. */
    private final List<DateMention> resolved;
    /** For each resolved mention, the paragraph of the sentence holding it, or -1. */
    private final int[] paragraphOf;
    private final DatePass.Choice lead;
    /** How far into a sentence a publication date still counts as its dateline, in chars. */
    private static final int DATELINE_REACH = 40;

    DateFallback(Document document) {
        this.document = document;
        List<Sentence> sentences = document.sentences();
        List<DateMention> r = new ArrayList<>();
        for (DateMention d : document.dates()) {
            if (d.value() != null && d.precision() != DatePrecision.UNKNOWN && !dateline(d, sentences)) {
                r.add(d);
            }
        }
        r.sort((a, b) -> a.span().compareTo(b.span()));
        this.resolved = List.copyOf(r);
        this.paragraphOf = new int[resolved.size()];
        int s = 0;
        for (int i = 0; i < resolved.size(); i++) {
            int at = resolved.get(i).span().start();
            while (s < sentences.size() && sentences.get(s).span().end() <= at) {
                s++;
            }
            paragraphOf[i] = s < sentences.size() && sentences.get(s).span().start() <= at
                    ? sentences.get(s).paragraph() : -1;
        }
        this.lead = leadDate(sentences);
    }

    /**
     * True for a dateline: the publication day written at the start of a sentence ("Paris, 1 June
     * 2021 - ..."). It dates the report, not the events in it.
     */
    private boolean dateline(DateMention d, List<Sentence> sentences) {
        if (document.published() == null || !document.published().toString().equals(d.value())) {
            return false;
        }
        int at = d.span().start();
        for (Sentence s : sentences) {
            if (s.span().contains(at)) {
                return at - s.span().start() < DATELINE_REACH;
            }
        }
        return false;
    }

    /** Resolved date mentions in text order, datelines left out (shared with the stage). */
    List<DateMention> resolved() {
        return resolved;
    }

    /** The fallback for a sentence that holds no resolved date. Never null. */
    DatePass.Choice forSentence(Sentence sentence) {
        int at = sentence.span().start();
        for (int i = resolved.size() - 1; i >= 0; i--) {
            DateMention d = resolved.get(i);
            if (d.span().start() < at && paragraphOf[i] == sentence.paragraph()) {
                return new DatePass.Choice(d.value(), d.precision(), "paragraph-earlier");
            }
        }
        if (lead != null) {
            return lead;
        }
        if (document.published() != null) {
            String month = document.published().toString().substring(0, 7);
            return new DatePass.Choice(month, DatePrecision.MONTH, "published-month");
        }
        return DatePass.Choice.NONE;
    }

    private DatePass.Choice leadDate(List<Sentence> sentences) {
        if (sentences.isEmpty() || resolved.isEmpty()) {
            return null;
        }
        java.util.Set<Integer> lead = new java.util.HashSet<>();
        for (Sentence s : sentences) {
            if (!s.heading()) {
                lead.add(s.paragraph());
                if (lead.size() == 2) {
                    break;
                }
            }
        }
        for (int i = 0; i < resolved.size(); i++) {
            if (lead.contains(paragraphOf[i])) {
                DateMention d = resolved.get(i);
                return new DatePass.Choice(d.value(), d.precision(), "lead");
            }
        }
        return null;
    }
}
