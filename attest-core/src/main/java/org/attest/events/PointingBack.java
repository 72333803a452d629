package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attest.model.DateMention;

/**
 * Hits that tell again, or only point back to, an event the report has already given: the step of
 * {@link EventStage} that keeps a retold protest, its participants and its policing from counting
 * as new events.
 */
final class PointingBack {
    private PointingBack() {}

    /**
     * Drops hits that point back to an event of their type the report has already given ("the
     * hashtag", "their slogans", "chanted slogans against the executions on Thursday"), and a lone
     * participant noun or a crowd's policing in a sentence that names no place ("several
     * demonstrators were beaten", "police then fired tear gas"), unless a date of the sentence is
     * their own; participants going on with it where the sentence has no place or date ("about 400
     * demonstrators had gathered by dusk"), and an event named by its day ("Monday's protests").
     * {@code own} holds the sentence's dates as the phrase pointing back may claim them: in a report
     * with no publication date, also the days nobody can resolve.
     */
    static List<Hit> without(EventLexicon lexicon, List<Hit> hits, List<Hit> raw, List<DateMention> here,
                            List<DateMention> own,
                            List<Token> tokens, Guards guards, Set<String> reported, List<Integer> places,
                            boolean undated, Set<Hit> pointing, Retellings retellings) {
        boolean noPlace = places.isEmpty();
        List<Hit> all = hits; // "arrested in May during the protests": the known scene, told here or not, is no news
        // "executions linked to the protests": the matter of the execution, no protest told
        hits = HitLists.matching(all, h -> !ToldSettings.knownSetting(tokens, h, all) && !ToldSettings.matterOf(tokens, h, all)
                && !ToldSettings.causeOf(tokens, h, all));
        if (reported.isEmpty() || hits.isEmpty()) {
            return hits;
        }
        DatePass.Plan plan = null;
        List<Hit> kept = new ArrayList<>(hits.size());
        Hit pointedBack = null; // the last hit dropped as pointing back: an apposition after it renames it
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            boolean told = lexicon.reportedAlready(Strikes.kind(h), reported);
            if (told && pointedBack != null && Strikes.kind(pointedBack).equals(Strikes.kind(h)) && Appositions.renames(tokens, pointedBack, h)) {
                continue; // "The protests, the fifth round of demonstrations since the vote, were organised by ..."
            }
            // participants going on with a protest told before, with no place or date of their own;
            // "Monday's protests": the day names the event told before and dates no new one
            if (told && (here.isEmpty() && noPlace && Participants.retold(hits, Strikes.kind(h), tokens, guards)
                    || MentionShapes.dayPossessive(tokens, h))) {
                continue;
            }
            // "several demonstrators had been beaten": participants of a protest already reported,
            // unless the sentence puts them somewhere of its own
            // "police dispersed the protesters in the capital, Lomé" after the Lomé protest was told:
            // a place the told event already had is none of the sentence's own
            boolean placeTold = noPlace || told && undated && retellings.placesTold(lexicon.pointsTo(Strikes.kind(h)), places);
            boolean participants = placeTold && (h.trigger().form() == Trigger.Form.PERSON
                    && (Participants.onlyMentions(hits, h, tokens, guards) || Participants.sufferer(h, tokens))
                    && !Participants.actingSubject(h, tokens) || Participants.policing(h, tokens));
            // "In Kelmar, the protests were peaceful": the subject at a town no told event of the type
            // had is that town's event, though the phrase points back
            boolean ownPlace = told && !noPlace && h.trigger().form() == Trigger.Form.NOUN
                    && Retellings.opensClause(tokens, h)
                    && (retellings.newPlace(lexicon.pointsTo(Strikes.kind(h)), places)
                    || retellings.partOfRoundUp(lexicon.pointsTo(Strikes.kind(h)), places));
            if (told && (participants || !ownPlace && guards.refersBack(tokens, h) || MentionShapes.campaignSubject(tokens, h)
                    || MentionShapes.namePossessive(tokens, h))) {
                // "rallied in Yazd on Wednesday" in an undated report: a day of its own, though
                // unknown, makes no retelling; the other tests keep to the days known. A quotation's
                // words ("the call for a boycott has gained momentum," he said on Wednesday) take
                // no day from the speech
                // "the group said on Wednesday it was looking into the arrests": the day is the speech's
                if ((QuotedDates.quoted(h, tokens) ? here : own).isEmpty() || SpeechDays.only(tokens, h, own)) {
                    pointedBack = h;
                    continue;
                }
                if (plan == null) {
                    plan = DatePass.plan(hits, HitLists.dropped(raw, hits), own, tokens, guards, lexicon);
                }
                // participants need a date of their own: "the president, who dismissed the
                // protesters, said on Sunday" dates the speech, not a protest
                // "killed in a crackdown on protests" in a sentence of November 2019, after this
                // year's protests were told: a time the told protests did not have, so others
                if (participants ? plan.attached().get(i).isEmpty() && !Participants.policingOfDatedForce(hits, plan.attached(), h, tokens)
                        : !plan.datesOwn(i, h, tokens, guards) && !(MentionShapes.crackdownTarget(tokens, h)
                                && SettingsOfHappenings.atAnotherTime(retellings, lexicon.pointsTo(Strikes.kind(h)), here))) {
                    pointedBack = participants ? pointedBack : h;
                    continue;
                }
                if (!participants && Retellings.opensClause(tokens, h)) {
                    pointing.add(h); // "the arrests took place on Sunday": dates the event told before
                }
            }
            if (told && here.isEmpty() && DefiniteVictims.retold(tokens, h)) {
                pointing.add(h); // "the man died of a gunshot wound" after his killing was told: that killing again
                kept.add(h);
                continue;
            }
            if (retellings.firingOfToldKilling(tokens, h, hits, here, places) || told && (retellings.toldSetting(tokens, h, hits, here, places)
                    || here.isEmpty() && ToldSettings.characterises(tokens, h) || Breakdowns.retold(tokens, h, here)
                    || ContinuingStates.of(tokens, h))) {
                continue; // "police then fired live ammunition" after the killing was told; "killed in three days of protests"; "two remain in custody"
            }
            // "those detained were criminals" (said last week) names the people held whatever the date: no new arrest
            if (ChargesOfTheHeld.of(tokens, h, reported) || ChargesOfTheHeld.releasedSince(tokens, h, reported)
                    || ChargesOfTheHeld.ofThoseHeld(tokens, h, reported, undated)
                    || told && MentionShapes.thoseParticiple(tokens, h)) {
                continue; // "those detained were charged with rioting", "have since been released" after the arrests were told
            }
            kept.add(h);
        }
        return kept;
    }
}
