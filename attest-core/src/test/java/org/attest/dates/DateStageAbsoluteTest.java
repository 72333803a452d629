package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.DateMention;
import org.attest.model.DatePrecision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates the text states in full: no anchor needed, never relative. */
class DateStageAbsoluteTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
        Farmers marched on the ministry on March 4, 2022 to demand water.   | March 4, 2022      | 2022-03-04 | DAY
        The vote was held on 1 June 2021 in every district.                 | 1 June 2021        | 2021-06-01 | DAY
        The strike began on 12 July 2020, organisers said.                  | 12 July 2020       | 2020-07-12 | DAY
        Teachers rallied on 3 Sept. 2019 outside parliament.                 | 3 Sept. 2019       | 2019-09-03 | DAY
        Police closed the road on Aug. 28, 2022 at dawn.                     | Aug. 28, 2022      | 2022-08-28 | DAY
        TRIPOLI, Libya, Aug. 28, 2022 — Clashes broke out.                   | Aug. 28, 2022      | 2022-08-28 | DAY
        A sit-in started on 7th October, 2023 near the port.                | 7th October, 2023  | 2023-10-07 | DAY
        Nurses walked out on Tuesday, 5 March 2024 over pay.                | Tuesday, 5 March 2024 | 2024-03-05 | DAY
        The record is dated 2021-06-01 in the archive.                       | 2021-06-01         | 2021-06-01 | DAY
        The page was updated 2021-06-01T10:00 by the editors.                | 2021-06-01         | 2021-06-01 | DAY
        THE RALLY ON JUNE 5, 2019 WAS LARGE.                                 | JUNE 5, 2019       | 2019-06-05 | DAY
        The order, signed 13/06/2021, was leaked.                           | 13/06/2021         | 2021-06-13 | DAY
        The memo, signed 6/13/2021, was leaked.                             | 6/13/2021          | 2021-06-13 | DAY
        Posted: 21-10-2021 09:15 GMT by the desk.                           | 21-10-2021         | 2021-10-21 | DAY
        Posted: 10-21-2021 09:15 GMT by the desk.                           | 10-21-2021         | 2021-10-21 | DAY
        Miners occupied the pit in November 2019 for a week.                | November 2019      | 2019-11    | MONTH
        Protests spread in early March 2020 across the south.               | early March 2020   | 2020-03    | MONTH
        Unrest grew through the end of August 2017 in the capital.          | the end of August 2017 | 2017-08 | MONTH
        The movement was crushed in 1988 by the army.                       | 1988               | 1988       | YEAR
        Survivors still mourn the 1988 massacre every summer.                | 1988               | 1988       | YEAR
        Many fled after the summer of 1976 to nearby towns.                 | the summer of 1976 | 1976       | YEAR
        Veterans of the 2018 uprising met again.                            | 2018               | 2018       | YEAR
        Turnout fell from 2009 to 2020 in rural areas.                      | 2009               | 2009       | YEAR
        Turnout fell from 2009 to 2020 in rural areas.                      | 2020               | 2020       | YEAR
        Posters for Vote 2024 appeared overnight.                            | 2024               | 2024       | YEAR
        Posters appeared in the second week of June 2021 downtown.           | the second week of June 2021 | 2021-06-07 | WEEK
        Posters appeared in the first week of June 2021 downtown.            | the first week of June 2021 | 2021-06-01 | WEEK
        Prices rose sharply by mid-2022 in the north.                        | mid-2022           | 2022       | YEAR
        """)
    void statedDates(String sentence, String surface, String value, DatePrecision precision) {
        DateMention m = DateTesting.mention(sentence, null, surface);
        assertThat(m.value()).isEqualTo(value);
        assertThat(m.precision()).isEqualTo(precision);
        assertThat(m.relative()).isFalse();
        assertThat(m.span().of(sentence)).isEqualTo(surface);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
        Students gathered on 14 Mehr 1401 at the campus gate.              | 14 Mehr 1401 | 2022-10-06 | DAY
        The campaign ran through Aban 1398 in many provinces.               | Aban 1398    | 2019-11    | MONTH
        Fuel prices were tripled on 24 Aban 1398 overnight.                 | 24 Aban 1398 | 2019-11-15 | DAY
        The prisoners were killed in 1367 according to survivors.           | 1367         | 1988       | YEAR
        Survivors spoke of the killings since ۱۳۶۷ in closed courts.        | ۱۳۶۷         | 1988       | YEAR
        اعتراضات در آبان ۱۳۹۸ آغاز شد                                       | آبان ۱۳۹۸    | 2019-11    | MONTH
        اعتراضات در ۲۴ آبان ۱۳۹۸ آغاز شد                                    | ۲۴ آبان ۱۳۹۸ | 2019-11-15 | DAY
        The ruling is dated 1398/08/24 in the court file.                   | 1398/08/24   | 2019-11-15 | DAY
        """)
    void solarHijriDates(String sentence, String surface, String value, DatePrecision precision) {
        DateMention m = DateTesting.mention(sentence, null, surface);
        assertThat(m.value()).isEqualTo(value);
        assertThat(m.precision()).isEqualTo(precision);
    }
}
