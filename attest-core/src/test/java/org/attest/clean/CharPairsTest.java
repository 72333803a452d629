package org.attest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CharPairsTest {
    private static final List<String> NEEDLES = List.of("follow us", "all rights reserved", "min read", "photo",
            "editing by", "x", "newsletter");

    @Test
    void neverRulesOutANeedleTheLowerCaseHolds() {
        for (String line : List.of("Follow Us on Twitter", "Copyright \u00a9 2022 ALL RIGHTS RESERVED", "3 Min Read",
                "\u201cPhoto\u201d: a crowd", "(Editing by Jane Roe)", "X", "Sign up for our NEWSLETTER today",
                "The union said 2,000 joined.", "\u0130stanbul follow us", "Kelvin \u212a photo")) {
            CharPairs pairs = CharPairs.of(line);
            String lower = LinePatterns.needleForm(line);
            for (String needle : NEEDLES) {
                if (lower.contains(needle)) {
                    assertThat(pairs.mayHold(CharPairs.ofNeedle(needle))).as(line + " / " + needle).isTrue();
                }
            }
        }
    }

    @Test
    void rulesOutNeedlesWhosePairsTheLineLacks() {
        CharPairs pairs = CharPairs.of("The union said 2,000 joined.");
        assertThat(pairs.mayHold(CharPairs.ofNeedle("newsletter"))).isFalse();
        assertThat(pairs.mayHold(CharPairs.ofNeedle("all rights reserved"))).isFalse();
        assertThat(pairs.mayHold(CharPairs.ofNeedle("union"))).isTrue();
        assertThat(CharPairs.ALL.mayHold(CharPairs.ofNeedle("newsletter"))).isTrue();
    }
}
