package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * A place that only says where people come from or whom they stand for ("councillors from Brill",
 * "a Brill council member") gives a sentence that points back to a told protest no town of its
 * own; a place where the event happens ("In Brill, the protests were peaceful") still does. All
 * lines are invented for these tests.
 */
class PlaceRolesTest {

    private static Document told(String second) {
        TestDocs d = TestDocs.doc()
                .paragraph("About 400 nurses marched to the health ministry in Dunmore on Tuesday to demand unpaid wages.")
                .paragraph(second)
                .date("Tuesday", "2024-03-12", DatePrecision.DAY).place("Dunmore", 9201).place("Brill", 9202);
        return second.contains("Oskar") ? d.place("Oskar", 9203).build() : d.build();
    }

    @Test
    void peopleFromATownMoveNoToldProtestThere() {
        assertThat(TestDocs.sentencesOf(told("Speakers at the march included two nurses from Brill and a porter from Oskar."), "protest"))
                .hasSize(1);
        assertThat(TestDocs.sentencesOf(told("The march drew nurses from towns including Brill, Oskar and others."), "protest"))
                .hasSize(1);
    }

    @Test
    void aTownNamingWhomSomeoneStandsForMovesNoToldProtestThere() {
        assertThat(TestDocs.sentencesOf(told("The march was organised by a coalition of Brill community groups."), "protest"))
                .hasSize(1);
    }

    @Test
    void aTownWhereTheEventHappensIsItsOwn() {
        assertThat(TestDocs.sentencesOf(told("In Brill, the protests were peaceful."), "protest")).hasSize(2);
        assertThat(TestDocs.sentencesOf(told("The march went on from Dunmore to Brill."), "protest")).hasSize(2);
    }

    private static java.util.List<Token> tokens(String s) {
        return new Tokenizer(s, EventLexicon.load()).tokenize(new org.attest.model.Span(0, s.length()));
    }

    @Test
    void placeRolesReadTheWordsAroundThePlace() {
        java.util.List<Token> t = tokens("nurses arrived from towns including Brill and Oskar");
        int brill = 5;
        assertThat(t.get(brill).surface()).isEqualTo("Brill");
        assertThat(PlaceRoles.origin(t, brill, brill)).isTrue();
        java.util.List<Token> u = tokens("a Brill city council member spoke");
        assertThat(PlaceRoles.affiliation(u, 1)).isTrue();
        assertThat(PlaceRoles.affiliation(tokens("a Brill-based rights group spoke"), 1)).isTrue();
        java.util.List<Token> v = tokens("nurses marched in Brill on Tuesday");
        assertThat(PlaceRoles.origin(v, 3, 3)).isFalse();
        assertThat(PlaceRoles.affiliation(v, 3)).isFalse();
    }
}
