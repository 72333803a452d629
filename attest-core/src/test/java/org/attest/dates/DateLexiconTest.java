package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import org.attest.dates.DateLexicon.Need;
import org.attest.dates.DateLexicon.RelativeUnit;
import org.junit.jupiter.api.Test;

class DateLexiconTest {
    private final DateLexicon lexicon = DateTesting.LEXICON;

    @Test
    void monthsAndTheirAmbiguity() {
        assertThat(lexicon.word("november").month()).isEqualTo(11);
        assertThat(lexicon.word("november").monthNeed()).isEqualTo(Need.NONE);
        assertThat(lexicon.word("may").monthNeed()).isEqualTo(Need.CONTEXT);
        assertThat(lexicon.word("sept").monthNeed()).isEqualTo(Need.NUMBER);
    }

    @Test
    void weekdaysAndPersianMonths() {
        assertThat(lexicon.word("saturday").weekday()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(lexicon.word("aban").persianMonth()).isEqualTo(8);
        assertThat(lexicon.word("آبان").persianMonth()).isEqualTo(8);
        assertThat(lexicon.word("mehr").persianNeed()).isEqualTo(Need.NUMBER);
    }

    @Test
    void relativePhrasesAreIndexedByFirstWordLongestFirst() {
        var phrases = lexicon.word("the").phrases();
        assertThat(phrases).isNotEmpty();
        assertThat(phrases.get(0).words().size()).isGreaterThanOrEqualTo(phrases.get(phrases.size() - 1).words().size());
        assertThat(lexicon.word("yesterday").phrases().get(0).unit()).isEqualTo(RelativeUnit.DAY);
        assertThat(lexicon.word("yesterday").phrases().get(0).offset()).isEqualTo(-1);
    }

    @Test
    void contextWords() {
        assertThat(lexicon.isCountNoun("people")).isTrue();
        assertThat(lexicon.isCountBefore("some")).isTrue();
        assertThat(lexicon.isYearBefore("since")).isTrue();
        assertThat(lexicon.isModifier("the summer of")).isTrue();
        assertThat(lexicon.word("protest")).isNull();
    }
}
