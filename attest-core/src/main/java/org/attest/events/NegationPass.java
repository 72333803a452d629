package org.attest.events;

import java.util.ArrayList;
import java.util.List;

/**
 * Drops a hit that does not report an event ({@code guards.tsv}): a negation among the words just
 * before it ("no protests were held", "were not arrested"), a hypothetical, forecast or purpose
 * phrase a little further before it in the same clause ("could be executed", "analysts believe it
 * will be boycotted", "in order to promote a boycott"), or a head noun right after it that the
 * trigger only modifies ("the execution rate"), an object that makes it a figure of speech ("an
 * assault on press freedom"), a participle that only describes the people
 * after it ("relatives of executed protesters"), or a modal right after it ("a new uprising could
 * erupt", "an election must be held"), or a denied coming-about right after a noun ({@link UnheldSubjects}:
 * "a second protest has not been announced"), or a passive whose subject "no" opens ({@link NoneSubjects}: "No
 * journalist had been arrested"), or an execution, killing or arrest not yet done ("his execution slated for Sunday",
 * "set to be executed", "moved for execution", "action to prevent their execution"), or a trigger
 * word inside a name ("the All People's Congress", "the #FairFares protests") or a title ({@link TitleWords}), or a trend ({@link TrendAfter}: "executions are on the rise"), or a noun whose ban is told
 * ("demonstrations have been banned since 2022"), or a participant noun that names people
 * ({@link PersonNouns}: "the protester's life", "release 2,342 protestors"), or a step told in a
 * relative clause before the event it led to ({@link RelativeClauses}: "men who were sentenced to
 * death ... were executed"), or any hit of a sentence that asks a question ({@link Questions}: "Why arrest
 * them?"), or a vote or arrest only asked for ({@link Demands}: "demanding early elections"), or an attack
 * noun given as a speaker's label ({@link Characterisations}: "what he called an attack on the republic"), or an
 * attack given as an arrest's reason ({@link ArrestReasons}: "arrested for attacking officers"), or "fire"
 * that is a blaze ({@link BurningFire}: "set on fire on the avenue"), or a protest that is a comparison's
 * landmark ({@link SinceLandmarks}: "the lowest since the 1979 revolution"), or a protest the press
 * was covering ({@link CoveredProtests}: "detained while filming a vigil"), or one a report is about
 * ({@link ReportTopics}: "a report on the sit-ins"), or any but a saying in a sentence that opens with a
 * condition ({@link ConditionalSentences}: "If no party wins, a second round will be held"), or an
 * election "boycotted by" a share of its voters ({@link VoterBoycotts}: a turnout claim, no call), or
 * slogans a boycott call is spread with ({@link CampaignMeans}: "campaigned for a boycott with posters"), or a
 * participle of a running total ({@link RaisedTallies}: "bring to 140 the number of people executed"), or a
 * monitor's or a year's total ({@link CountedTotals}: "counted 611 executions in 2021"), or a toll summed up over
 * years ({@link YearTolls}: "the rebellion has killed 30,000 since 2011"), or an
 * event a picture shows ({@link PicturedEvents}: "photographs of the 2019 rallies"). Words
 * after the trigger are otherwise not looked at, since "the arrests have not stopped them" still
 * reports arrests.
 */
final class NegationPass implements HitPass {
    private final EventLexicon lexicon;

    NegationPass(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "negation";
    }

    @Override
    public List<Hit> apply(SentenceContext sentence, List<Hit> hits) {
        if (Questions.asked(sentence.tokens())) {
            return List.of(); // a question tells no happening
        }
        Guards guards = lexicon.guards();
        List<Hit> kept = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            boolean head = !h.actionForm(sentence.tokens()) && guards.modifierOfHead(sentence.tokens(), h.last())
                    || guards.figurativeAfter(sentence.tokens(), h.last());
            if (!head && !guards.guardedBefore(sentence.tokens(), h.first()) && !NonEvents.adjectival(sentence.tokens(), h)
                    && !NonEvents.modalAfter(sentence.tokens(), h) && !UnheldSubjects.denied(sentence.tokens(), h)
                    && !NoneSubjects.denied(sentence.tokens(), h) && !NotYetHappened.notYet(sentence.tokens(), h)
                    && !TriggerNames.inName(sentence.tokens(), h) && !TitleWords.inTitle(sentence.tokens(), h)
                    && !TrendAfter.trend(sentence.tokens(), h)
                    && !NonEvents.bannedSubject(sentence.tokens(), h) && !Demands.demanded(sentence.tokens(), h)
                    && !PersonNouns.namesPeople(sentence.tokens(), h) && !Characterisations.labelled(sentence.tokens(), h)
                    && !RelativeClauses.stepOfLaterEvent(sentence.tokens(), h, hits)
                    && !ArrestReasons.reasonOfArrest(sentence.tokens(), h) && !BurningFire.blaze(sentence.tokens(), h)
                    && !SinceLandmarks.landmark(sentence.tokens(), h) && !CoveredProtests.covered(sentence.tokens(), h)
                    && !ReportTopics.subject(sentence.tokens(), h) && !QuoteLabels.label(sentence.tokens(), h)
                    && !ConditionalSentences.conditional(sentence.tokens(), h)
                    && !VoterBoycotts.turnoutClaim(sentence.tokens(), h)
                    && !RaisedTallies.tallied(sentence.tokens(), h)
                    && !CountedTotals.counted(sentence.tokens(), h) && !YearTolls.summedUp(sentence.tokens(), h)
                    && !PicturedEvents.pictured(sentence.tokens(), h)
                    && !CampaignMeans.means(sentence.tokens(), h, hits)) {
                kept.add(h);
            }
        }
        return kept;
    }
}
