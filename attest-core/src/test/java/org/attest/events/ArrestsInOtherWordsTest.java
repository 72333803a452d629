package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.sentencesOf;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * Arrests told in other words, and an arrest by an agent named with "the" after an arrest was
 * told (branch roundup34). All sentences are invented for these tests.
 */
class ArrestsInOtherWordsTest {

    @Test
    void theArmyArrestingPeopleAfterAnArrestWasToldIsAnArrestOfItsOwn() {
        // "The army arrested": an exact past tense after "the" and a noun is that noun's verb, not a
        // noun phrase "the army arrests" pointing back to the arrest told before
        Document d = TestDocs.doc().published("2023-05-10")
                .paragraph("Police arrested a teacher and his brother after a scuffle at a school gate on Wednesday.")
                .paragraph("The army arrested four students in Dorvana who threw bottles at officers.")
                .date("Wednesday", "2023-05-10", DatePrecision.DAY).place("Dorvana", 9101)
                .quantity("four students", 4).build();
        assertThat(sentencesOf(d, "arrest"))
                .contains("The army arrested four students in Dorvana who threw bottles at officers.");
    }

    @Test
    void agentsWhoTookPeopleAwayArrestedThem() {
        assertThat(TestDocs.types("Plain-clothes officers came to the flats at dawn and took away three students."))
                .contains("arrest");
        // a flood or a crew that takes things away arrests no one
        assertThat(TestDocs.types("The river took away two bridges and a school.")).doesNotContain("arrest");
        assertThat(TestDocs.types("Police took away the bodies of the two drivers.")).doesNotContain("arrest");
    }

    @Test
    void menSummonedOrQuestionedByPoliceWereHeld() {
        assertThat(TestDocs.types("Officers summoned two more union leaders for questioning at the district station."))
                .contains("arrest");
        assertThat(TestDocs.types("Three of our editors were questioned by police about a cartoon.")).contains("arrest");
    }

    @Test
    void menLoadedOntoTrucksWereRoundedUpButGoodsWereNot() {
        assertThat(TestDocs.types("Dozens of young men were loaded onto army trucks and driven to a barracks."))
                .contains("arrest");
        assertThat(TestDocs.types("Sacks of grain were loaded onto trucks bound for the north.")).doesNotContain("arrest");
    }
}
