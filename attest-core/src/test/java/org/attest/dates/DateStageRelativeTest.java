package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.DateMention;
import org.attest.model.DatePrecision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expressions resolved against the publication date. 2021-06-09 is a Wednesday. */
class DateStageRelativeTest {

    @ParameterizedTest(name = "{1} @ {2}")
    @CsvSource(delimiter = '|', textBlock = """
        Crowds gathered on Saturday in the main square.             | Saturday             | 2021-06-09 | 2021-06-05 | DAY
        Crowds gathered on Wednesday in the main square.            | Wednesday            | 2021-06-09 | 2021-06-09 | DAY
        The council met last Wednesday behind closed doors.         | last Wednesday       | 2021-06-09 | 2021-06-02 | DAY
        Nurses will strike on Saturday, the union said.             | Saturday             | 2021-06-09 | 2021-06-12 | DAY
        Police will arrest the leaders of the strike since Saturday. | Saturday            | 2021-06-09 | 2021-06-05 | DAY
        The union called for new marches on Monday in every city.   | Monday               | 2021-06-09 | 2021-06-14 | DAY
        The minister is expected to resign on Wednesday.            | Wednesday            | 2021-06-09 | 2021-06-09 | DAY
        He said on Monday that the strike will go on.               | Monday               | 2021-06-09 | 2021-06-07 | DAY
        The council is expected to vote on 20 June, and the mayor said on Monday that bids were open. | Monday | 2021-06-09 | 2021-06-07 | DAY
        The council is expected to vote on 20 June, and the mayor announced Monday that bids were open. | Monday | 2021-06-09 | 2021-06-07 | DAY
        The council is expected to vote on Monday.                  | Monday               | 2021-06-09 | 2021-06-14 | DAY
        The strike will go on. Police arrested him on Monday.       | Monday               | 2021-06-09 | 2021-06-07 | DAY
        The council will meet next Monday to vote.                  | next Monday          | 2021-06-09 | 2021-06-14 | DAY
        Police detained two reporters yesterday afternoon.          | yesterday            | 2021-06-09 | 2021-06-08 | DAY
        Police detained two reporters today near the court.         | today                | 2021-06-09 | 2021-06-09 | DAY
        Police detained two reporters last night near the court.    | last night           | 2021-06-09 | 2021-06-08 | DAY
        Police raided the camp on 3 May. On the same day, 20 were held. | the same day     | 2021-06-09 | 2021-05-03 | DAY
        Dockers marched on 3 May, the largest march this year. Bakers marched on the same day. | the same day | 2021-06-09 | 2021-05-03 | DAY
        Workers stopped the line last week to protest.              | last week            | 2021-06-09 | 2021-05-31 | WEEK
        Rents doubled last month in the capital.                    | last month           | 2021-06-09 | 2021-05    | MONTH
        The union plans a march this month.                         | this month           | 2021-06-09 | 2021-06    | MONTH
        The union plans a march next month.                         | next month           | 2021-06-09 | 2021-07    | MONTH
        The union planned a march the following month.              | the following month  | 2021-06-09 | 2021-07    | MONTH
        Police raided the camp on 3 May. The following week, 20 were charged. | The following week | 2021-06-09 | 2021-05-10 | WEEK
        Police raided the camp on 3 May. A week later, 20 were charged. | A week later | 2021-06-09 | 2021-05-10 | DAY
        Police raided the camp on 3 May. Two days later, 20 were charged. | Two days later | 2021-06-09 | 2021-05-05 | DAY
        Strikes began in March 2020. A year later, they spread.      | A year later         | 2021-06-09 | 2021       | YEAR
        The vote was held on 12 April. The next day, results came.   | The next day         | 2021-06-09 | 2021-04-13 | DAY
        Riot police deployed in the town, a day after dozens were held. | a day after     | 2021-06-09 | 2021-06-08 | DAY
        Police raided the camp on 3 May, a day after the vote.      | a day after          | 2021-06-09 | 2021-05-02 | DAY
        Police raided the camp on 3 May, two days after the vote.   | two days after       | 2021-06-09 | 2021-05-01 | DAY
        Police raided the camp on 3 May, a day before the vote.     | a day before         | 2021-06-09 | 2021-05-04 | DAY
        Police raided the camp on 3 May, two days before the vote.  | two days before      | 2021-06-09 | 2021-05-05 | DAY
        The vote was held on 12 April. The day after, results came. | The day after        | 2021-06-09 | 2021-04-13 | DAY
        Arrests doubled this year, the group said.                  | this year            | 2021-06-09 | 2021       | YEAR
        Arrests doubled last year, the group said.                  | last year            | 2021-06-09 | 2020       | YEAR
        A student was shot dead last autumn in the north.           | last autumn          | 2021-11-20 | 2020       | YEAR
        Strikes spread to the mines last fall, the union said.      | last fall            | 2021-03-02 | 2020       | YEAR
        She was arrested three years ago in the capital.            | three years ago      | 2021-06-09 | 2018       | YEAR
        Two years ago this week, dockers struck in the port.        | Two years ago this week | 2021-06-09 | 2019-06 | MONTH
        A year ago this month, miners marched on the capital.       | A year ago this month | 2021-01-20 | 2020-01   | MONTH
        Two months ago, police raided the office.                   | Two months ago       | 2021-06-09 | 2021-04    | MONTH
        It has been two weeks since miners walked out in the north. | It has been two weeks since | 2021-06-09 | 2021-05-24 | WEEK
        He was detained a week ago at the border.                   | a week ago           | 2021-06-09 | 2021-05-31 | WEEK
        In recent weeks, strikes spread to the oil fields.          | In recent weeks      | 2021-06-09 | 2021-05    | MONTH
        Three marchers died over the weekend in the port.           | over the weekend     | 2021-06-14 | 2021-06-12 | WEEK
        Three marchers died over the weekend in the port.           | over the weekend     | 2021-06-09 | 2021-06-05 | WEEK
        Three marchers died over the weekend in the port.           | over the weekend     | 2021-06-13 | 2021-06-12 | WEEK
        Riot police charged at the weekend, a lawyer said.          | at the weekend       | 2021-06-14 | 2021-06-12 | WEEK
        Dockers walked out this past weekend in two ports.          | this past weekend    | 2021-06-15 | 2021-06-12 | WEEK
        Dockers walked out last weekend in two ports.               | last weekend         | 2021-06-09 | 2021-06-05 | WEEK
        Dockers walked out last weekend in two ports.               | last weekend         | 2021-06-13 | 2021-06-05 | WEEK
        Dockers will walk out this weekend in two ports.            | this weekend         | 2021-06-09 | 2021-06-12 | WEEK
        A ruling on the two dockers is expected this weekend.       | this weekend         | 2021-06-09 | 2021-06-12 | WEEK
        A ruling on the two dockers is expected Monday.             | Monday               | 2021-06-09 | 2021-06-14 | DAY
        Dockers plan to walk out over the weekend.                  | over the weekend     | 2021-06-12 | 2021-06-12 | WEEK
        Posters appeared in the third week of May in the suburbs.   | the third week of May| 2021-06-09 | 2021-05-17 | WEEK
        Posters appeared in the last week of June downtown.         | the last week of June | 2021-07-02 | 2021-06-21 | WEEK
        Sit-ins began in April across the country.                  | April                | 2021-06-09 | 2021-04    | MONTH
        Sit-ins began in December across the country.               | December             | 2021-06-09 | 2020-12    | MONTH
        Sit-ins will resume in July, organisers say.                | July                 | 2021-06-09 | 2021-07    | MONTH
        An election will be held in December, the army said.        | December             | 2021-02-09 | 2021-12    | MONTH
        The union called for new marches in January.                | January              | 2021-03-09 | 2021-01    | MONTH
        Sit-ins began in February of last year in the north.        | February of last year| 2021-06-09 | 2020-02    | MONTH
        Clashes broke out on May 18 near the bazaar.                | May 18               | 2021-06-09 | 2021-05-18 | DAY
        Clashes broke out on the 3rd of May near the bazaar.        | 3rd of May           | 2021-06-09 | 2021-05-03 | DAY
        Clashes broke out on July 17th at dawn.                     | July 17th            | 2021-07-20 | 2021-07-17 | DAY
        Clashes broke out on 17 July at dawn.                       | 17 July              | 2021-07-20 | 2021-07-17 | DAY
        Clashes broke out on December 30 at dawn.                   | December 30          | 2022-01-04 | 2021-12-30 | DAY
        A vigil is planned for January 3 in the park.               | January 3            | 2021-12-28 | 2022-01-03 | DAY
        A runoff would be held on June 30, officials said.          | June 30              | 2021-06-09 | 2021-06-30 | DAY
        Riots began in mid-November in the south.                   | mid-November         | 2021-12-10 | 2021-11    | MONTH
        The harvest protest started in Farvardin this spring.       | Farvardin            | 2021-06-09 | 2021-04    | MONTH
        کارگران روز یکشنبه در شهر تجمع کردند.                        | یکشنبه               | 2021-06-09 | 2021-06-06 | DAY
        معلمان روز سه‌شنبه دست به اعتصاب زدند.                     | سه‌شنبه           | 2021-06-09 | 2021-06-08 | DAY
        """)
    void resolvedAgainstPublication(String sentence, String surface, String published, String value,
                                    DatePrecision precision) {
        DateMention m = DateTesting.mention(sentence, published, surface);
        assertThat(m.value()).isEqualTo(value);
        assertThat(m.precision()).isEqualTo(precision);
        assertThat(m.relative()).isTrue();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
        Crowds gathered on Saturday in the main square.      | Saturday
        Police detained two reporters yesterday afternoon.   | yesterday
        Workers stopped the line last week to protest.       | last week
        Rents doubled last month in the capital.             | last month
        Sit-ins began in April across the country.           | April
        In recent weeks, strikes spread to the oil fields.   | In recent weeks
        Three marchers died over the weekend in the port.    | over the weekend
        """)
    void unanchoredIsUnknown(String sentence, String surface) {
        DateMention m = DateTesting.mention(sentence, null, surface);
        assertThat(m.value()).isNull();
        assertThat(m.precision()).isEqualTo(DatePrecision.UNKNOWN);
        assertThat(m.relative()).isTrue();
    }
}
