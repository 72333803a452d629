package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * other40 (invented sentences): an authority's measure (a curfew imposed, extended or lifted,
 * emergency rule under any name, schools closed by order, the internet or mobile data cut or
 * slowed) is {@code other}, "another reported political action (ban, closure)", not a statement:
 * a statement is something said or published. This reverses acts28 and stmt28.
 */
class MeasuresAreOtherTest {

    @Test
    void curfewsImposedExtendedOrAnnouncedAreOther() {
        assertThat(types("The regional governor imposed a dusk-to-dawn curfew on Lenmark on Thursday.")).containsExactly("other");
        assertThat(types("The district office has extended the night curfew in Ostrava Port until Friday.")).contains("other").doesNotContain("statement");
        assertThat(types("The interior secretary announces a curfew in two hill towns.")).containsExactly("other");
    }

    @Test
    void aCurfewOnlyNamedIsNoMeasure() {
        // a curfew in force, or one talked about, tells no act of that report
        assertThat(types("A curfew is in force in the three valley districts from nine.")).doesNotContain("other");
        assertThat(types("The mayor says the curfew will be enforced strictly in the harbour quarter.")).doesNotContain("other");
    }

    @Test
    void emergencyRuleUnderAnyNameIsOther() {
        assertThat(types("The cabinet declared a state of emergency in four coastal districts.")).containsExactly("other");
        assertThat(types("The president decreed a 30-day state of exception in the highland provinces.")).containsExactly("other");
        assertThat(types("The king declared a state of national alert after the riots in Sarn.")).contains("other").doesNotContain("statement");
        // a likeness is none
        assertThat(types("The empty avenues looked akin to a state of siege.")).doesNotContain("other");
    }

    @Test
    void internetSlowedThrottledOrCutIsOther() {
        assertThat(types("Mobile data was throttled across the northern provinces from noon.")).containsExactly("other");
        assertThat(types("Observers noted that the internet was slowed in the coastal region on polling day.")).contains("other");
        assertThat(types("The authorities cut internet access in the capital on the eve of the vote.")).contains("other");
        // a cut called for is none
        assertThat(types("The minister urged operators to cut off internet service in the border towns.")).doesNotContain("other");
    }
}
