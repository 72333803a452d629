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
            if (published != null && m.value() != null && IsoDates.compareAtSharedPrecision(m.value(), published) > 0
                    && !lexicon.hasFutureCue(PhraseMatcher.sentenceBefore(text, m.span().end()))) {
                // "would suspend talks until 2028": a term of something said, not a time anything happens
                m = new DateMention(m.text(), m.span(), m.value(), m.precision(), m.relative(), m.rule() + UNANNOUNCED_FUTURE);
            }
            mentions.add(m);
        }
        return document.withDates(mentions);
    }

}
