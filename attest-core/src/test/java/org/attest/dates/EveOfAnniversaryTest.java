package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A weekday told as the eve of the anniversary an undated report marks ({@link EveDays}), round
 * r2c: "on Thursday, the eve of the second anniversary of the March 3, 2021 flood" is 2 March 2023,
 * and the eve phrase only glosses it. Invented texts.
 */
class EveOfAnniversaryTest {

    private static final String EVE = "Flood survivors march in Port Avel\n\n"
            + "Hundreds of residents marched through Port Avel on Thursday, the eve of the second anniversary of the"
            + " March 3, 2021 flood that swept away the lower town.\n\n"
            + "Police detained four of the organisers, relatives said.";

    @Test
    void theWeekdayCalledTheEveIsTheDayBeforeTheAnniversary() {
        assertThat(DateTesting.mention(EVE, null, "Thursday").value()).isEqualTo("2023-03-02");
    }

    @Test
    void theEvePhraseGlossesTheWeekdayAndIsNoDateOfItsOwn() {
        assertThat(DateTesting.dates(EVE, null)).noneMatch(m -> m.text().equals("the eve of"));
    }

    @Test
    void aWeekdayThatIsNotTheEveStaysUnresolved() {
        String text = EVE.replace("on Thursday, the eve of", "on Tuesday, ahead of");
        assertThat(DateTesting.mention(text, null, "Tuesday").value()).isNull();
    }
}
