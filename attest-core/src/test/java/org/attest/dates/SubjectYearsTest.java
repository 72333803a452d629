package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Branch events97 (invented sentences): a year-less day in a sentence that opens with "The" and a
 * year ("The 2018 uprising began on 15 March") is of that year, not of the report's.
 */
class SubjectYearsTest {
    private static final String TEXT = "Velmar, April 2022\n\n"
            + "Activists put up posters in Velmar on Monday.\n\n"
            + "The 2018 uprising began on 15 March, after the government doubled the price of bread.";

    @Test
    void aDayInASentenceASubjectsYearOpensIsOfThatYear() {
        assertThat(DateTesting.mention(TEXT, null, "15 March").value()).isEqualTo("2018-03-15");
        assertThat(DateTesting.mention(TEXT, "2022-04-20", "15 March").value()).isEqualTo("2018-03-15");
    }

    @Test
    void aYearFurtherInTheSentenceLendsTheDayNothing() {
        String text = TEXT.replace("The 2018 uprising began on 15 March", "After the 2018 uprising, prices rose on 15 March");
        assertThat(DateTesting.mention(text, "2022-04-20", "15 March").value()).isEqualTo("2022-03-15");
    }

    @Test
    void aYearOfAnotherSentenceLendsTheDayNothing() {
        String text = TEXT.replace("The 2018 uprising began on 15 March", "The 2018 uprising is remembered. Prices rose on 15 March");
        assertThat(DateTesting.mention(text, "2022-04-20", "15 March").value()).isEqualTo("2022-03-15");
    }
}
