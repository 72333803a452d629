package org.attest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.attest.model.Document;
import org.attest.model.Source;
import org.junit.jupiter.api.Test;

/** A dateline without its year takes the page's copyright year, never a year the story names in passing. */
class YearlessDatelineCopyrightTest {
    private static final Cleaner CLEANER = Cleaner.withDefaults();
    private static final DateParser DATES = DateParser.load();

    private static Document page(String footer) throws Exception {
        return page(footer, "Wednesday night");
    }

    private static Document page(String footer, String weekday) throws Exception {
        String html = "<html><head><title>Pickets broken up in four towns</title></head><body>"
                + "<article><h1>Pickets broken up in four towns</h1>"
                + "<p>VELMORA, October 12 (Northwind Press) - Police detained at least nine people at pickets in four towns "
                + "on " + weekday + ", a monitoring group said.</p>"
                + "<p>One of them, a retired engineer, had been fined twice in 2019 for posts criticising the governor.</p>"
                + "<p>The group said it had recorded more detentions this month than in any month since it began counting.</p>"
                + "</article><footer><p>" + footer + "</p><p><a href=\"/terms\">Terms</a></p></footer></body></html>";
        return CLEANER.clean(new Source("page.html", "file:page.html", html.getBytes(StandardCharsets.UTF_8), null));
    }

    @Test
    void aYearlessDatelineTakesTheCopyrightYearOfThePage() throws Exception {
        assertThat(page("© Northwind Press 2023. All rights reserved.").published()).isEqualTo(LocalDate.of(2023, 10, 12));
        assertThat(page("Copyright &copy; 2008&ndash;2022 Northwind Press").published()).isEqualTo(LocalDate.of(2022, 10, 12));
    }

    @Test
    void aCopyrightYearInWhichTheLeadsWeekdayDoesNotFitIsNotTheReportsYear() throws Exception {
        // 12 October 2024 was a Saturday: a story filed that day tells of Friday or Saturday, not
        // Thursday (12 October 2023); the page was built later than the report was written
        assertThat(page("© Northwind Press 2024", "Thursday").published()).isNull();
        assertThat(page("© Northwind Press 2024", "Friday").published()).isEqualTo(LocalDate.of(2024, 10, 12));
        assertThat(page("© Northwind Press 2024", "Saturday").published()).isEqualTo(LocalDate.of(2024, 10, 12));
    }

    @Test
    void withoutACopyrightLineTheYearStaysUnknown() throws Exception {
        assertThat(page("Northwind Press, 4 Harbour Row").published()).isNull();
    }

    @Test
    void aStampThatWritesTheDatelinesDayAndMonthComesFirst() {
        String text = "Pickets broken up\nPosted 12/10/2021\nVELMORA, October 12 (Northwind Press) - Police detained nine.";
        assertThat(DATES.dateline(text, () -> 2023)).isEqualTo(LocalDate.of(2021, 10, 12));
        assertThat(DATES.dateline("Pickets broken up\nVELMORA, October 12 (Northwind Press) - Police detained nine.", () -> 2023))
                .isEqualTo(LocalDate.of(2023, 10, 12));
    }

    @Test
    void readsTheLastCopyrightLineAndTheLaterYearOfARange() {
        assertThat(CopyrightYear.of("<p>(c) 2015 Old Owner</p> ... <footer>© 2012-2024 New Owner</footer>")).isEqualTo(2024);
        assertThat(CopyrightYear.of("Copyright 2020 to 2025 Northwind")).isEqualTo(2025);
        // the word in a sentence is no copyright line
        assertThat(CopyrightYear.of("The copyright law of 1998 was amended.")).isNull();
        assertThat(CopyrightYear.of("No year here. ©")).isNull();
        assertThat(CopyrightYear.of("© Northwind 20245 units")).isNull();
    }
}
