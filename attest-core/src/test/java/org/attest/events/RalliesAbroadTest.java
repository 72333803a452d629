package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.attest.model.Span;
import org.junit.jupiter.api.Test;

/** Rallies held abroad, in a report about one country, are organised gatherings. All sentences and towns are invented. */
class RalliesAbroadTest {

    private static TestDocs homeStory() {
        return TestDocs.doc().published("2024-03-06")
                .paragraph("Strikers in Kelmar, Dorvana and Tarvo stayed off work for a third day on Tuesday.")
                .place("Kelmar", 9101, "XX").place("Dorvana", 9102, "XX").place("Tarvo", 9103, "XX");
    }

    @Test
    void ralliesCalledForInForeignCitiesAreRallies() {
        Document d = homeStory()
                .paragraph("Exile groups have called for rallies in Ostrava and Lindberg on Saturday in solidarity with the strikers.")
                .place("Ostrava", 9201, "YY").place("Lindberg", 9202, "ZZ")
                .date("Saturday", "2024-03-09", DatePrecision.DAY).build();
        assertThat(TestDocs.sentencesOf(d, "rally")).singleElement().asString().startsWith("Exile groups");
        assertThat(TestDocs.sentencesOf(d, "protest")).noneMatch(s -> s.startsWith("Exile groups"));
    }

    @Test
    void aRallyAtHomeStaysAProtest() {
        Document d = homeStory()
                .paragraph("Unions have called for rallies in Kelmar and Dorvana on Saturday in solidarity with the strikers.")
                .date("Saturday", "2024-03-09", DatePrecision.DAY).build();
        assertThat(TestDocs.sentencesOf(d, "protest")).anyMatch(s -> s.startsWith("Unions"));
        assertThat(TestDocs.sentencesOf(d, "rally")).isEmpty();
    }

    @Test
    void aRallyBesideAHomeTownStaysAProtest() {
        Document d = homeStory()
                .paragraph("Students held rallies in Kelmar and Ostrava on Saturday in solidarity with the strikers.")
                .place("Kelmar", 9101, "XX").place("Ostrava", 9201, "YY")
                .date("Saturday", "2024-03-09", DatePrecision.DAY).build();
        assertThat(TestDocs.sentencesOf(d, "rally")).isEmpty();
    }

    @Test
    void aPlannedRallyAbroadTakesTheDayAfterItsNoun() {
        Document d = homeStory()
                .paragraph("Exiles marched in Ostrava on Saturday, and more rallies are planned in Lindberg on Sunday.")
                .place("Ostrava", 9201, "YY").place("Lindberg", 9202, "YY")
                .date("Saturday", "2024-03-09", DatePrecision.DAY).date("Sunday", "2024-03-10", DatePrecision.DAY).build();
        List<Event> rallies = TestDocs.events(d).stream().filter(e -> e.type().equals("rally")).toList();
        assertThat(rallies).singleElement().extracting(Event::date).isEqualTo("2024-03-10");
    }

    @Test
    void theHomeCountryIsTheOneMostPlacesLieIn() {
        assertThat(RalliesAbroad.homeCountry(List.of(town("XX"), town("YY"), town("XX")))).isEqualTo("XX");
        assertThat(RalliesAbroad.homeCountry(List.of(town("XX"), town("YY")))).isNull();
        assertThat(RalliesAbroad.homeCountry(List.of())).isNull();
    }

    private static PlaceMention town(String country) {
        return new PlaceMention("Town", new Span(0, 4), 1L, "Town", PlaceKind.CITY, country, null, null, null, 1.0, "test");
    }
}
