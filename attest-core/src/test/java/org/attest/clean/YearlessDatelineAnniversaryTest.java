package org.attest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.attest.dates.Anniversaries;
import org.attest.model.Document;
import org.attest.model.Source;
import org.junit.jupiter.api.Test;

/** A year-less dateline whose lead marks the anniversary of a dated event takes the anniversary's year, not the footer's. */
class YearlessDatelineAnniversaryTest {
    private static final Cleaner CLEANER = Cleaner.withDefaults();

    private static Document page(String lead) throws Exception {
        String html = "<html><head><title>Miners held before strike anniversary</title></head><body>"
                + "<article><h1>Miners held before strike anniversary</h1>"
                + "<p>" + lead + "</p>"
                + "<p>Relatives said none of the men had been allowed to see a lawyer.</p>"
                + "</article><footer><p>© 2025 Northwind Press. All rights reserved.</p></footer></body></html>";
        return CLEANER.clean(new Source("page.html", "file:page.html", html.getBytes(StandardCharsets.UTF_8), null));
    }

    @Test
    void theAnniversaryOfADatedEventGivesTheDatelinesYear() throws Exception {
        Document d = page("VELMORA, March 3 (Northwind Press) - Police detained at least twelve miners this week, "
                + "days before the third anniversary of the 2019 pit strike.");
        assertThat(d.published()).isEqualTo(LocalDate.of(2022, 3, 3));
    }

    @Test
    void withoutAYearInItsSentenceTheAnniversaryLeavesTheCopyrightYear() throws Exception {
        Document d = page("VELMORA, March 3 (Northwind Press) - Police detained at least twelve miners this week, "
                + "days before the anniversary of the pit strike. It began in 2019.");
        assertThat(d.published()).isEqualTo(LocalDate.of(2025, 3, 3));
    }

    @Test
    void readsTheOrdinalAndSkipsAFullDay() {
        assertThat(Anniversaries.ofLead("Crowds marked the first anniversary of the flood in Ostra in May 2020.")).isEqualTo(2021);
        // a full day may be the anniversary's own, which tells nothing of the event's year
        assertThat(Anniversaries.ofLead("Crowds marked the anniversary of the flood on May 4, 2020.")).isNull();
        // an anniversary counted in days tells no year
        assertThat(Anniversaries.ofLead("Mourners held a 40th-day anniversary for victims of the 2020 flood.")).isNull();
        assertThat(Anniversaries.ofLead("No anniversary here of any kind.")).isNull();
    }
}
