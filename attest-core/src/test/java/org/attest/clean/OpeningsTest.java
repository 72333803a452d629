package org.attest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class OpeningsTest {
    private static final Pattern P = Pattern.compile(
            "(advertisement\\s*)?\\d{2,4}\\s*[x×]\\s*\\d{2,4}|(share|share this)\\s*:?|by\\s+(?-i:\\p{Lu}\\p{L}*)|\\(\\s*credit\\s*:.{1,20}\\)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Openings OPENINGS = Openings.of(P);

    @Test
    void everyMatchingLineMayOpen() {
        for (String line : List.of("728 x 90", "Advertisement 300 x 250", "SHARE this:", "Share", "by Jane",
                "( credit: Agency)", "(Credit: Jane Roe)", "12x34")) {
            assertThat(P.matcher(line).matches()).as(line).isTrue();
            assertThat(OPENINGS.mayOpen(line)).as(line).isTrue();
        }
    }

    @Test
    void linesNoPatternCanMatchAreTurnedAway() {
        for (String line : List.of("The police said", "In the city", "He said", "A crowd gathered", "bx Jane",
                "(a) the first point")) {
            assertThat(OPENINGS.mayOpen(line)).as(line).isFalse();
        }
    }

    @Test
    void shortOrNonAsciiOpeningsAreAlwaysTried() {
        for (String line : List.of("", "x", "\u201cShare", "\u00e9t\u00e9", "A\u00e9")) {
            assertThat(OPENINGS.mayOpen(line)).as(line).isTrue();
        }
    }
}
