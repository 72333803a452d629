package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.attest.quantities.QuantityStageTest.run;

import java.util.List;
import org.attest.model.Document;
import org.attest.model.Qualifier;
import org.attest.model.Quantity;
import org.attest.model.Sentence;
import org.attest.model.Span;
import org.junit.jupiter.api.Test;

/**
 * Units as written (a share's sign or words; a dollar sign with its country's letters, by its code), a title's
 * count written again in the body, "over a 100", numbers that are no counts (an address, a part of
 * an article, a day in Spanish), "one" before a toll noun and simple pasts that end a counted noun.
 * Invented sentences.
 */
class QuantityUnitsAsWrittenTest {
    private static final QuantityStage STAGE = new QuantityStage(QuantityLexicon.load());

    /** A document whose lines are its sentences, each its own paragraph; the first a heading. */
    private static List<Quantity> titled(String... lines) {
        String text = String.join("\n", lines);
        List<Sentence> sentences = new java.util.ArrayList<>();
        int at = 0;
        for (int i = 0; i < lines.length; i++) {
            sentences.add(new Sentence(new Span(at, at + lines[i].length()), i, i == 0));
            at += lines[i].length() + 1;
        }
        Document d = Document.of("t.txt", "test", "", null, null, "en", text, List.of()).withSentences(sentences);
        return STAGE.apply(d).quantities();
    }

    @Test
    void aShareKeepsItsWordsAndItsSignReadsAsPercent() {
        assertThat(run("Turnout was 41% in the north, 38 per cent in the south and 35 percent elsewhere."))
                .extracting(Quantity::unit).containsExactly("percent", "percent", "percent");
    }

    @Test
    void aDollarSignWithItsCountrysLettersIsWrittenWithThem() {
        assertThat(run("Strikers asked for US$25 a day; the firm offered S$30 and a $5 bonus."))
                .extracting(Quantity::text, Quantity::unit)
                .containsExactly(tuple("US$25", "US$"), tuple("S$30", "S$"), tuple("$5", "$"));
    }

    @Test
    void aTitlesCountWrittenAgainInTheBodyStaysInTheTitle() {
        List<Quantity> found = titled("Court upholds detention of 9 reporters",
                "A court upheld the detention of 9 reporters on Tuesday.");
        assertThat(found).extracting(Quantity::text).containsExactly("9 reporters");
        assertThat(found.get(0).span().start()).isLessThan(40);
    }

    @Test
    void aTitlesCountTheBodyBoundsOtherwiseStays() {
        assertThat(titled("Police kill seven miners in strike",
                "Police killed at least seven miners on Monday.")).extracting(Quantity::text)
                .containsExactly("seven miners", "at least seven miners");
        // contrast: the same figure restated with the same qualifier is one record
        assertThat(titled("Police kill seven in strike",
                "Police killed seven miners on Monday.")).extracting(Quantity::text)
                .containsExactly("seven miners");
    }

    @Test
    void overAHundredInDigitsIsMoreThan() {
        assertThat(run("Police detained over a 100 striking nurses."))
                .extracting(Quantity::text, Quantity::value, Quantity::qualifier)
                .containsExactly(tuple("over a 100 striking nurses", 100.0, Qualifier.MORE_THAN));
        // contrast: "a 17 per cent rise" has no qualifier before the article
        assertThat(run("They won a 17 per cent rise.")).extracting(Quantity::qualifier)
                .containsExactly(Qualifier.EXACT);
    }

    @Test
    void anAddressAPartOfAnArticleAndASpanishDayAreNoCounts() {
        assertThat(run("A fire was seen in the 4200 block of Lake Street.")).isEmpty();
        assertThat(run("They were charged under article 212, part 2 of the code.")).isEmpty();
        assertThat(run("She lives in the 23 de enero district of the capital.")).isEmpty();
        // contrast: a count before "blocks" stays a count
        assertThat(run("Police sealed off 12 blocks of the old town.")).extracting(Quantity::value)
                .containsExactly(12.0);
    }

    @Test
    void oneBeforeATollNounOrAFarVerbIsACount() {
        assertThat(run("The ministry had confirmed one death by then.")).extracting(Quantity::text)
                .containsExactly("one death");
        assertThat(run("One guard has also been killed.")).extracting(Quantity::text)
                .containsExactly("One guard");
        assertThat(run("Witnesses said one man had been beheaded.")).extracting(Quantity::text)
                .containsExactly("one man");
        // contrast: "one" as a pronoun stays out
        assertThat(run("One of the organisers spoke to reporters.")).isEmpty();
    }

    @Test
    void aSimplePastOrPresentAfterTheNounEndsTheUnit() {
        assertThat(run("Three opposition parties overcame the threshold.")).extracting(Quantity::unit)
                .containsExactly("opposition parties");
        assertThat(run("About 500 farmers provide milk to the plant.")).extracting(Quantity::unit)
                .containsExactly("farmers");
        assertThat(run("Nine opposition parties boycott polls in protest.")).extracting(Quantity::unit)
                .containsExactly("opposition parties");
        assertThat(run("Two of the wounded underwent surgery.")).extracting(Quantity::unit)
                .doesNotContain("wounded underwent surgery");
    }

    @Test
    void anApproximateAgeAndSharedOrFractionalYearsAreNoCounts() {
        assertThat(run("Karim Nouri, about 39, was arrested in May.")).isEmpty();
        assertThat(run("They received 15 and 12-year jail sentences.")).isEmpty();
        assertThat(run("He was sentenced to 2½ years in prison.")).isEmpty();
        assertThat(run("They are held in detention center 1 until March.")).isEmpty();
        // contrast: a count with "about" set off by commas after a place stays
        assertThat(run("In Tabriz, about 300, mostly students, marched.")).extracting(Quantity::value)
                .containsExactly(300.0);
    }

    @Test
    void allFourAfterFourIsOneRecord() {
        assertThat(titled("Arrests in the capital", "Police held four activists on Monday.",
                "All four are members of the movement.")).extracting(Quantity::text)
                .containsExactly("four activists");
    }

    @Test
    void itemsOfAListAfterAColonCountThePeopleNotThePlaces() {
        assertThat(run("At least 31 people were killed in seven towns on Saturday: namely seven in Jebla; three in Homs."))
                .extracting(Quantity::unit).containsExactly("people", "towns", "people", "people");
    }

    @Test
    void aPartOfAWholeWithAQualifierCountsTheWholesNoun() {
        assertThat(run("Police said they detained 420 of about 500 marchers there."))
                .extracting(Quantity::unit).containsExactly("marchers", "marchers");
    }

    @Test
    void pastAfterAWordOfChangeIsMoreThan() {
        assertThat(run("The force is expected to grow past 1,000 soon."))
                .extracting(Quantity::text, Quantity::qualifier, Quantity::unit)
                .containsExactly(tuple("past 1,000", Qualifier.MORE_THAN, null));
        // contrast: a place passed is no bound
        assertThat(run("Marchers walked past 300 riot police.")).extracting(Quantity::qualifier)
                .containsExactly(Qualifier.EXACT);
    }

    @Test
    void aCapitalisedWordOpeningAQuoteIsNoName() {
        assertThat(run("The report was out. \u201cAnother 17 were killed in the east,\u201d it said."))
                .extracting(Quantity::value).containsExactly(17.0);
        // contrast: a name with a number in brackets stays a name
        assertThat(run("ERBIL (Kurdistan 24) reported the clashes.")).isEmpty();
    }
}
