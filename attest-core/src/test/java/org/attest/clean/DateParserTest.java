package org.attest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateParserTest {
    private static final DateParser DATES = DateParser.load();

    @Test
    void parsesMachineValues() {
        assertThat(DATES.parseValue("2021-06-01T10:00:00+03:30")).isEqualTo(LocalDate.of(2021, 6, 1));
        assertThat(DATES.parseValue("2021/6/1")).isEqualTo(LocalDate.of(2021, 6, 1));
        assertThat(DATES.parseValue("20210601")).isEqualTo(LocalDate.of(2021, 6, 1));
        assertThat(DATES.parseValue("June 1, 2021")).isEqualTo(LocalDate.of(2021, 6, 1));
        assertThat(DATES.parseValue("2021-02-30")).isNull();
        assertThat(DATES.parseValue("yesterday")).isNull();
        assertThat(DATES.parseValue(null)).isNull();
    }

    @Test
    void parsesDottedDayFirstAndPrintedDates() {
        assertThat(DATES.parseValue("19.01.2020")).isEqualTo(LocalDate.of(2020, 1, 19));
        assertThat(DATES.parseValue("5.3.2021 14:00")).isEqualTo(LocalDate.of(2021, 3, 5));
        assertThat(DATES.parseValue("31.02.2021")).isNull();
        assertThat(DATES.parseValue("Fri Mar 13 21:30:09 EST 2015")).isEqualTo(LocalDate.of(2015, 3, 13));
        assertThat(DATES.parseValue("Tue Jun 1 08:05 2021")).isEqualTo(LocalDate.of(2021, 6, 1));
    }

    @Test
    void findsDatelinesOfSeveralShapes() {
        assertThat(DATES.dateline("Headline\n\nIran, June 1, 2021\u2014Crowds gathered."))
                .isEqualTo(LocalDate.of(2021, 6, 1));
        assertThat(DATES.dateline("PARIS, 3 March 2022 (AFP) - Crowds gathered."))
                .isEqualTo(LocalDate.of(2022, 3, 3));
        assertThat(DATES.dateline("Tehran \u2014 May 5, 2020: Crowds gathered."))
                .isEqualTo(LocalDate.of(2020, 5, 5));
        assertThat(DATES.dateline("Sept. 14, 2019 - Crowds gathered."))
                .isEqualTo(LocalDate.of(2019, 9, 14));
        assertThat(DATES.dateline("KHARTOUM, Sudan, Aug. 28, 2022 \u2014 Crowds gathered."))
                .isEqualTo(LocalDate.of(2022, 8, 28));
        assertThat(DATES.dateline("Springfield, Ill., Jan. 5, 2024 (Wire) \u2014 Crowds gathered."))
                .isEqualTo(LocalDate.of(2024, 1, 5));
        assertThat(DATES.dateline("Headline\n\nPublished: 12 June 2026\n\nCrowds gathered."))
                .isEqualTo(LocalDate.of(2026, 6, 12));
    }

    @Test
    void readsADottedStampUnderTheHeadlineDayFirst() {
        assertThat(DATES.dateline("Headline\n\n07.03.2025 | 09:40\n\nCrowds gathered."))
                .isEqualTo(LocalDate.of(2025, 3, 7));
        assertThat(DATES.dateline("Headline\n\n28.02.2025\n\nCrowds gathered."))
                .isEqualTo(LocalDate.of(2025, 2, 28));
        // a version number in a sentence is no dateline
        assertThat(DATES.dateline("Headline\n\nThe app 1.2.2025 was released.")).isNull();
    }

    @Test
    void findsDatelinesInBracketsAndMachineDatesOnAByline() {
        assertThat(DATES.dateline("Title\n\n(Lagos, March 9, 2024) \u2013 Police fired tear gas."))
                .isEqualTo(LocalDate.of(2024, 3, 9));
        assertThat(DATES.dateline("Title\n\nVIENNA (12 October 2023) \u2013 Experts said."))
                .isEqualTo(LocalDate.of(2023, 10, 12));
        assertThat(DATES.dateline("Rights Monitor (RM); February 2, 2022: Guards beat inmates."))
                .isEqualTo(LocalDate.of(2022, 2, 2));
        assertThat(DATES.dateline("Title\n\nSome News Site - 2021-11-30\n\nCrowds gathered."))
                .isEqualTo(LocalDate.of(2021, 11, 30));
        assertThat(DATES.dateline("Title\n\nSome Rights Group, 2021/06/09\n\nCrowds gathered."))
                .isEqualTo(LocalDate.of(2021, 6, 9));
        assertThat(DATES.dateline("Title\n\nSome News Site, 28-Sep-2022\n\nCrowds gathered."))
                .isEqualTo(LocalDate.of(2022, 9, 28));
        assertThat(DATES.dateline("Title\n\nSome News Site, 2021/06\n\nCrowds gathered.")).isNull();
        assertThat(DATES.dateline("Title\n\nA. Writer, Foreign editor\n\nTue 11 Oct 2022 09.15 BST\n\nText."))
                .isEqualTo(LocalDate.of(2022, 10, 11));
        assertThat(DATES.dateline("Title\n\nOctober 11, 2022 9:05 am ET\n\nText."))
                .isEqualTo(LocalDate.of(2022, 10, 11));
        assertThat(DATES.dateline("عنوان\n\nخبرگزاری نمونه \u2013 سه\u200cشنبه 18 فروردین 1405\n\nمتن خبر."))
                .isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(DATES.dateline("Title\n\nKaraj, 12 Aban 1398 - Workers gathered."))
                .isEqualTo(LocalDate.of(2019, 11, 3));
        assertThat(DATES.dateline("Version 2021-11-30-beta of the app was released.")).isNull();
        assertThat(DATES.dateline("Crowds gathered on 2021-11-30 in the square.")).isNull();
    }

    @Test
    void findsATimeAfterACommaAndAStampWithATwoDigitYear() {
        assertThat(DATES.dateline("Mar 3, 2015, 7:40 PM\n\nTitle\n\nText.")).isEqualTo(LocalDate.of(2015, 3, 3));
        assertThat(DATES.dateline("Title\n\n21 Feb 13\n\nText.")).isEqualTo(LocalDate.of(2013, 2, 21));
        assertThat(DATES.dateline("Title\n\nWire\nJun 07, 2019  \u2022  2 hours ago  \u2022  1 minute read\n\nText."))
                .isEqualTo(LocalDate.of(2019, 6, 7));
        assertThat(DATES.dateline("Title\n\nAmman, 7 June 2019 | Text.")).isEqualTo(LocalDate.of(2019, 6, 7));
        assertThat(DATES.dateline("Title\n\nWire | Lagos | Updated: 23-04-2024 10:12 WAT | Created: 23-04-2024\nText."))
                .isEqualTo(LocalDate.of(2024, 4, 23));
        assertThat(DATES.dateline("Title\n\nPosted 04/23/2024 - Text.")).isEqualTo(LocalDate.of(2024, 4, 23));
        assertThat(DATES.dateline("Title\n\nPosted 04/05/2024 - Text.")).isNull(); // April 5 or 4 May
        assertThat(DATES.dateline("Title\nMonday, 22 April 2024 ()\nText.")).isEqualTo(LocalDate.of(2024, 4, 22));
        assertThat(DATES.dateline("Title\n\n5 Sept 09, 18:20\n\nText.")).isEqualTo(LocalDate.of(2009, 9, 5));
        // the time of posting before the date, and a slash before the next field
        assertThat(DATES.dateline("Title\n\n03:15 PM, May 4, 2017 / LAST MODIFIED: 04:20 PM, May 4, 2017\n\nText."))
                .isEqualTo(LocalDate.of(2017, 5, 4));
        assertThat(DATES.dateline("Title\n\n11:02, 9 March 2021\n\nText.")).isEqualTo(LocalDate.of(2021, 3, 9));
        // only a line that is nothing but the stamp; a two-digit year in a sentence or a count is none
        assertThat(DATES.dateline("Title\n\nOn 21 Feb 13 people marched.")).isNull();
        assertThat(DATES.dateline("Title\n\n21 May 13 marchers\n\nText.")).isNull();
        assertThat(DATES.dateline("Title\n\n31 Feb 13\n\nText.")).isNull();
        // no year at all: left to the text
        assertThat(DATES.dateline("Title\n\nTuesday, March 3, 7:40 PM\n\nText.")).isNull();
    }

    @Test
    void ignoresDatesInsideSentences() {
        assertThat(DATES.dateline("Crowds gathered in the city on June 1, 2021 and again later.")).isNull();
        assertThat(DATES.dateline("One\nTwo\nThree\nFour\nFive\nSix\nSeven\nLONDON, 1 May 2020 - late.")).isNull();
    }

    @Test
    void findsStampsOfSavedPagesWithATimeAtOrAPoster() {
        assertThat(DATES.dateline("Title\n\nMarch 12, 2024 at 10:05 a.m. EDT\n\nText."))
                .isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(DATES.dateline("Title\n\nPosted on March 12, 2024 by admin\n\nText."))
                .isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(DATES.dateline("Title\n\n2024-03-12T10:05:00Z\n\nText."))
                .isEqualTo(LocalDate.of(2024, 3, 12));
        // a sentence that runs on after "by" is no stamp
        assertThat(DATES.dateline("Title\n\nOn March 12, 2024 by noon, crowds had filled the main square of the town.")).isNull();
    }

    @Test
    void yearlessDatelineTakesTheYearOfANumericStampThatWritesItsDayAndMonth() {
        // the stamp alone reads both ways; the dateline's "April 6" says it is day first
        assertThat(DATES.dateline("Teachers walk out\nPosted 06/04/2023 09:40\nKANDORA, April 6 (Wirenet) - Teachers stayed home."))
                .isEqualTo(LocalDate.of(2023, 4, 6));
        assertThat(DATES.dateline("Teachers walk out\nPosted 4/6/2023\nKandora, 6 April - Teachers stayed home."))
                .isEqualTo(LocalDate.of(2023, 4, 6));
        // a stamp of other numbers gives no year
        assertThat(DATES.dateline("Teachers walk out\nPosted 07/04/2023\nKANDORA, April 6 (Wirenet) - Teachers stayed home."))
                .isNull();
    }
}
