package org.attest.events;

import java.util.List;
import java.util.Map;
import org.attest.Stage;
import org.attest.dates.DateResolver;
import org.attest.internal.Validate;
import org.attest.model.Document;
import org.attest.model.Event;

/**
 * The events stage: adds {@link Event}s, in text order, to a document whose sentences, places,
 * dates and quantities have been found.
 *
 * <p>For each sentence: {@link TriggerPass} finds lexicon phrases; the passes {@link CuePass},
 * {@link VictimPass}, {@link NegationPass}, {@link AgentPass}, {@link AppealPass}, {@link BackgroundPass}, {@link HeadingPass},
 * {@link OverlapPass}, {@link SpeakerPass}, {@link SpokenOfEvents}, {@link DenialPass}, {@link ConditionalPlans}, {@link AwaitedConditions}, {@link OwnStaffQuotes} and {@link AttributionPass} run in that order; then, with the document read so far, a hit that points
 * back to an event of its type already reported ("the rally", "their slogans") and a sentence about
 * a habit ("for years") give no event unless the sentence states a date of its own. A statement
 * frame dropped for such a hit alone comes back: it is then the sentence's news. {@link DatePass}
 * gives each surviving hit its date(s); a hit the sentence does not date takes, for a
 * one-per-report type (an election), the last date the text gave that type, else the date
 * {@link DateResolver#outside} finds (paragraph, lead, publication week, the document's year). Places are the place mentions in the
 * sentence (else those of the previous sentence of the paragraph when it had a trigger of the same
 * type); quantities are those in the sentence, each given to the nearest event when the sentence
 * has several; {@link ActorFinder} and {@link ClaimantFinder} fill actors and claimant.
 * {@link Event#trigger()} is the lexicon line as {@code type:phrase}. Headings, picture captions
 * ({@link PictureCaptions}) and lines opening with a credit give events too, but {@link SummaryLines}
 * drops those the body beside them repeats, and a caption's when the body tells its type on its day.
 *
 * <p>Pure: no I/O, no shared mutable state; linear in the text (one table lookup per token, one
 * lexicon lookup per distinct word of the document, binary searches for dates). A document
 * without sentences is returned with no events.
 */
public final class EventStage implements Stage {
    private final EventLexicon lexicon;
    private final TriggerPass triggers;
    private final List<HitPass> passes;
    private final AttributionPass attribution = new AttributionPass();
    private final ActorFinder actors;
    private final ClaimantFinder claimants;
    /** The lexicon's rally lines by noun, for {@link RalliesAbroad}; gathered once, not per document. */
    private final Map<String, Trigger> rallyLines;

    public EventStage(EventLexicon lexicon) {
        this.lexicon = Validate.notNull(lexicon, "lexicon");
        this.triggers = new TriggerPass();
        // victims first: "warned against the execution of two protesters" names victims even when the execution is no event
        this.passes = List.of(new CuePass(), new VictimPass(lexicon), new NegationPass(lexicon), new AgentPass(),
                new AppealPass(), new BackgroundPass(), new HeadingPass(), new OverlapPass(), new OneGatheringPass(), new StrikePurposes(), new SloganPass(),
                new SpeakerPass(lexicon), new PersonalRemarks(lexicon), new StandingStances(), new DescribedPeople(), new SpokenOfEvents(), new DenialPass(), new ConditionalPlans(), new AwaitedConditions(), new CrowdControlForce(),
                new OwnStaffQuotes());
        this.actors = new ActorFinder(lexicon);
        this.claimants = new ClaimantFinder(lexicon);
        this.rallyLines = RalliesAbroad.rallyLines(lexicon);
    }

    @Override
    public String name() {
        return "events";
    }

    /** The lexicon this stage was built from. */
    public EventLexicon lexicon() {
        return lexicon;
    }

    @Override
    public Document apply(Document document) {
        return new ReportWalk(lexicon, triggers, passes, attribution, actors, claimants, rallyLines, document).events();
    }
}
