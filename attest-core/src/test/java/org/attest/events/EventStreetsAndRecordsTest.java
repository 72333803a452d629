package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Cases met on wire reports of Iran's provinces, with invented sentences: "took to streets"
 * without its article is a protest; a person's record of arrests "several times before" is no
 * arrest of the report. Each rule has a contrast case.
 */
class EventStreetsAndRecordsTest {
    @Test
    void takingToStreetsWithoutTheArticleIsAProtest() {
        assertThat(types("About 200 people took to streets in the port city on Friday.")).contains("protest");
        assertThat(types("Crowds are taking to streets across the province.")).contains("protest");
        assertThat(types("Fans took to streets to celebrate the win.")).doesNotContain("protest");
    }

    @Test
    void arrestsTimesBeforeAreARecordNotAnEvent() {
        assertThat(types("The teacher has been arrested several times before for his union work.")).doesNotContain("arrest");
        assertThat(types("She had been detained three times in the past.")).doesNotContain("arrest");
        assertThat(types("The teacher was arrested on Thursday for his union work.")).contains("arrest");
    }

    @Test
    void protestsHeldSeveralTimesSinceAMonthAreStillReported() {
        assertThat(types("Farmers have held smaller protests several times since the plan was announced."))
                .contains("protest");
    }
}
