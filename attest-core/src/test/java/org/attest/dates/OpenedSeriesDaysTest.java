package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.DateMention;
import org.junit.jupiter.api.Test;

/** Branch events104 (invented sentences): "the third day" of a series an event opened counts from that event's day. */
class OpenedSeriesDaysTest {

    private static final String TEXT = "Farmers drove their tractors into Lyon on 9 March 2024. "
            + "The convoy opened the Harvest Voices Congress, which went on for four days. "
            + "A charter on water rights was signed on the third day, organizers said.";

    @Test
    void dayOfSeriesCountsFromTheOpeningEventsDay() {
        DateMention third = DateTesting.mention(TEXT, null, "the third day");
        assertThat(third.value()).isEqualTo("2024-03-11");
        assertThat(third.rule()).contains(SeriesDays.RULE);
    }

    @Test
    void seriesNounAsObjectAlsoCounts() {
        String text = TEXT.replace("the Harvest Voices Congress", "the congress");
        assertThat(DateTesting.mention(text, null, "the third day").value()).isEqualTo("2024-03-11");
    }

    @Test
    void openingSomethingElseStartsNoSeries() {
        String text = TEXT.replace("opened the Harvest Voices Congress", "opened the gates of the market");
        assertThat(DateTesting.dates(text, null)).noneMatch(m -> m.text().equals("the third day"));
    }

    @Test
    void dayInTheOpenersOwnSentenceIsNotTaken() {
        String text = "After the vote of 9 March 2024, the convoy opened the congress. "
                + "A charter was signed on the third day.";
        assertThat(DateTesting.dates(text, null)).noneMatch(m -> m.text().equals("the third day"));
    }

    @Test
    void openerFarBackInTheReportIsNotTaken() {
        String filler = "The committee published its budget figures for the coming season. ".repeat(30);
        String text = TEXT.replace("organizers said.", "organizers said. " + filler
                + "Weeks later a strike began, and a deal came on the third day.");
        assertThat(DateTesting.dates(text, null)).noneMatch(m -> m.text().equals("the third day")
                && m.span().start() > text.indexOf("Weeks later"));
    }
}
