package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * other50 (invented sentences): what befalls the held that is neither an arrest nor a killing is
 * {@code other}: a death in custody with no violence told, the release of people a participle names
 * as once detained, a pardon, and an appearance due before a judge or a prosecutor.
 */
class CustodyOutcomesTest {

    @Test
    void aPrisonerWhoDiesInCustodyIsOther() {
        assertThat(types("A retired surgeon died in prison last month after he was denied his medicine.")).containsExactly("other");
        assertThat(types("A former mayor died in the prison hospital of the northern town on Sunday.")).containsExactly("other");
        assertThat(types("A poet serving a term for a satirical song died at a penal colony near the lake.")).containsExactly("other");
        assertThat(types("The league has counted eleven deaths of jailed activists in custody since 2019.")).containsExactly("other");
    }

    @Test
    void aDeathInCustodyToldWithWordsBetweenIsOtherAndNoArrest() {
        assertThat(types("A former judge died on Friday in a prison hospital near the coast.")).containsExactly("other");
        // "in custody since" opens a spell of custody only when no death comes before it
        assertThat(types("Campaigners say the weaver was the fifth prisoner to die in custody since January.")).contains("other")
                .doesNotContain("arrest");
        assertThat(types("The editor has been in custody since January.")).containsExactly("arrest");
    }

    @Test
    void aDeathInCustodyToldWithItsViolenceStaysAKilling() {
        assertThat(types("A young clerk died in custody on Friday after guards beat him with batons.")).containsExactly("killing");
        assertThat(types("The deaths in custody of two miners who were tortured by guards shocked the town.")).contains("killing")
                .doesNotContain("other");
    }

    @Test
    void peopleReleasedThatAParticipleNamesAsDetainedAreNoNewArrest() {
        assertThat(types("The army has released 12 of the 30 students arrested in the raid.")).containsExactly("other");
        assertThat(types("Police freed most of the people detained at the rally.")).doesNotContain("other");
        // an arrest and a release told as two acts stay two events
        assertThat(types("Police detained 40 dockers on Monday and released them on Tuesday.")).contains("arrest");
    }

    @Test
    void aPardonAndADayBeforeAJudgeAreOther() {
        assertThat(types("Around 40 inmates were pardoned by the king on Sunday.")).containsExactly("other");
        assertThat(types("The remaining six will appear before a magistrate on Monday.")).containsExactly("other");
        assertThat(types("The nine students are due to appear in court next month.")).containsExactly("other");
        // asked for, or a step told before another, none
        assertThat(types("Lawyers demanded that the detainees be brought before a judge.")).doesNotContain("other");
        assertThat(types("The men were held for a month before appearing before a judge.")).doesNotContain("other");
    }
}
