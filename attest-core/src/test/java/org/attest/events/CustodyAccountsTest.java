package org.attest.events;

import static org.attest.events.DatedReports.afterAnArrest;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Round events112 (invented sentences): a rights group's account of what befalls the held — kept in
 * solitary, families barred from visits, care denied, a trial held, an appeal lodged, a summons to a
 * court — is a happening of type other; a death "on the way to hospital" of one shot is a killing; a
 * petition launched is a campaign. Demands and fears of the same stay no event.
 */
class CustodyAccountsTest {

    @Test
    void custodyTold() {
        assertThat(afterAnArrest("Sources said Ilse Marvik was held in solitary confinement for 20 days.", "other")).hasSize(1);
        assertThat(afterAnArrest("Since then, guards have barred the dockers' families from visiting them in Lorn prison.", "other")).hasSize(1);
        assertThat(afterAnArrest("Ilse Marvik, who has asthma, has been denied proper medical care, her brother said.", "other")).hasSize(1);
        assertThat(afterAnArrest("Their trial, which lasted twenty minutes, took place behind closed doors on 10 April.", "other"))
                .containsExactly("2026-04-10");
        assertThat(afterAnArrest("Their lawyer filed an appeal with the high court on Tuesday.", "other")).containsExactly("2026-04-14");
        assertThat(afterAnArrest("The families have been told to report to the Revolutionary Court in Lorn on Saturday.", "other")).hasSize(1);
    }

    @Test
    void custodyDemandedIsNone() {
        assertThat(afterAnArrest("The group urged the guards to stop keeping her held in solitary confinement.", "other")).isEmpty();
        assertThat(afterAnArrest("Relatives fear she will be denied medical care in Lorn prison.", "other")).isEmpty();
    }

    @Test
    void deathOnTheWayToHospitalOfOneShot() {
        assertThat(afterAnArrest("A 19-year-old porter was hit in the chest and died on the way to hospital in Lorn.", "killing")).hasSize(1);
        assertThat(afterAnArrest("A driver was hurt in a crash and died on the way to hospital in Lorn.", "killing")).isEmpty();
    }

    @Test
    void aPublicationsSubjectIsNoExecution() {
        assertThat(afterAnArrest("The group said it would publish a full list of executions in Lorn prison at the end of the month.",
                "execution")).isEmpty();
        assertThat(afterAnArrest("It will release a special report on executions of women next month.", "execution")).isEmpty();
    }

    @Test
    void petitionLaunched() {
        assertThat(afterAnArrest("Supporters have launched a petition calling for their release, which has 20,000 signatures.", "online_campaign"))
                .hasSize(1);
    }
}
