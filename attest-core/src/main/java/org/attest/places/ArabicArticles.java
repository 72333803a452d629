package org.attest.places;

/** Arabic articles written in lower case before a hyphen in names: "Bab al-Tabbaneh", "Ras el-Ain", "al-Awamiyah". */
final class ArabicArticles {
    /** The articles, as written before the hyphen. */
    static final WordSet WORDS = WordSet.of("al", "el", "ad", "ar", "as", "ash", "an", "az", "at", "ul");

    private ArabicArticles() {}

    /**
     * True when word {@code i} is a lower-case article joined by a hyphen to a capitalised word:
     * the article opens or continues a name as a capitalised word would ("the village of
     * al-Daih", "Sitra, Bilad al-Qadeem and other villages"), though the word is not capitalised.
     */
    static boolean opensName(Tokens t, int i) {
        return i + 1 < t.size && !t.capitalized(i) && t.gapIs(i, "-") && t.capitalized(i + 1) && WORDS.has(t, i);
    }
}
