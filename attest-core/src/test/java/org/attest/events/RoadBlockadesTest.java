package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.doc;
import static org.attest.events.TestDocs.sentencesOf;

import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * A road closed by people is a protest however the sentence tells it: a road blocked by anyone but
 * the police, troops or the weather, stones or tyres laid across it, bonfires lit on it, and a road
 * blockade even when the police clear it (round protest50, invented sentences).
 */
class RoadBlockadesTest {

    @Test
    void aRoadBlockedByPeopleIsAProtest() {
        String s = "Fishermen blocked a coastal road outside Varnel for six hours on Monday.";
        Document d = doc().published("2026-05-05").paragraph(s).build();
        assertThat(sentencesOf(d, "protest")).containsExactly(s);
    }

    @Test
    void aRoadBlockedByTheWeatherOrFundsForARoadAreNot() {
        String snow = "Heavy snow blocked the mountain road above Varnel on Monday.";
        String funds = "The council blocked funding for the ring road project in Varnel on Monday.";
        Document d = doc().published("2026-05-05").paragraph(snow).paragraph(funds).build();
        assertThat(sentencesOf(d, "protest")).isEmpty();
    }

    @Test
    void stonesAcrossARoadAndBonfiresOnItAreAProtest() {
        String s = "Before dawn on Tuesday, villagers placed rocks across the road to the quarry near Varnel.";
        String t = "Youths lit bonfires at the main junction of the highway into Pellan on Wednesday.";
        Document d = doc().published("2026-05-07").paragraph(s).paragraph(t).build();
        assertThat(sentencesOf(d, "protest")).containsExactly(s, t);
    }

    @Test
    void aRoadBlockadeThePoliceClearIsStillAProtest() {
        String s = "Riot police cleared a road blockade on the river highway near Varnel on Thursday.";
        Document d = doc().published("2026-05-08").paragraph(s).build();
        assertThat(sentencesOf(d, "protest")).containsExactly(s);
    }

    @Test
    void aNavalBlockadeIsNot() {
        String s = "Two more countries joined the naval blockade of the island on Friday.";
        Document d = doc().published("2026-05-09").paragraph(s).build();
        assertThat(sentencesOf(d, "protest")).isEmpty();
    }
}
