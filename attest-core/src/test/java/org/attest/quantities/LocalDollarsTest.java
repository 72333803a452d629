package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.attest.model.Document;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.attest.model.Quantity;
import org.attest.model.Span;
import org.junit.jupiter.api.Test;

/**
 * A bare "$" in a report about a country with a dollar of its own is that dollar: its unit stays "$"
 * as written, its code is tagged in the rule. Invented sentences.
 */
class LocalDollarsTest {
    private static final QuantityStage STAGE = new QuantityStage(QuantityLexicon.load());

    /**
     * The currencies of a one-paragraph report whose named towns lie in the countries given, one per
     * name (also for {@link CurrencyCodesTest}): each figure's tagged code, else its unit.
     */
    static List<String> units(String text, String... townsAndCountries) {
        List<PlaceMention> places = new ArrayList<>();
        for (int i = 0; i < townsAndCountries.length; i += 2) {
            String town = townsAndCountries[i];
            int at = text.indexOf(town);
            places.add(new PlaceMention(town, new Span(at, at + town.length()), null, town, PlaceKind.CITY,
                    townsAndCountries[i + 1], null, null, null, 1.0, "test"));
        }
        Document d = Document.of("t.txt", "test", "", null, null, "en", text, List.of()).withPlaces(places, List.of());
        return STAGE.apply(d).quantities().stream().map(LocalDollarsTest::currency).toList();
    }

    /** The code the figure's rule tags, else its unit as written. */
    static String currency(Quantity q) {
        String code = CurrencyCodes.tagged(q);
        return code != null ? code : q.unit();
    }

    @Test
    void aBareDollarInAReportOnCanadaIsCanadian() {
        String text = "Council in Moncton voted to spend $4 million on shelters; Fredericton pledged US$1 million.";
        assertThat(units(text, "Moncton", "CA", "Fredericton", "CA")).containsExactly("CAD", "USD");
        // contrast: a report on places in several countries keeps the US dollar
        String mixed = "Moncton and Boston and Denver agreed to spend $4 million on shelters.";
        assertThat(units(mixed, "Moncton", "CA", "Boston", "US", "Denver", "US")).containsExactly("USD");
    }

    @Test
    void aDollarWithItsCountrysLettersIsItsCode() {
        assertThat(QuantityStageTest.run("Police offered C$20,000 and A$5,000 for information."))
                .extracting(LocalDollarsTest::currency).containsExactly("CAD", "AUD");
        assertThat(QuantityStageTest.run("Police offered C$20,000 and A$5,000 for information."))
                .extracting(Quantity::unit).containsExactly("C$", "A$");
    }
}
