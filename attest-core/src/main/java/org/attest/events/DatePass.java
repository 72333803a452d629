package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import org.attest.model.DateMention;
import org.attest.model.DatePrecision;
import org.attest.model.Span;

/**
 * Gives each hit of a sentence its date or dates.
 *
 * <p>Within the sentence, each resolved date mention goes to the hit nearest to it (ties to the
 * earlier hit); a hit with several dates becomes one event per date ("in April ... and by May
 * ..."), a hit with none takes the date nearest to it in the sentence. A sentence without a
 * resolved date uses the fallback chain of {@link DateFallback}. A type keeps only one event per
 * date in a sentence.
 */
final class DatePass {
    /** A hit with one date, and where that date was decided. */
    record Dated(Hit hit, String date, DatePrecision precision, Span anchor, String rule) {}

    /** A resolved date and the rule that chose it. */
    record Choice(String date, DatePrecision precision, String rule) {
        static final Choice NONE = new Choice(null, DatePrecision.UNKNOWN, "none");
    }

    private DatePass() {}

    /**
     * @param hits     the sentence's surviving hits, in text order, not empty
     * @param dates    the resolved date mentions inside the sentence, in text order
     * @param fallback the date to use when the sentence has none; never null (use {@link Choice#NONE})
     */
    static List<Dated> assign(List<Hit> hits, List<DateMention> dates, Choice fallback) {
        List<Dated> out = new ArrayList<>();
        if (dates.isEmpty()) {
            for (Hit h : hits) {
                add(out, new Dated(h, fallback.date(), fallback.precision(), h.span(), fallback.rule()));
            }
            return out;
        }
        List<List<DateMention>> attached = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            attached.add(new ArrayList<>());
        }
        for (DateMention d : dates) {
            int best = 0;
            for (int i = 1; i < hits.size(); i++) {
                if (distance(hits.get(i).span(), d.span()) < distance(hits.get(best).span(), d.span())) {
                    best = i;
                }
            }
            attached.get(best).add(d);
        }
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            List<DateMention> mine = attached.get(i);
            if (mine.isEmpty()) {
                DateMention d = nearest(dates, h.span());
                add(out, new Dated(h, d.value(), d.precision(), h.span(), "sentence-nearest"));
            } else {
                for (DateMention d : mine) {
                    Span anchor = mine.size() > 1 ? d.span() : h.span();
                    add(out, new Dated(h, d.value(), d.precision(), anchor, "sentence-attached"));
                }
            }
        }
        return out;
    }

    /** Adds unless the sentence already has an event of that type and date. */
    private static void add(List<Dated> out, Dated d) {
        for (Dated o : out) {
            if (o.hit().type().equals(d.hit().type()) && java.util.Objects.equals(o.date(), d.date())) {
                return;
            }
        }
        out.add(d);
    }

    private static DateMention nearest(List<DateMention> dates, Span span) {
        DateMention best = dates.get(0);
        for (DateMention d : dates) {
            if (distance(span, d.span()) < distance(span, best.span())) {
                best = d;
            }
        }
        return best;
    }

    /** Characters between two spans; 0 when they touch or overlap. */
    static int distance(Span a, Span b) {
        if (a.overlaps(b)) {
            return 0;
        }
        return a.end() <= b.start() ? b.start() - a.end() : a.start() - b.end();
    }
}
