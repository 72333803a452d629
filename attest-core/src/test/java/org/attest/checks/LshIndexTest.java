package org.attest.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LshIndexTest {
    private static final MinHash HASH = new MinHash(100, 4, 7L);
    private static final String BASE = "the council met on tuesday evening to discuss the new budget for schools, "
            + "roads and the central library, and voted to delay the decision on the bus depot until the spring "
            + "after residents of the northern districts asked for more time to study the plans";

    @Test
    void nearCopiesShareAClusterAndOtherTextsDoNot() {
        LshIndex index = new LshIndex(20, 5, 0.7);
        int a = index.add(HASH.signature(BASE));
        int b = index.add(HASH.signature(BASE.replace("tuesday", "wednesday")));
        int c = index.add(HASH.signature("a storm closed the harbour for two days and ferries to the islands were "
                + "cancelled while fishermen waited for the wind to drop before going back out to sea"));
        assertThat(index.cluster(b)).isEqualTo(index.cluster(a));
        assertThat(index.cluster(c)).isNotEqualTo(index.cluster(a));
        assertThat(index.similarity(b)).isBetween(0.7, 1.0);
    }

    @Test
    void clustersAreTransitiveAndShortTextsStayAlone() {
        LshIndex index = new LshIndex(20, 5, 0.7);
        int a = index.add(HASH.signature(BASE));
        int b = index.add(HASH.signature(BASE + " and the meeting ended late"));
        int c = index.add(HASH.signature(BASE + " and the meeting ended late, after midnight"));
        int tiny = index.add(HASH.signature("too short"));
        assertThat(index.cluster(c)).isEqualTo(index.cluster(a)).isEqualTo(index.cluster(b));
        assertThat(HASH.signature("too short")).isNull();
        assertThat(index.cluster(tiny)).isEqualTo(tiny);
    }

    @Test
    void similarityEstimatesJaccard() {
        assertThat(MinHash.similarity(HASH.signature(BASE), HASH.signature(BASE))).isEqualTo(1.0);
        assertThat(MinHash.similarity(HASH.signature(BASE), HASH.signature("completely different words about "
                + "weather and harbours and ferries and fishermen and storms"))).isLessThan(0.1);
    }

    @Test
    void copiesThatOpenNoBucketOfTheirOwnStillJoin() {
        // the second and third copies find every band taken, so the index keeps no signature of
        // theirs; the later near-copy is compared with the first member and joins all three
        LshIndex index = new LshIndex(20, 5, 0.7);
        int a = index.add(HASH.signature(BASE));
        int b = index.add(HASH.signature(BASE));
        int c = index.add(HASH.signature(BASE));
        int d = index.add(HASH.signature(BASE.replace("spring", "summer")));
        assertThat(index.cluster(b)).isEqualTo(index.cluster(a)).isEqualTo(index.cluster(c)).isEqualTo(index.cluster(d));
        assertThat(index.similarity(b)).isEqualTo(1.0);
        assertThat(index.similarity(d)).isBetween(0.7, 1.0);
    }

    @Test
    void manyUnrelatedTextsStayApartAndALateCopyFindsItsOriginal() {
        String[] vocabulary = BASE.split(" ");
        java.util.SplittableRandom r = new java.util.SplittableRandom(5);
        LshIndex index = new LshIndex(20, 5, 0.7);
        String[] texts = new String[500];
        for (int i = 0; i < texts.length; i++) {
            StringBuilder sb = new StringBuilder();
            for (int w = 0; w < 40; w++) {
                sb.append(vocabulary[r.nextInt(vocabulary.length)]).append(' ');
            }
            texts[i] = sb.toString();
            assertThat(index.add(HASH.signature(texts[i]))).isEqualTo(i);
        }
        int copy = index.add(HASH.signature(texts[123].replaceFirst(" \\w+ ", " budget ")));
        assertThat(index.cluster(copy)).isEqualTo(index.cluster(123));
        assertThat(java.util.stream.IntStream.range(0, texts.length).map(index::cluster).distinct().count())
                .isEqualTo(texts.length);
    }
}
