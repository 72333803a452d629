package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Sentence;
import org.attest.model.Span;
import org.junit.jupiter.api.Test;

class DateResolverTest {
    private static final String TEXT = String.join("\n\n",
            "Dockers struck on 4 May 2022 in two ports.",
            "The union met the ministry. Talks failed.",
            "On 9 May 2022 police cleared a sit-in. Later in June 2022 a court fined leaders. Crowds returned.",
            "Nobody was hurt.");

    private static Document withDates(String text, String published) {
        return DateTesting.STAGE.apply(DateTesting.doc(text, published));
    }

    private static Span spanOf(String text, String sentence) {
        int s = text.indexOf(sentence);
        return new Span(s, s + sentence.length());
    }

    @Test
    void mostPreciseMentionInsideTheSpan() {
        String text = "In June 2022, on 9 June 2022, guards fired.";
        ResolvedDate d = DateResolver.resolve(withDates(text, null), new Span(0, text.length()));
        assertThat(d.value()).isEqualTo("2022-06-09");
        assertThat(d.precision()).isEqualTo(DatePrecision.DAY);
        assertThat(d.source()).startsWith("in-span");
    }

    @Test
    void nearestEarlierMentionInTheParagraph() {
        Document doc = withDates(TEXT, null);
        ResolvedDate d = DateResolver.resolve(doc, spanOf(TEXT, "Crowds returned."));
        assertThat(d.value()).isEqualTo("2022-06");
        assertThat(d.source()).startsWith("paragraph");
    }

    @Test
    void leadDateWhenTheParagraphHasNone() {
        Document doc = withDates(TEXT, null);
        ResolvedDate d = DateResolver.resolve(doc, spanOf(TEXT, "Nobody was hurt."));
        assertThat(d.value()).isEqualTo("2022-05-04");
        assertThat(d.source()).startsWith("lead");
    }

    @Test
    void paragraphsComeFromSentencesWhenPresent() {
        String text = "Guards fired on 2 May 2022. Two died. Families mourned.";
        Document doc = withDates(text, null).withSentences(List.of(
                new Sentence(new Span(0, 27), 0, false),
                new Sentence(new Span(28, 37), 1, false),
                new Sentence(new Span(38, 55), 1, false)));
        // the only date is in paragraph 0, which is within the lead
        ResolvedDate d = DateResolver.resolve(doc, new Span(38, 55));
        assertThat(d.source()).startsWith("lead");
        assertThat(DateResolver.paragraphStart(doc, 40)).isEqualTo(28);
    }

    @Test
    void publishedMonthAsALastResort() {
        String text = "A long report without dates.\n\nAnother paragraph.\n\nStill nothing.";
        ResolvedDate d = DateResolver.resolve(withDates(text, "2021-06-09"), spanOf(text, "Still nothing."));
        assertThat(d).isEqualTo(new ResolvedDate("2021-06", DatePrecision.MONTH, "published"));
    }

    @Test
    void nullWhenNothingDatesTheSpan() {
        String text = "A long report without dates.";
        assertThat(DateResolver.resolve(withDates(text, null), new Span(0, 5))).isNull();
    }
}
