package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which sentences are events, and of which types. All sentences are invented for these tests. */
class EventTypingTest {
    private static final EventStage STAGE = new EventStage(EventLexicon.load());

    static List<String> types(String sentence) {
        return STAGE.apply(TestDocs.sentence(sentence)).events().stream().map(Event::type).toList();
    }

    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', textBlock = """
        Hundreds of nurses protested outside the provincial hospital on Tuesday.     | protest
        Farmers took to the streets of the market town to demand water rights.      | protest
        Retirees chanted against rising prices in front of the pension office.      | protest
        Posters of the jailed poet appeared on walls across the old quarter.         | protest
        Bus drivers went on strike for a third day.                                  | other
        Graffiti denouncing the governor was sprayed on the bridge.                  | protest
        The union urged members to boycott the municipal vote.                       | boycott_call
        Exiled activists called for a nationwide boycott of the referendum.          | boycott_call
        Thousands joined an online campaign under the hashtag #FreeTheLawyers.       | online_campaign
        The presidential election will take place on a Friday in late spring.        | election
        Police arrested eleven students at the campus gate.                          | arrest
        Two reporters were taken into custody after the march.                       | arrest
        A revolutionary court sentenced the three labourers to death last week.      | death_sentence
        The prisoner was hanged at dawn despite appeals from his family.             | execution
        Guards shot dead two porters near the border crossing.                       | killing
        The opposition will hold its annual conference in the capital next month.   | rally
        Thousands of party members gathered in the stadium to hear the leader.      | rally
        Several hundred demonstrators gathered near the stadium on Sunday.          | protest
        Gunmen opened fire on a crowded bus station.                                 | attack
        Investigators said a plot to bomb the embassy had been foiled.               | attack
        The ministry announced new restrictions on mobile internet.                  | statement
        The bar association condemned the new press law in a letter.                 | statement
        The electoral council disqualified dozens of reformist candidates.           | other
        A court sentenced the union organiser to six years in prison.               | other
        The former mayor won the presidential runoff by a narrow margin.            | election
        The governor won the regional election by a wide margin.                     | election
        The student movement has called for a complete shutdown on Saturday.        | boycott_call
        A porter died after being shot by border guards near the pass.              | killing
        A teenager died of his injuries in the provincial hospital.                 | killing
        Turnout in the first round of the vote was the lowest on record.            | election
        Voters in two rural districts go to by-elections next week.                 | election
        Striking teachers blocked the road to the education office.                 | protest
        Demonstrators stormed the governor's compound and set tyres alight.          | protest
        Soldiers fired on a crowd of mourners near the cemetery.                    | attack
        A drone strike hit a militia base near the river.                           | attack
        Hundreds of people rallied outside the parliament as deputies debated.      | protest
        Four river towns were placed under martial law after the violence.          | other
        The army seized power in a military coup before dawn.                       | other
        The president dismissed the prime minister and his entire government.      | statement
        The new governor was sworn in at the provincial assembly.                   | other
        Two activists were transferred to solitary confinement last week.          | other
        Hundreds of inmates broke out of the district jail during the riot.         | other
        At least five protesters have died since Sunday, the monitor said.          | killing
        A shopkeeper died after being hit by a rubber bullet.                       | killing
        """)
    void typesOneEvent(String sentence, String type) {
        assertThat(types(sentence)).containsExactly(type);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The weather was warm.",
        "He is a member of the council.",
        "No protests were reported in the northern provinces.",
        "The activists were not arrested, officials insisted.",
        "Critics fear the prisoners could be executed.",
        "The death toll from the virus passed two thousand.",
        "The state television station broadcast a cooking show.",
        "The contrast between the two districts is striking.",
        "Results in four provincial assembly constituencies were delayed.",
        "The monitors demanded that those responsible for the killings be tried.",
        "Lawyers asked the court to investigate the arrests.",
        "Strikes at the mills have grown over the past few years.",
        "Neither strike lasted more than a day.",
        "The driver died of injuries sustained in a road accident.",
        "The defendant protested his innocence throughout the trial.",
        "Farmers cast a protest vote against the ruling party.",
        "Prison sentences for journalists grew longer in the decade.",
        "Two farmhands were accused of the killing of a landowner.",
        "The court found the driver guilty of the attack on the depot.",
        "The valley has a long history of election boycotts.",
        "The council fears a repeat of the riots.",
    })
    void noEvent(String sentence) {
        assertThat(types(sentence)).isEmpty();
    }

    @Test
    void killingDuringAProtestIsTheKillingAndTheProtest() {
        // the seeds give both for the killing of a movement's participants
        assertThat(types("Security forces killed four people during the protest in the square."))
                .containsExactlyInAnyOrder("killing", "protest");
        assertThat(types("Security forces killed four people as protesters marched through the square."))
                .containsExactlyInAnyOrder("killing", "protest");
    }

    @Test
    void participantsNamedAsVictimsAreNoProtestOfTheirOwn() {
        assertThat(types("Dozens of demonstrators were shot dead near the bridge."))
                .containsExactly("killing");
        assertThat(types("Protesters marched to the ministry.")).containsExactly("protest");
    }

    @Test
    void aDeathSentenceIsNotAlsoAnExecution() {
        assertThat(types("The court sentenced two young workers to execution on spying charges."))
                .containsExactly("death_sentence");
    }

    @Test
    void aMassacreOfPrisonersIsAnExecutionNotAKilling() {
        assertThat(types("He sat on the panel behind the massacre of thousands of political prisoners."))
                .containsExactly("execution");
    }

    @Test
    void boycottOfAnElectionIsACallNotAnElection() {
        assertThat(types("Student groups called for a boycott of the parliamentary elections."))
                .containsExactly("boycott_call");
    }

    @Test
    void aStreetRallyIsAProtestAndAConferenceRallyIsNot() {
        assertThat(types("Anti-government rallies spread to forty towns."))
                .containsExactly("protest");
        assertThat(types("The party held a rally for its candidates in a sports hall."))
                .containsExactly("rally");
    }

    @Test
    void aHeadingWithABareNounIsNoEvent() {
        var doc = TestDocs.doc().heading("A new wave of arrests").build();
        assertThat(STAGE.apply(doc).events()).isEmpty();
    }

    @Test
    void aHeadingThatStatesAnActionIsAnEvent() {
        var doc = TestDocs.doc().heading("Supporters call for a boycott of the local elections").build();
        assertThat(STAGE.apply(doc).events()).extracting(Event::type).containsExactly("boycott_call");
    }

    @Test
    void triggerRecordsTheLexiconLine() {
        var events = STAGE.apply(TestDocs.sentence("Two reporters were taken into custody.")).events();
        assertThat(events).singleElement().extracting(Event::trigger).isEqualTo("arrest:taken into custody");
    }

    @Test
    void aCaptionThatRepeatsTheBodyGivesNoEventOfItsOwn() {
        String caption = "Police arrested a blogger.";
        String body = "Police arrested the blogger Sami Noor at his home on Friday.";
        String text = caption + "\n\n" + body;
        var doc = org.attest.model.Document.of("b.txt", "test:", "0", null, null, "en", text,
                        List.of(new org.attest.model.Span(0, caption.length())))
                .withSentences(List.of(
                        new org.attest.model.Sentence(new org.attest.model.Span(0, caption.length()), 0, false),
                        new org.attest.model.Sentence(new org.attest.model.Span(caption.length() + 2, text.length()), 1, false)));
        assertThat(STAGE.apply(doc).events()).singleElement()
                .satisfies(e -> assertThat(e.span().start()).isEqualTo(caption.length() + 2));
    }
}
