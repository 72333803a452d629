package org.attest.dates;

/**
 * Narrative phrases of days that count from the day the text told last, whatever was told after
 * it. Static helpers of {@link DateStage}.
 */
final class ToldDayPhrases {
    private ToldDayPhrases() {}

    /**
     * True for a phrase of the very day told ("the same day", "that night"). After a paragraph
     * that told a day and then only a year ("were executed on January 25 ... sentenced in 2019. |
     * The prosecutor said the same day"), the year is too coarse to count a day from and the
     * report's own day is no "same day": the day told last is meant. Not "two days after the
     * strike began", which counts from the strike.
     */
    static boolean sameDay(Candidate c) {
        return c.expr().unit() == DateLexicon.RelativeUnit.DAY && c.expr().n() == 0;
    }

    /**
     * True for a narrative stretch of days after the day told last ("the following days", "the
     * days that followed"): a new date when it opens a sentence of its own ("Over the following
     * days, agents arrested ..."), none in the sentence of the day it follows ("erupted on October
     * 17 ... onto the streets in the following days": that event's stretch).
     */
    static boolean followingDays(Candidate c) {
        // "the ..." and plural days: not "two days later", which names one day
        return c.rule().startsWith(PhraseMatcher.NARRATIVE + "the-") && c.rule().contains("-days")
                && c.expr().unit() == DateLexicon.RelativeUnit.DAY && c.expr().n() > 0;
    }
}
