package org.attest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
    private static final LanguageDetector DETECTOR = LanguageDetector.load();

    @Test
    void english() {
        assertThat(DETECTOR.detect("The workers said that they were on strike for the third day in a row, "
                + "and the union has asked for talks with the company.")).isEqualTo("en");
    }

    @Test
    void persian() {
        // "Workers of the factory gathered in front of the governorate and demanded their unpaid wages."
        assertThat(DETECTOR.detect("\u06a9\u0627\u0631\u06af\u0631\u0627\u0646 \u06a9\u0627\u0631\u062e\u0627\u0646\u0647 "
                + "\u062f\u0631 \u0628\u0631\u0627\u0628\u0631 \u0641\u0631\u0645\u0627\u0646\u062f\u0627\u0631\u06cc "
                + "\u062c\u0645\u0639 \u0634\u062f\u0646\u062f \u0648 \u062d\u0642\u0648\u0642 \u062e\u0648\u062f "
                + "\u0631\u0627 \u062e\u0648\u0627\u0633\u062a\u0646\u062f \u06a9\u0647 \u067e\u0631\u062f\u0627\u062e\u062a "
                + "\u0646\u0634\u062f\u0647 \u0627\u0633\u062a.")).isEqualTo("fa");
    }

    @Test
    void arabic() {
        // "Hundreds of demonstrators gathered in the city square on Friday to demand the release of the detainees."
        assertThat(DETECTOR.detect("\u062a\u062c\u0645\u0639 \u0645\u0626\u0627\u062a \u0627\u0644\u0645\u062a\u0638\u0627\u0647\u0631\u064a\u0646 "
                + "\u0641\u064a \u0633\u0627\u062d\u0629 \u0627\u0644\u0645\u062f\u064a\u0646\u0629 \u064a\u0648\u0645 "
                + "\u0627\u0644\u062c\u0645\u0639\u0629 \u0644\u0644\u0645\u0637\u0627\u0644\u0628\u0629 \u0628\u0627\u0644\u0625\u0641\u0631\u0627\u062c "
                + "\u0639\u0646 \u0627\u0644\u0645\u0639\u062a\u0642\u0644\u064a\u0646 \u0627\u0644\u0630\u064a\u0646 "
                + "\u0643\u0627\u0646\u0648\u0627 \u0641\u064a \u0627\u0644\u0633\u062c\u0646.")).isEqualTo("ar");
    }

    @Test
    void undeterminedWhenUnsure() {
        assertThat(DETECTOR.detect("12 34 56")).isEqualTo("und");
        assertThat(DETECTOR.detect("Xqzv brtl mnpw krst vlpq zzrt wxyq plmk trsv")).isEqualTo("und");
    }
}
