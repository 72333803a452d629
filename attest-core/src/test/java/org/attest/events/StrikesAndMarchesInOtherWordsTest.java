package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.doc;
import static org.attest.events.TestDocs.sentencesOf;

import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * Strikes and marches told without their nouns (round protest50, invented sentences): workers who
 * down tools or stop work in a dispute, stoppages counted in a strike, gig drivers who switch off
 * their apps (strikes: `other`), people who set off on foot or ride in convoy to press a demand, and
 * farmers who come with their tractors (protests). Troops in convoy, stoppage time and work stopped
 * with no dispute are none.
 */
class StrikesAndMarchesInOtherWordsTest {

    @Test
    void workersWhoDownToolsOrStopWorkInADisputeStrike() {
        String down = "Dock workers in Dorvik downed tools on Monday over unpaid overtime.";
        String stop = "The radiographers' union said its members would stop work from May 4 if the pay offer was not improved.";
        Document d = doc().published("2026-04-27").paragraph(down).paragraph(stop).build();
        assertThat(sentencesOf(d, "other")).containsExactly(down, stop);
    }

    @Test
    void stoppagesOfAStrikeAndAppsSwitchedOffAreStrikes() {
        String stoppages = "Organisers said adherence was above 80% nationwide, with total stoppages at the car plants of Pellan.";
        String apps = "Delivery riders in Dorvik switched off their apps for six hours on Tuesday.";
        Document d = doc().published("2026-04-29").paragraph(stoppages).paragraph(apps).build();
        assertThat(sentencesOf(d, "other")).containsExactly(stoppages, apps);
    }

    @Test
    void stoppageTimeAndWorkStoppedWithoutADisputeAreNot() {
        String football = "Dorvik scored the winner in stoppage time on Saturday.";
        String works = "Builders had to stop work on the bridge in Pellan on Friday because of the flood.";
        Document d = doc().published("2026-05-04").paragraph(football).paragraph(works).build();
        assertThat(sentencesOf(d, "other")).isEmpty();
    }

    @Test
    void peopleOnFootOrInConvoyAndFarmersWithTractorsProtest() {
        String foot = "On Monday, 200 miners set off on foot from Dorvik towards the capital to hand in their demands.";
        String convoy = "Taxi drivers rode in convoy to the transport ministry in Pellan on Wednesday.";
        String tractors = "Farmers tried to enter the wholesale market in Pellan with tractors on Thursday.";
        Document d = doc().published("2026-05-04").paragraph(foot).paragraph(convoy).paragraph(tractors).build();
        assertThat(sentencesOf(d, "protest")).containsExactly(foot, convoy, tractors);
    }

    @Test
    void troopsInConvoyAreNot() {
        String s = "Troops drove in convoy to the border town of Pellan on Wednesday.";
        Document d = doc().published("2026-05-06").paragraph(s).build();
        assertThat(sentencesOf(d, "protest")).isEmpty();
    }
}
