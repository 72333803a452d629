package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * other50 (invented sentences): an authority's measure is {@code other}, as other40's curfews and
 * bans are: rules taking effect, staff ordered back under requisition, a summons to a hearing,
 * schools sending pupils home, marchers stopped by the police.
 */
class AuthorityMeasuresTest {

    @Test
    void rulesTakingEffectAreOther() {
        assertThat(types("The new fishing quotas took effect on 1 March.")).containsExactly("other");
        assertThat(types("The amended press law came into force in January.")).containsExactly("other");
        assertThat(types("Unions urged the senate to stop the rules that take effect in May.")).doesNotContain("other");
    }

    @Test
    void aRequisitionAndASummonsAreOtherAndNoStatement() {
        assertThat(types("The regional health agency ordered 30 pharmacists to keep their shops open under requisition powers."))
                .containsExactly("other");
        assertThat(types("The senate committee has summoned the airline's chief executive to a hearing next week."))
                .containsExactly("other");
    }

    @Test
    void schoolsSendingPupilsHomeAndMarchersStoppedAreOther() {
        assertThat(types("Most schools in the district sent pupils home early on Monday.")).containsExactly("other");
        assertThat(types("The walkers were stopped by riot police at the edge of the capital on Tuesday.")).containsExactly("other");
        // a parent sending children home from a park is no school's measure
        assertThat(types("Her mother sent the children home before dark.")).doesNotContain("other");
    }
}
