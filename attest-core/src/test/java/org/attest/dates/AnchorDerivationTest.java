package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.DateMention;
import org.attest.model.DatePrecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Documents without a publication date: the anchor comes from the text. */
class AnchorDerivationTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
        Strikes began on March 2, 2023. On March 9 the port closed.              | March 9          | 2023-03-09 | DAY
        Strikes began on March 2, 2023. In February the port had closed.         | February         | 2023-02    | MONTH
        Local Polls 2022. Marches spread in April to every town.                 | April            | 2022-04    | MONTH
        Local Polls 2022. A vote was held in May of last year.                   | May of last year | 2021-05    | MONTH
        Local Polls 2022. Turnout fell this year.                                | this year        | 2022       | YEAR
        Strikes began on March 2, 2023. Prices rose the following month.         | the following month | 2023-04 | MONTH
        """)
    void yearsFilledFromTheText(String text, String surface, String value, DatePrecision precision) {
        DateMention m = DateTesting.mention(text, null, surface);
        assertThat(m.value()).isEqualTo(value);
        assertThat(m.precision()).isEqualTo(precision);
        assertThat(m.relative()).isTrue();
    }

    @Test
    void laterYearBeatsEarlierFullDate() {
        String text = "Summit 2024 opens soon. A rally on June 30, 2019 drew crowds. Talks resume in May.";
        assertThat(DateTesting.mention(text, null, "May").value()).isEqualTo("2024-05");
    }

    @Test
    void weekdayChoosesTheYearInWhichTheDayFallsOnIt() {
        // 18 June was a Friday in 2021, not in 2020 or 2022
        String text = "Vote 2020 coverage. The ballot takes place on Friday 18 June across the nation.";
        DateMention m = DateTesting.mention(text, null, "Friday 18 June");
        assertThat(m.value()).isEqualTo("2021-06-18");
        assertThat(m.rule()).contains("weekday-year");
    }

    @Test
    void weekdayYearMayComeFromAYearTheDocumentStates() {
        // 18 June 2010 was a Friday; the anchor 2016 and its neighbours do not fit
        String text = "Strikes of 2010 recalled. They began on Friday 18 June. Summit 2016 followed.";
        assertThat(DateTesting.mention(text, null, "Friday 18 June").value()).isEqualTo("2010-06-18");
    }

    @Test
    void copyrightYearIsNotAnAnchor() {
        String text = "Copyright © 2030 Example Press. Marches spread in April to every town.";
        DateMention april = DateTesting.mention(text, null, "April");
        assertThat(april.value()).isNull();
        assertThat(DateTesting.mention(text, null, "2030").rule()).isEqualTo("copyright-year");
    }

    @Test
    void dayLevelPhrasesNeedThePublicationDate() {
        // a weekday may count from a day the paragraph told (UndatedReportDatesTest); "yesterday" may not
        String text = "Strikes began on March 2, 2023. Yesterday the port closed.";
        DateMention m = DateTesting.mention(text, null, "Yesterday");
        assertThat(m.value()).isNull();
        assertThat(m.precision()).isEqualTo(DatePrecision.UNKNOWN);
    }

    @Test
    void aDatelineIsTheDayOfWritingOfAnUndatedReport() {
        // 9 March 2023 was a Thursday
        String text = "Portville, March 9, 2023 - Dockers struck on Tuesday. Talks failed yesterday.";
        assertThat(DateTesting.mention(text, null, "Tuesday").value()).isEqualTo("2023-03-07");
        assertThat(DateTesting.mention(text, null, "yesterday").value()).isEqualTo("2023-03-08");
        // a date in the running text is no dateline: "yesterday" still needs the day of writing
        String told = "Strikes began on March 2, 2023 - a Thursday. Yesterday the port closed.";
        assertThat(DateTesting.mention(told, null, "Yesterday").value()).isNull();
    }

    @Test
    void aDatelineAWeekBeforeThePublicationIsTheDayOfWriting() {
        // a rights group's release of 22 August, posted again on the 23rd
        String text = "Rights Monitor, August 22: Four prisoners were hanged in Portville today.";
        assertThat(DateTesting.mention(text, "2013-08-23", "today").value()).isEqualTo("2013-08-22");
        // a range at the top is no dateline; a dateline far before the publication is none either
        String range = "Rights Monitor, August 12 - August 20: Four prisoners were hanged in Portville today.";
        assertThat(DateTesting.mention(range, "2013-08-23", "today").value()).isEqualTo("2013-08-23");
        String old = "Rights Monitor, July 2: Four prisoners were hanged in Portville today.";
        assertThat(DateTesting.mention(old, "2013-08-23", "today").value()).isEqualTo("2013-08-23");
    }

    @Test
    void mentionsAreInTextOrderAndDoNotOverlap() {
        String text = "On Sunday, July 12, 2020 and again in mid-November 2021, then last Monday.";
        var found = DateTesting.dates(text, "2021-12-01");
        assertThat(found).extracting(DateMention::text)
                .containsExactly("Sunday, July 12, 2020", "mid-November 2021", "last Monday");
        for (int k = 1; k < found.size(); k++) {
            assertThat(found.get(k).span().start()).isGreaterThanOrEqualTo(found.get(k - 1).span().end());
        }
    }
}
