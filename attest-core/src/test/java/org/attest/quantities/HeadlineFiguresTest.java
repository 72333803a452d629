package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/**
 * A figure the opening headlines (kicker, title, second headline) give and the body states again is
 * the body's record. Invented sentences.
 */
class HeadlineFiguresTest {

    @Test
    void aSecondHeadlinesCountTheBodyStatesIsTheBodys() {
        List<Quantity> found = HeadingDocs.lines(List.of(0, 1, 2), "Harbour strike",
                "Dockers walk out for a third week",
                "Two photographers detained at the gates; union calls sit-in",
                "Guards at the port detained two photographers on Friday, their agency said.");
        assertThat(found).extracting(Quantity::text).containsExactly("two photographers");
        assertThat(found.get(0).span().start()).isGreaterThan(100);
    }

    @Test
    void aHeadlineBoundTheBodyWritesWithItsNounIsTheBodys() {
        assertThat(HeadingDocs.lines(List.of(0), "At least 14 arrested as floods hit the delta",
                "Police arrested at least 14 people in the delta, officials said."))
                .extracting(Quantity::text).containsExactly("at least 14 people");
        // since r1q "dead" is the headline figure's own noun (HurtNouns): the headline's count with its
        // noun is the first statement (Repeats)
        assertThat(HeadingDocs.lines(List.of(0), "At least 14 dead as floods hit the delta",
                "Floods killed at least 14 people in the delta, officials said."))
                .extracting(Quantity::text).containsExactly("At least 14 dead");
        // contrast: a headline figure the body does not give again stays
        assertThat(HeadingDocs.lines(List.of(0), "At least 14 dead as floods hit the delta",
                "Rescue teams reached 30 villages on Sunday."))
                .extracting(Quantity::text).containsExactly("At least 14 dead", "30 villages");
    }

    @Test
    void aHeadlineFigureTheBodyWritesInTheSameWordsStaysAtItsFirstStatement() {
        List<Quantity> found = HeadingDocs.lines(List.of(0), "Police detain at least 40 people in Valtra",
                "Police detained at least 40 people in Valtra on Sunday, monitors said.");
        assertThat(found).extracting(Quantity::text).containsExactly("at least 40 people");
        assertThat(found.get(0).span().start()).isLessThan(40);
    }

    @Test
    void aHeadlineNounWithWordsBeforeTheBodysIsTheSameNoun() {
        List<Quantity> found = HeadingDocs.lines(List.of(0), "Court jails five Delta Radio reporters",
                "A court in Marrow jailed five reporters on Tuesday, their lawyers said.");
        assertThat(found).extracting(Quantity::text).containsExactly("five reporters");
        assertThat(HeadlineFigures.sameNoun("dock union members", "members")).isTrue();
        // a headline count whose noun is only read from its verb ("four sentenced") is the body's "four men"
        assertThat(HeadingDocs.lines(List.of(0), "Four sentenced to death in Korvan",
                "A military court in Korvan sentenced four men to death on Monday, their families said."))
                .extracting(Quantity::text).containsExactly("four men");
        // contrast: another noun is another figure
        assertThat(HeadlineFigures.sameNoun("reporters", "editors")).isFalse();
        assertThat(HeadlineFigures.sameNoun("bombs", "Delta bombsmiths")).isFalse();
    }

    @Test
    void aDecksFigureTheBodyStatesInOtherWordsIsTheBodys() {
        List<Quantity> found = HeadingDocs.lines(List.of(0), "Porters walk out at city hospitals",
                "About 400 porters walked out after talks failed overnight.",
                "Roughly 400 porters went on strike at three hospitals on Monday, their union said.");
        assertThat(found).extracting(Quantity::text).containsExactly("Roughly 400 porters", "three hospitals");
        // contrast: a paragraph under the headline whose figure the body does not give again keeps it
        assertThat(HeadingDocs.lines(List.of(0), "Porters walk out at city hospitals",
                "About 400 porters walked out after talks failed overnight.",
                "Managers said 12 wards were closed on Monday."))
                .extracting(Quantity::text).containsExactly("About 400 porters", "12 wards");
        // contrast: a bare count after it points back to it, so the paragraph's figure stays
        assertThat(HeadingDocs.lines(List.of(0), "Porters walk out at city hospitals",
                "Police held five porters at the gates on Monday.",
                "All five were released by evening."))
                .extracting(Quantity::text).containsExactly("five porters");
    }

    @Test
    void aHeadlinesPlainNounOfPeopleIsTheBodysCloserNoun() {
        assertThat(HeadingDocs.lines(List.of(0, 1), "Dockers' leader held in Porto Vell",
                "Union office searched; two others called in for questioning",
                "Police held the union's leader at dawn, and two other members of its board were told to report on Monday."))
                .extracting(Quantity::text).containsExactly("two other members");
        assertThat(HeadingDocs.lines(List.of(0, 1), "Hangings in the south", "Three men hanged in Valtra jail",
                "Three Norlish prisoners were hanged in Valtra jail on Tuesday, a monitor said."))
                .extracting(Quantity::text).containsExactly("Three Norlish prisoners");
        // contrast: another plain noun names other people, and places are no people
        assertThat(HeadingDocs.lines(List.of(0, 1), "Hangings in the south", "Three men hanged in Valtra jail",
                "Three women were hanged in Valtra jail on Tuesday, a monitor said."))
                .extracting(Quantity::text).containsExactly("Three men", "Three women");
        assertThat(HeadingDocs.lines(List.of(0, 1), "Hangings in the south", "Three men hanged in Valtra jail",
                "Executions were reported in three provinces on Tuesday."))
                .extracting(Quantity::text).containsExactly("Three men", "three provinces");
    }
}
