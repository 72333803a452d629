package org.attest.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.attest.checks.CheckLexicon.PlaceUnit;
import org.junit.jupiter.api.Test;

class CheckLexiconTest {
    private static final CheckLexicon LEX = CheckLexicon.load();

    @Test
    void countsOfPlacesAreKnownByTheirHeadNoun() {
        assertThat(LEX.placeUnit("areas")).isEqualTo(PlaceUnit.PLACE);
        assertThat(LEX.placeUnit("cities and towns")).isEqualTo(PlaceUnit.PLACE);
        assertThat(LEX.placeUnit("provinces")).isEqualTo(PlaceUnit.PROVINCE);
        assertThat(LEX.placeUnit("political prisoners")).isNull();
        assertThat(LEX.placeUnit(null)).isNull();
    }

    @Test
    void unitsOfPeopleShareOneClass() {
        assertThat(LEX.unitClass("peaceful demonstrators")).isEqualTo("people");
        assertThat(LEX.unitClass("people")).isEqualTo("people");
        assertThat(LEX.unitClass("political prisoners")).isEqualTo("prisoners");
        assertThat(LEX.unitClass("tweets and retweets")).isEqualTo("tweets");
        assertThat(LEX.isPercent("percent")).isTrue();
    }

    @Test
    void aBadLineIsRejectedWithItsNumber() {
        assertThatThrownBy(() -> CheckLexicon.parse("# c\nplace_unit\tareas\n", "x.tsv"))
                .hasMessageContaining("x.tsv line 2");
        assertThatThrownBy(() -> CheckLexicon.parse("bogus\ta\tb\n", "x.tsv")).hasMessageContaining("unknown kind");
    }
}
