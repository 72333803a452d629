package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Round events92 (invented sentences): state media, television and outlets speak as a daily or an
 * agency does; an official's forecast is a statement; words told to state television or said in a
 * televised interview are given out in public; a leader's picture "set ablaze" is a protest as one
 * "set on fire" is; a member of an assembly speaks; a speaker who addresses a summit speaks even
 * when urging someone "to" act.
 */
class StateMediaAndSymbolsTest {

    @Test
    void stateMediaThatClaimOrDenyMakeAStatement() {
        assertThat(TestDocs.types("State media claimed that the pensioners had been paid by foreign groups."))
                .containsExactly("statement");
        assertThat(TestDocs.types("State television on Tuesday warned that anyone joining the strike in Kelmar would be fired."))
                .containsExactly("statement");
        // a denial is a statement; what it denies is no event (round r2d, DenialPassTest)
        assertThat(TestDocs.types("State television on Tuesday denied that anyone had been detained in Kelmar.")).containsExactly("statement");
        assertThat(TestDocs.types("Pro-government outlets accused the organisers of serving the enemy."))
                .containsExactly("statement");
    }

    @Test
    void stateMediaReportingIsAFrameOfWhatTheyReport() {
        assertThat(TestDocs.types("State TV reported that the organisers had confessed to taking money from abroad."))
                .containsExactly("statement");
        // an arrest the broadcaster reports is the news, not its report
        assertThat(TestDocs.types("State media reported that police arrested twelve pensioners in Kelmar on Monday."))
                .containsExactly("arrest");
    }

    @Test
    void anOfficialsForecastIsAStatement() {
        assertThat(TestDocs.types("The governor predicted on Monday that the crowds would disperse.")).containsExactly("statement");
        assertThat(TestDocs.types("Analysts predicted that the crowds would grow.")).isEmpty();
    }

    @Test
    void wordsGivenToTelevisionAreAStatement() {
        assertThat(TestDocs.types("Marta Velkova told state television that the wage arrears had been paid."))
                .containsExactly("statement");
        assertThat(TestDocs.types("A government spokesman said in a televised interview that the crisis was the work of enemies."))
                .containsExactly("statement");
    }

    @Test
    void aPictureSetAblazeIsAProtest() {
        assertThat(TestDocs.types("In Kelmar, two large pictures of the supreme leader and of the late security chief"
                + " Anton Berrow were set ablaze overnight.")).containsExactly("protest");
        assertThat(TestDocs.types("A portrait of the governor was set ablaze in the main square.")).containsExactly("protest");
    }

    @Test
    void aSpeakerWhoAddressesASummitAndUrgesSpeaks() {
        // the "to" of "urging the government to act" is no letter "addressed to" someone
        assertThat(TestDocs.types("The former senator addressed the summit on Monday, urging the government to end its silence."))
                .containsExactly("statement");
        assertThat(TestDocs.types("The petition was addressed to the regional governor.")).isEmpty();
    }

    @Test
    void aMemberOfAnAssemblySpeaks() {
        // one voice of many quoted after its words stays colour (OneVoiceQuotesTest)
        assertThat(TestDocs.types("\"We cannot pay rent on these wages,\" said one council member.")).isEmpty();
        // "the conference" told before: the speech at it is the news
        List<String> types = TestDocs.events(TestDocs.doc().paragraph("Exile groups held a conference in Lyon on Saturday.",
                "Lord Wexley, a veteran member of the upper house, told the conference that the world must act.").build())
                .stream().map(Event::type).toList();
        assertThat(types).containsExactly("rally", "statement");
    }
}
