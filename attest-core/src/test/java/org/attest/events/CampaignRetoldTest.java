package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.sentencesOf;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * An online campaign's later figures, dated only by the day its paragraph told, go over the same
 * campaign (round events93); a second hashtag of that day is a campaign of its own. Invented lines.
 */
class CampaignRetoldTest {
    @Test
    void theCampaignsFiguresThatDayAreNoSecondCampaign() {
        Document d = TestDocs.doc().published("2024-05-13")
                .heading("Dockers online")
                .paragraph("Dockers launched a Twitter storm with the hashtag #PortsStandStill on Sunday.",
                        "By nightfall it had been used in 40,000 tweets and was trending in three countries.")
                .date("Sunday", "2024-05-12", DatePrecision.DAY).build();
        assertThat(sentencesOf(d, "online_campaign")).hasSize(1).allMatch(s -> s.startsWith("Dockers launched"));
    }

    @Test
    void aSecondHashtagThatDayIsACampaignOfItsOwn() {
        Document d = TestDocs.doc().published("2024-05-13")
                .heading("Dockers online")
                .paragraph("Dockers launched a Twitter storm with the hashtag #PortsStandStill on Sunday.",
                        "A second hashtag, #PayTheDockers, was shared in 9,000 posts.")
                .date("Sunday", "2024-05-12", DatePrecision.DAY).build();
        assertThat(sentencesOf(d, "online_campaign")).hasSize(2);
    }
}
