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
    void theHeadIsTheWordBeforeOfWhoInOrAndWithPunctuationTakenOff() {
        assertThat(LEX.unitClass("people in Tehran")).isEqualTo("people");
        assertThat(LEX.unitClass("  Protesters,\t who  were held ")).isEqualTo("people");
        assertThat(LEX.unitClass("members of the council")).isEqualTo("members");
        assertThat(LEX.unitClass("lorries.")).isEqualTo("lorries");
        assertThat(LEX.unitClass("a %.")).isEqualTo("percent");
        assertThat(LEX.unitClass("   ")).isNull();
        assertThat(LEX.placeUnit("villages and cities")).isEqualTo(PlaceUnit.PLACE);
        assertThat(LEX.placeUnit("of  the\tprovinces")).isEqualTo(PlaceUnit.PROVINCE);
        // no place unit at the head, but a word of the unit is one
        assertThat(LEX.placeUnit("cities  hit")).isEqualTo(PlaceUnit.PLACE);
    }

    @Test
    void aBadLineIsRejectedWithItsNumber() {
        assertThatThrownBy(() -> CheckLexicon.parse("# c\nplace_unit\tareas\n", "x.tsv"))
                .hasMessageContaining("x.tsv line 2");
        assertThatThrownBy(() -> CheckLexicon.parse("bogus\ta\tb\n", "x.tsv")).hasMessageContaining("unknown kind");
    }
}
