package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.DateMention;
import org.attest.model.Document;
import org.attest.model.Span;
import org.junit.jupiter.api.Test;

/**
 * The sentence a dateline opens tells of the day of writing: a later sentence's date ("the
 * November 2019 protests") is no date of it (ev26 round). Sentences invented for the test.
 */
class DatelineSentenceTest {
    private static final String TEXT = String.join("\n\n",
            "Prison Watch (PW); March 3, 2021: Activists have made a hashtag for the jailed poets trend.",
            "The poets were detained during the October 2020 strikes in the port.");

    @Test
    void theDatelineSentenceTakesThePublicationWeekNotTheLaterLeadDate() {
        Document doc = DateTesting.STAGE.apply(DateTesting.doc(TEXT, "2021-03-03"));
        String first = TEXT.substring(0, TEXT.indexOf("\n"));
        ResolvedDate d = DateResolver.resolve(doc, new Span(0, first.length()));
        assertThat(d.value()).isEqualTo("2021-03-03");
        assertThat(d.source()).startsWith("published");
    }

    @Test
    void aSentenceWithoutADatelineStillTakesTheLeadDate() {
        String text = "Activists have made a hashtag for the jailed poets trend.\n\n"
                + "The poets were detained during the October 2020 strikes in the port.";
        Document doc = DateTesting.STAGE.apply(DateTesting.doc(text, "2021-03-03"));
        ResolvedDate d = DateResolver.resolve(doc, new Span(0, text.indexOf("\n")));
        assertThat(d.value()).isEqualTo("2020-10");
        assertThat(d.source()).startsWith("lead");
    }

    @Test
    void aWeekdayAfterAnItemsOwnDatelineCountsBackFromThatDay() {
        DateMention m = DateTesting.mention(
                "Prison Watch, May 28, 2015: Two porters were hanged in the border town on Wednesday, state media said.",
                "2015-06-16", "Wednesday");
        assertThat(m.value()).isEqualTo("2015-05-27");
    }

    @Test
    void aWeekdayAfterADateInTheStoryStillCountsFromThePublication() {
        DateMention m = DateTesting.mention(
                "Talks began on May 28, 2015 and two porters were hanged in the border town on Wednesday.",
                "2015-06-16", "Wednesday");
        assertThat(m.value()).isEqualTo("2015-06-10");
    }
}
