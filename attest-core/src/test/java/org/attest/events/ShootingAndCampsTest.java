package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Shooting told by where it came from or by the shot that wounded, and sit-ins told as camping to demand. */
class ShootingAndCampsTest {

    @Test
    void forcesFiringFromARoofAreAnAttack() {
        assertThat(TestDocs.types("A resident of Velmar said police fired from the roof of the town hall on Monday evening."))
                .contains("attack");
        assertThat(TestDocs.types("The manager was fired from the company in Velmar on Monday."))
                .doesNotContain("attack");
    }

    @Test
    void peopleWoundedByShotAreAnAttack() {
        assertThat(TestDocs.types("Residents said several marchers were wounded by pellets as riot police advanced in Velmar on Monday."))
                .contains("attack");
        assertThat(TestDocs.types("Two shepherds were injured by rubber bullets near Velmar on Monday."))
                .contains("attack");
    }

    @Test
    void campingToDemandIsAProtest() {
        assertThat(TestDocs.types("Dock workers had camped outside the port office in Velmar since 3 May to demand their unpaid wages."))
                .contains("protest");
        assertThat(TestDocs.types("The hikers camped by the lake near Velmar on Monday night."))
                .doesNotContain("protest");
    }
}
