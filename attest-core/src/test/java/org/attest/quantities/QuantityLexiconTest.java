package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.Qualifier;
import org.attest.model.Span;
import org.junit.jupiter.api.Test;

/** The lexicon resources load, are well-formed and say what the stage relies on. */
class QuantityLexiconTest {
    private static final QuantityLexicon LEX = QuantityLexicon.load();

    @Test
    void numberWordsAndMagnitudesHaveTheirValues() {
        assertThat(LEX.numberWords.get("twelve").value()).isEqualTo(12);
        assertThat(LEX.numberWords.get("million").kind()).isEqualTo(QuantityLexicon.WordKind.SCALE);
        assertThat(LEX.magnitudes).containsEntry("thousands", 1000.0).containsEntry("dozens", 12.0);
        assertThat(LEX.numberWords).doesNotContainKeys("first", "second", "third");
    }

    @Test
    void qualifierPhrasesMapToQualifiers() {
        assertThat(LEX.qualifiers).containsEntry("more than", Qualifier.MORE_THAN)
                .containsEntry("at least", Qualifier.AT_LEAST).containsEntry("as many as", Qualifier.UP_TO)
                .containsEntry("fewer than", Qualifier.LESS_THAN).containsEntry("an estimated", Qualifier.ABOUT);
        assertThat(LEX.longestQualifier()).isGreaterThanOrEqualTo(3);
        assertThat(LEX.qualifiers.keySet()).allSatisfy(k -> assertThat(k).isLowerCase().doesNotContain("  "));
    }

    @Test
    void openerTestIsExactAndCaseInsensitive() {
        String s = "Twenty-five thousands tenant halfway";
        assertThat(LEX.isOpener(s, 0, 11)).isTrue();
        assertThat(LEX.isOpener(s, 12, 21)).isTrue();
        assertThat(LEX.isOpener(s, 22, 28)).isFalse();
        assertThat(LEX.isOpener(s, 29, 36)).isFalse();
    }

    @Test
    void theArticleIsNoOpenerButTheNumbersItOpensStillAre() {
        QuantityExtractor extractor = new QuantityExtractor(LEX);
        String plain = "A teacher wrote a letter to a minister about a school.";
        assertThat(LEX.isOpener(plain, 0, 1)).isFalse();
        assertThat(extractor.mayHold(plain, 0, plain.length())).isFalse();
        // each number an article opens holds a second opener, so its sentence is still read
        for (String s : List.of("They sent a dozen letters.", "A third of the staff left.",
                "A few hundred parents waited.", "A couple of thousand people signed.")) {
            assertThat(extractor.mayHold(s, 0, s.length())).as(s).isTrue();
            assertThat(extractor.extract(s, new Span(0, s.length()))).as(s).hasSize(1);
        }
    }

    @Test
    void durationsCurrenciesAndLabelsAreListed() {
        assertThat(LEX.nonCountNouns).contains("years", "days", "year-old");
        assertThat(LEX.currencies.get("$").prefix()).isTrue();
        assertThat(LEX.currencies.get("rials").suffix()).isTrue();
        assertThat(LEX.labelWords).contains("article", "no.");
        assertThat(LEX.peopleVerbs).contains("killed", "arrested");
        assertThat(LEX.peopleObjectVerbs).contains("killing", "arrested");
    }
}
