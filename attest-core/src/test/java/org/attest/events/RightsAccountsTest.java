package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A rights group or monitor that gives its plain account of an event, dated or not, only sources it;
 * a group with no event to source still makes a statement. All sentences are invented.
 */
class RightsAccountsTest {

    @Test
    void aRightsGroupTellingOfDeathsOnlySourcesThem() {
        assertThat(TestDocs.types("The Geneva-based Andean rights group said at least six miners had been killed in Potosi since Tuesday."))
                .contains("killing").doesNotContain("statement");
    }

    @Test
    void aMonitorNamedInAppositionOnlySourcesTheArrests() {
        assertThat(TestDocs.types("A rights monitor, Vigilia, said 17 students had been detained in Cochabamba since the strike began."))
                .contains("arrest").doesNotContain("statement");
    }

    @Test
    void aNameThenItsDescriptionOnlySourcesTheArrests() {
        assertThat(TestDocs.types("Vigilia, another Andean rights group, said 17 students had been detained in Cochabamba on Monday."))
                .contains("arrest").doesNotContain("statement");
    }

    @Test
    void aRightsGroupWithNoEventToSourceStillSpeaks() {
        assertThat(TestDocs.types("The Geneva-based Andean rights group said the trial of the miners' leaders was \"unfair\"."))
                .contains("statement");
    }

    @Test
    void aGroupSpeakingOnANamedDayOnlySourcesTheDeaths() {
        assertThat(TestDocs.types("The Lima-based group said on Thursday that at least nine dockers had been killed in Callao."))
                .contains("killing").doesNotContain("statement");
    }

    @Test
    void aLegalAidGroupInAppositionOnlySourcesTheArrests() {
        assertThat(TestDocs.types("Defensa Libre, a legal aid group, said 40 dockers had been detained in Callao since the strike began."))
                .contains("arrest").doesNotContain("statement");
    }

    @Test
    void aBodyWithItsAcronymInBracketsOnlySourcesTheArrests() {
        assertThat(TestDocs.types("The Andean Human Rights Observatory (AHRO) said on Friday that 12 miners had been detained in Oruro."))
                .contains("arrest").doesNotContain("statement");
    }

    @Test
    void aGroupWithNoEventToSourceStillSpeaks() {
        assertThat(TestDocs.types("The Lima-based group said on Thursday that the trial of the dockers' leaders was unfair."))
                .contains("statement");
    }

    @Test
    void aStateRightsCommissionStillSpeaks() {
        assertThat(TestDocs.types("At least nine dockers were killed in Callao on Monday, the state-funded National Commission on Human Rights (NCHR) said on Tuesday."))
                .contains("killing", "statement");
    }

    @Test
    void aRightsNewsAgencyMatchedAsAFrameOnlySourcesTheArrests() {
        assertThat(TestDocs.types("The Andean Human Rights News Agency said at least 60 miners had been arrested across the province up to Friday."))
                .contains("arrest").doesNotContain("statement");
    }
}
