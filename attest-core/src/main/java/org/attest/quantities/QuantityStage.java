package org.attest.quantities;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import org.attest.Stage;
import org.attest.internal.Validate;
import org.attest.model.Document;
import org.attest.model.Quantity;
import org.attest.model.Span;

/**
 * The "quantities" stage: finds the figures a document states (counts of people, places, posts,
 * events; money; percentages) and adds them as {@link Quantity} records, in text order, through
 * {@link Document#withQuantities}. Each record carries its span in the cleaned text (qualifier,
 * number and counted noun: "more than 130,000 tweets and retweets"), its value (the low end of
 * a range, the lower bound of a vague amount), the qualifier, the unit as written (or inferred,
 * or null), a short description and the rule that decided it.
 *
 * <p>Dates, years, ages, durations, measures, ordinals, identifiers, scores, footnote marks,
 * hashtags, URLs, clock times and phone numbers are not quantities, nor are the figures of a pull
 * quote ({@link PullQuotes}); a figure restated (in the body
 * after the title, word for word, or as "the two activists") is one record ({@link Repeats}).
 * Quantities never cross a context: the document's sentences
 * when it has them, else its lines cut at sentence ends. Any quantities already on the document
 * are replaced.
 *
 * <p>Pure and thread-safe: the lexicon is read once, outside, and given to the constructor.
 * Runs in time linear in the text; contexts without a digit or number word are not tokenised.
 */
public final class QuantityStage implements Stage {
    private final QuantityExtractor extractor;
    private final QuantityLexicon lexicon;

    public QuantityStage(QuantityLexicon lexicon) {
        this.extractor = new QuantityExtractor(Validate.notNull(lexicon, "lexicon"));
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "quantities";
    }

    @Override
    public Document apply(Document document) {
        String text = document.text();
        List<Quantity> found = new ArrayList<>();
        String carried = null;
        String befell = null;
        char[] chars = text.toCharArray(); // the pre-filter reads every context: from an array, not by charAt
        for (Span ctx : Contexts.of(document)) {
            if (blank(text, ctx)) {
                continue; // the space between two sentences parts nothing
            }
            List<Quantity> here = List.of();
            if (extractor.mayHold(chars, ctx.start(), ctx.end())) {
                here = CarriedUnits.resolve(text,
                        SharedNouns.resolve(text, OtherUnits.resolve(extractor.extract(text, ctx))), carried, befell);
                found.addAll(here);
            }
            carried = CarriedUnits.last(text, here);
            befell = CarriedUnits.befell(text, here);
        }
        if (!document.dates().isEmpty()) {
            BitSet dated = new BitSet(text.length());
            document.dates().forEach(d -> dated.set(d.span().start(), d.span().end()));
            // "Aban 1401", "the year 1367" hold years, not counts
            found.removeIf(q -> dated.get(q.span().start()));
        }
        found.sort(Comparator.comparing(Quantity::span));
        found = NamesElsewhere.drop(text, PullQuotes.drop(text, found));
        found = PlaceModifiers.resolve(document, found); // "12 Lyon tram lines": tram lines
        found = TableRepeats.drop(CurrencyCodes.resolve(document,
                LocalDollars.resolve(document, TableColumns.resolve(text, RowNumbers.drop(document, found), lexicon))));
        return document.withQuantities(Repeats.drop(document,
                SubHeadings.drop(document, HeadlineFigures.drop(document, CaptionRepeats.drop(document, found)),
                        Repeats.title(document))));
    }

    private static boolean blank(String text, Span ctx) {
        for (int i = ctx.start(); i < ctx.end(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
