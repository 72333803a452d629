package org.attest.events;

import java.util.Set;

/**
 * One type of the event taxonomy and its ACLED export codes.
 *
 * @param name              the Attest type ("protest", "arrest", ...)
 * @param acledEventType    ACLED event_type ("Protests", "Strategic developments", ...)
 * @param acledSubEventType ACLED sub_event_type ("Peaceful protest", "Arrests", ...)
 * @param disorderType      ACLED disorder_type ("Demonstrations", "Political violence", ...)
 * @param description       what the type covers, for people
 * @param absorbsParticipants true when participant nouns beside it ("demonstrators were
 *                          killed") name its victims rather than a protest of their own
 * @param onePerReport      true when a report usually speaks of one such event (an election), so a
 *                          later undated mention takes the date of the last dated one
 * @param pointsBackTo      other types whose earlier report a "the ..." mention of this type may
 *                          point back to ("the rally" after a reported protest)
 */
public record EventType(String name, String acledEventType, String acledSubEventType,
                        String disorderType, String description, boolean absorbsParticipants,
                        boolean onePerReport, Set<String> pointsBackTo) {
    public EventType {
        pointsBackTo = Set.copyOf(pointsBackTo);
    }
}
