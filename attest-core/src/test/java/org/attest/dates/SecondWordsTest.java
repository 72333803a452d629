package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.dates.DateLexicon.RelativePhrase;
import org.attest.dates.DateLexicon.RelativeUnit;
import org.junit.jupiter.api.Test;

/** The relative phrases filed by second word: every phrase that can match is offered, in the list's order. */
class SecondWordsTest {
    private static RelativePhrase phrase(String words) {
        return new RelativePhrase(List.of(words.split(" ")), RelativeUnit.DAY, 0, false);
    }

    private static final RelativePhrase DAY_LATER = phrase("a day later");
    private static final RelativePhrase WEEK_AGO = phrase("a week ago");
    private static final RelativePhrase WEEK_LATER = phrase("a week later");
    private static final RelativePhrase ALONE = phrase("a");
    private static final SecondWords BY_SECOND = new SecondWords(List.of(DAY_LATER, WEEK_AGO, WEEK_LATER, ALONE));

    private static List<RelativePhrase> after(String text) {
        int e = 1; // the first word, "a", is text[0, 1)
        int p = e;
        while (p < text.length() && text.charAt(p) == ' ') {
            p++;
        }
        int we = p;
        while (we < text.length() && Character.isLetter(text.charAt(we))) {
            we++;
        }
        return BY_SECOND.candidates(text, e, p, we);
    }

    @Test
    void offersThePhrasesOfTheFollowingWordInAnyCaseAndTheOneWordPhrases() {
        assertThat(after("a Week on")).containsExactly(WEEK_AGO, WEEK_LATER, ALONE);
        assertThat(after("a day or two")).containsExactly(DAY_LATER, ALONE);
        assertThat(after("a pause")).containsExactly(ALONE);
        assertThat(after("a,week")).containsExactly(ALONE);
    }

    @Test
    void offersEveryPhraseWhenTheFollowingWordIsNotAscii() {
        // "weeK" with a Kelvin sign: String.regionMatches ignoring case takes it for "week"
        assertThat(after("a wee\u212A ago")).containsExactly(DAY_LATER, WEEK_AGO, WEEK_LATER, ALONE);
    }
}
