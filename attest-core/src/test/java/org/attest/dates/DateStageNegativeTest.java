package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.DateMention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers and words that look like dates but are not. */
class DateStageNegativeTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Police arrested 1988 people in one night.",
        "Some 1,988 detainees were freed on bail.",
        "The rally drew 1,500 marchers and 2,000 onlookers.",
        "Organisers counted about 2000 at the gate.",
        "More than 1990 signatures were delivered.",
        "The tag #Iran2021 trended for hours.",
        "Activists posted under #1988 for a week.",
        "The fund paid $2000 to each family.",
        "A 2000-strong crowd blocked the road.",
        "Mehran, (29) and his cousin, (31) were sentenced.",
        "He served eight years in a remote prison.",
        "The regime's 40-year rule has seen many waves of protest.",
        "She finished 2nd of 30 runners.",
        "The council passed resolution 2231 after a long debate.",
        "Prices rose 2.5 percent and then 3.5 percent.",
        "The 1990s saw fewer strikes.",
        "You may march with us if you like.",
        "They march every week and may return.",
        "Crowds marched through the old town every Sunday for months.",
        "Each Friday the mothers stood outside the prison gate.",
        "They planted trees on the last Friday before the new year.",
        "Guards fired on worshippers after Friday prayers in the old city.",
        "The massacre became known as Bloody Friday in the province.",
        "پس از نماز جمعه مردم به خانه رفتند.",
        "The Sun reported the story first.",
        "Call 1367 for the hotline.",
        "Over 1367 cases were reported.",
        "She works at the Mehr agency in the capital.",
        "Turnout reached 2020 votes in the village.",
        "The ratio was 06/01/2021 by their odd notation.",
    })
    void noDate(String sentence) {
        List<DateMention> found = DateTesting.dates(sentence, "2021-06-09");
        assertThat(found).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        In May 12 people were wounded near the mosque.     | May
        On June 30 protesters gathered near the border.     | June 30
        Since 2019 5 unions have joined the boycott.        | 2019
        """)
    void countIsNotPartOfTheDate(String sentence, String onlyMention) {
        List<DateMention> found = DateTesting.dates(sentence, "2021-06-09");
        assertThat(found).extracting(DateMention::text).containsExactly(onlyMention);
    }
}
