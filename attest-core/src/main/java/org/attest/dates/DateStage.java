package org.attest.dates;

import java.util.ArrayList;
import java.util.List;
import org.attest.Stage;
import org.attest.internal.Validate;
import org.attest.model.DateMention;
import org.attest.model.Document;

/**
 * The "dates" stage: finds date expressions in the cleaned text and resolves each one as far
 * as the text allows. Adds one {@link DateMention} per expression through
 * {@link Document#withDates}, in text order, never overlapping (where two readings overlap,
 * the longer one wins); replaces any dates the document held before.
 *
 * <p>Absolute dates keep their stated fields. Relative expressions and year-less dates are
 * resolved against the document's {@link Anchor}: its publication date when it has one, else
 * a date derived from the text (the latest full date, or the latest year stated if that is
 * later); those mentions are marked {@code relative=true}. See {@link DateNormalizer} for the
 * rules and {@link NumberMatcher} for when a bare number is a year.
 *
 * <p>Pure and thread-safe: the lexicon is immutable and no state is kept between calls. Cost
 * is linear in the length of the text.
 */
public final class DateStage implements Stage {
    /** The rule suffix of a date after the publication day that nothing in its sentence announces. */
    public static final String UNANNOUNCED_FUTURE = "+unannounced-future";

    private final DateScanner scanner;
    private final DateLexicon lexicon;

    /** A stage built from a lexicon, typically {@link DateLexicon#load()}. */
    public DateStage(DateLexicon lexicon) {
        this.lexicon = Validate.notNull(lexicon, "lexicon");
        this.scanner = new DateScanner(lexicon);
    }

    @Override
    public String name() {
        return "dates";
    }

    @Override
    public Document apply(Document document) {
        String text = document.text();
        List<Candidate> candidates = scanner.scan(text);
        Anchor anchor = Anchor.of(document, candidates);
        List<DateMention> mentions = new ArrayList<>(candidates.size());
        String published = document.published() == null ? null : document.published().toString();
        for (Candidate c : candidates) {
            DateMention m = DateNormalizer.resolve(text, c, anchor);
            if (published != null && yearless(c) && m.value() != null && IsoDates.compareAtSharedPrecision(m.value(), published) < 0
                    && lexicon.hasAnnouncingCue(PhraseMatcher.sentenceBefore(text, m.span().end()))) {
                m = nextYear(m); // "an election will be held in December", written in February: the coming December
            }
            if (published != null && m.value() != null && IsoDates.compareAtSharedPrecision(m.value(), published) > 0
                    && !lexicon.hasFutureCue(PhraseMatcher.sentenceBefore(text, m.span().end()))) {
                // "would suspend talks until 2028": a term of something said, not a time anything happens
                m = new DateMention(m.text(), m.span(), m.value(), m.precision(), m.relative(), m.rule() + UNANNOUNCED_FUTURE);
            }
            mentions.add(m);
        }
        return document.withDates(mentions);
    }

    /** True for a Gregorian month or day written without its year ("in December", "June 4"). */
    private static boolean yearless(Candidate c) {
        DateExpr x = c.expr();
        return x.kind() == DateExpr.Kind.GREGORIAN && x.year() == null && x.yearOffset() == null && x.month() > 0;
    }

    /** The same mention a year later: the normaliser looks back, an announcement looks ahead. */
    private static DateMention nextYear(DateMention m) {
        int year = Integer.parseInt(m.value().substring(0, 4)) + 1;
        String value = year + m.value().substring(4);
        if (value.endsWith("-02-29")) {
            return m; // no such day next year; keep the reading the normaliser made
        }
        return new DateMention(m.text(), m.span(), value, m.precision(), m.relative(), m.rule() + "+announced-ahead");
    }

}
