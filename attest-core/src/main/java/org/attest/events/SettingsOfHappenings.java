package org.attest.events;

import java.util.List;
import java.util.Set;
import org.attest.model.DateMention;

/**
 * Sentences that tell two happenings, one the setting of the other: "four were shot dead when
 * protesters gathered outside the station". {@link Retellings} folds a later mention of a day's
 * event into its first telling; a mention that sets the scene for a happening of another type is
 * counted where it stands, as readers count each happening a sentence reports.
 */
final class SettingsOfHappenings {
    /** Types many speakers tell on one day: a statement beside a protest is words about it, no second happening. */
    private static final Set<String> MANY_PER_DAY = WordSets.named("many-per-day-types");
    /** Kinds that tell one happening between them: a strike and its strikers gathered ({@link Strikes#kind}). */
    private static final Set<String> ONE_HAPPENING = WordSets.named("one-happening-kinds");

    private SettingsOfHappenings() {
    }

    /**
     * True when the sentence tells, beside this type's event, a happening of another type that is
     * no statement: "protesters gathered outside the station" in "at least 30 people were shot dead
     * when protesters gathered outside the station", "riot police fired tear gas where protesters
     * had blocked the avenue". The gathering is then the setting of the other happening, told for
     * its sake, and readers count it in that sentence though the day's protest was told before.
     * A sentence that only goes over a told event gives it no company ("On Tuesday, the protesters
     * marched to the assembly"), nor does a strike its strikers gathered ("took part in the strike on
     * Sunday, gathering in front of the gate"): one happening, as when a strike was typed a protest.
     */
    static boolean toldBeside(String type, Set<String> sentenceTypes) {
        for (String other : sentenceTypes) {
            if (!other.equals(type) && !MANY_PER_DAY.contains(other)
                    && !(ONE_HAPPENING.contains(type) && ONE_HAPPENING.contains(other))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when every date the sentence gives contradicts the date of the latest told event of
     * these types: "In November 2019, hundreds were killed in a crackdown on protests" after this
     * autumn's protests were told. The protests of the crackdown are then others than those told,
     * though the plain plural could point back, and the sentence tells them beside the killing.
     */
    static boolean atAnotherTime(Retellings retellings, Set<String> types, List<DateMention> here) {
        if (here.isEmpty()) {
            return false;
        }
        for (DateMention m : here) {
            if (retellings.pointedTo(types, m.value()) >= 0) {
                return false;
            }
        }
        return true;
    }
}
