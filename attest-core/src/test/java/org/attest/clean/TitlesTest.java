package org.attest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitlesTest {
    @Test
    void stripsSiteNameSuffixes() {
        assertThat(Titles.stripSiteName("Dockers walk out over pay | Harbour Times")).isEqualTo("Dockers walk out over pay");
        assertThat(Titles.stripSiteName("Dockers walk out over pay - Harbour Times")).isEqualTo("Dockers walk out over pay");
        assertThat(Titles.stripSiteName("Harbour Times | Dockers walk out over pay")).isEqualTo("Dockers walk out over pay");
    }

    @Test
    void stripsStackedSiteNamesAndDates() {
        assertThat(Titles.stripSiteName("Dockers walk out over pay at the harbour | HT | 02.05.2021"))
                .isEqualTo("Dockers walk out over pay at the harbour");
        assertThat(Titles.trailingDatePart("Dockers walk out over pay | HT | 02.05.2021")).isEqualTo("02.05.2021");
        assertThat(Titles.trailingDatePart("Dockers walk out over pay | Harbour Times")).isNull();
        assertThat(Titles.trailingDatePart("Dockers walk out on 2 May 2021")).isNull();
    }

    @Test
    void keepsDashesThatBelongToTheHeadline() {
        assertThat(Titles.stripSiteName("Strike ends - but workers vow to return to the streets next week"))
                .isEqualTo("Strike ends - but workers vow to return to the streets next week");
        assertThat(Titles.stripSiteName("   ")).isNull();
    }

    @Test
    void plainTextTitleIsAShortUnpunctuatedFirstLine() {
        assertThat(Titles.plainTextTitle("Dockers walk out over pay\n\nText.")).isEqualTo("Dockers walk out over pay");
        assertThat(Titles.plainTextTitle("Dockers walked out over pay on Monday.\nText.")).isNull();
        assertThat(Titles.plainTextTitle("12\nText")).isNull();
    }
}
