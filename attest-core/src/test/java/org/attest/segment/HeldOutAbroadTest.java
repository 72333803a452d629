package org.attest.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules from a held-out set of reports beyond Iran (December 2026): in a text whose lines are
 * whole paragraphs, a long headline or standfirst without a full stop is a piece of its own.
 */
class HeldOutAbroadTest {
    private static final SentenceSplitter SPLITTER = SentenceSplitter.withDefaults();

    private static List<String> texts(String text) {
        return SPLITTER.split(text).stream().map(s -> s.span().of(text)).toList();
    }

    @Test
    void longHeadlineBeforeACapitalisedLineStandsAlone() {
        String text = "Riot police detain hundreds of striking dock workers after the port stoppage\n"
                + "Police detained about 400 dock workers on Monday, the union said.\n"
                + "The strike entered its second week.";
        assertThat(texts(text)).containsExactly(
                "Riot police detain hundreds of striking dock workers after the port stoppage",
                "Police detained about 400 dock workers on Monday, the union said.",
                "The strike entered its second week.");
        assertThat(SPLITTER.split(text).get(0).heading()).isTrue();
    }

    @Test
    void wrappedTextStillJoinsItsLines() {
        // one line goes on in lower case ("wards\nand"): the text is wrapped, so the line that
        // ends on a name before a capital ("Omdurman\nTeaching Hospital") goes on too
        String text = "The doctors said that three marchers died on Sunday and the wounded were taken to Omdurman\n"
                + "Teaching Hospital, where the police fired tear gas into the wards\n"
                + "and corridors of the building.";
        assertThat(texts(text)).containsExactly(text);
    }

    @Test
    void lineEndingOnAWordThatLeavesTheSentenceOpenGoesOn() {
        String text = "The statement was read out at the gates of the factory by the head of the\n"
                + "Workers Committee, who asked for calm.";
        assertThat(texts(text)).containsExactly(text);
    }

    @Test
    void lineBeforeALowerCaseLineGoesOn() {
        // contrast: the one wrapped line of a text is itself the sign of wrapping
        String text = "Thousands of people marched through the centre of the city on Saturday afternoon\n"
                + "demanding the release of the detained students.";
        assertThat(texts(text)).containsExactly(text);
    }
}
