package org.attest.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinHashTest {
    private static final MinHash HASH = new MinHash(100, 4, 7L);
    private static final String FIRST = "The council met on Tuesday evening to discuss the budget for schools and roads.";
    private static final String SECOND = "A storm closed the harbour for two days; ferries to the islands were cancelled.";

    @Test
    void wordsAreRunsOfLettersAndDigitsWhateverTheCaseAndPunctuation() {
        assertThat(HASH.signature("the council met on tuesday, evening")).isEqualTo(HASH.signature("The  council-met ON\tTuesday evening!"));
        assertThat(HASH.signature("ein Überfall in Köln am 3. März")).isEqualTo(HASH.signature("EIN ÜBERFALL IN KÖLN AM 3 MÄRZ"));
        assertThat(HASH.signature("the council met on tuesday")).isNotEqualTo(HASH.signature("the council met on thursday"));
        assertThat(HASH.signature("snake_case joins no words")).isEqualTo(HASH.signature("snake case joins no words"));
    }

    @Test
    void textsOfFewerWordsThanAShingleHaveNoSignature() {
        assertThat(HASH.signature("three short words")).isNull();
        assertThat(HASH.signature("... !!! ...")).isNull();
        assertThat(HASH.signature("now four short words")).isNotNull();
    }

    @Test
    void aTextAndItsPartsAreSignedInOnePassAsIfApart() {
        MinHash.Words words = new MinHash.Words();
        words.add("Dateline");
        int firstStart = words.size();
        words.add(FIRST);
        int firstEnd = words.size();
        words.add("");
        int secondStart = words.size();
        words.add(SECOND);
        int secondEnd = words.size();
        words.add("Too short");
        long[][] sigs = HASH.signatures(words, new int[] {firstStart, secondStart, secondEnd},
                new int[] {firstEnd, secondEnd, words.size()});
        String whole = String.join("\n", "Dateline", FIRST, "", SECOND, "Too short");
        assertThat(sigs[0]).isEqualTo(HASH.signature(whole));
        assertThat(sigs[1]).isEqualTo(HASH.signature(FIRST));
        assertThat(sigs[2]).isEqualTo(HASH.signature(SECOND));
        assertThat(sigs[3]).isNull();
    }
}
