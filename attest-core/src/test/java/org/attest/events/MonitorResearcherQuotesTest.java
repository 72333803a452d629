package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Quotes of a documenting body's own staff, round ev2d (invented sentences): a quote whose speaker
 * holds a title of a rights monitor or observatory ("the Observatory’s Gulf researcher") is the
 * body's statement, as a director's already was; a relative or a resident quoted stays colour.
 */
class MonitorResearcherQuotesTest {

    @Test
    void aMonitorsResearcherQuotedSpeaksForTheMonitor() {
        // stmt190: dated, a quoted official's words stay a statement; undated they are a remark (PersonalRemarksTest)
        assertThat(types("“The authorities have shown utter contempt for due process,” said Hana Orlik, the Observatory’s Caspian researcher, on Monday."))
                .containsExactly("statement");
        assertThat(types("\"Courts are jailing bloggers for a single post,\" said Tarek Venn, the monitor's lead investigator in the region, on Monday."))
                .containsExactly("statement");
    }

    @Test
    void aRelativeOrAResidentQuotedStaysColour() {
        assertThat(types("“He was only defending his neighbours,” said Sima Raad, the prisoner’s cousin.")).isEmpty();
        assertThat(types("“We heard shots all night,” said a resident of the old town.")).isEmpty();
    }
}
