package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.attest.model.Qualifier;
import org.attest.model.Quantity;
import org.attest.model.Span;
import org.junit.jupiter.api.Test;

class PullQuotesTest {
    /** A quantity at every "two" of the text: what the pull quotes keep is read from their places. */
    private static List<Quantity> twos(String text) {
        List<Quantity> out = new ArrayList<>();
        for (int at = text.indexOf("two"); at >= 0; at = text.indexOf("two", at + 1)) {
            out.add(new Quantity("two", new Span(at, at + 3), 2, null, Qualifier.EXACT, null, null, "test"));
        }
        return out;
    }

    private static List<Integer> kept(String text) {
        return PullQuotes.drop(text, twos(text)).stream().map(q -> q.span().start()).toList();
    }

    @Test
    void aPullQuoteOpensALineAfterAnyLineTerminator() {
        String quote = "\"Now two more young men are gone.\" - a union organiser";
        for (String end : List.of("\n", "\r\n", "\r", "\u2028", "\u2029", "\u0085")) {
            String text = "Police held two miners." + end + quote;
            assertThat(kept(text)).as("after %s", end.codePointAt(0)).containsExactly(12);
        }
        assertThat(kept(quote)).isEmpty(); // at the text's start
    }

    @Test
    void aQuoteInsideALineIsNoPullQuote() {
        String text = "He said \"Now two more young men are gone.\" - a union organiser";
        assertThat(kept(text)).containsExactly(text.indexOf("two"));
    }

    @Test
    void pullQuotesOneAfterAnotherAreEachFound() {
        String text = "\u201cOnly two were left standing\u201d \u2014 a witness\n"
                + "\"And two more were taken away\" - the same witness\n"
                + "Police held two miners.";
        assertThat(kept(text)).containsExactly(text.lastIndexOf("two"));
    }
}
