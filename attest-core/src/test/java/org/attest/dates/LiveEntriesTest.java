package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Span;
import org.junit.jupiter.api.Test;

/** Entries of a live page that open with a clock time tell the day of the page (dates25). */
class LiveEntriesTest {

    @Test
    void aClockTimeWithADashOrColonOpensAnEntry() {
        for (String entry : new String[] {"4:25 pm \u2014 The board says", "07:30 \u2013 Good morning", "9:05 p.m. - Crowds",
                "11:50 am: The mayor"}) {
            assertThat(LiveEntries.stamped(entry, 0)).as(entry).isTrue();
        }
        for (String other : new String[] {"4:25 pm the board said", "2024 \u2014 a year", "The 4:25 pm train", "125:00 \u2014 x"}) {
            assertThat(LiveEntries.stamped(other, 0)).as(other).isFalse();
        }
    }

    @Test
    void anUndatedEntryOfALivePageTakesThePublicationDayNotTheLeadDate() {
        String text = String.join("\n\n",
                "8:10 am \u2014 Dockers blocked the harbour road last night.",
                "The port authority later reopened one gate.",
                "2:40 pm \u2014 The port authority says talks with the union will resume.");
        Document doc = DateTesting.STAGE.apply(DateTesting.doc(text, "2025-06-12"));
        DateResolver resolver = DateResolver.of(doc);
        int entry = text.indexOf("2:40 pm");
        ResolvedDate d = resolver.resolve(new Span(entry, text.length()));
        assertThat(d.value()).isEqualTo("2025-06-12");
        assertThat(d.precision()).isEqualTo(DatePrecision.DAY);
        assertThat(d.source()).isEqualTo("live-entry");
        // a paragraph with no time stamp still takes the lead's date
        int plain = text.indexOf("The port authority later");
        assertThat(resolver.resolve(new Span(plain, plain + 43)).value()).isEqualTo("2025-06-11");
    }

    @Test
    void anEntryUnderATimeLineOfItsOwnTakesThePublicationDay() {
        String text = String.join("\n\n",
                "Ferry crews walk out for a second day",
                "The strike began on Saturday, the union said. Follow our coverage here.",
                "17:20",
                "Crews have tied up two more boats at the northern quay.",
                "9:45 am",
                "The harbour master says three routes are cancelled.");
        ResolvedDate d = resolvedAt(text, "Crews have");
        assertThat(d.value()).isEqualTo("2025-06-16");
        assertThat(d.source()).isEqualTo("live-entry");
        assertThat(resolvedAt(text, "The harbour").value()).isEqualTo("2025-06-16");
        for (String notAStamp : new String[] {"Sunday 17:20 kick-off\n\nCrews", "At 17:20 crews\n\nCrews"}) {
            assertThat(LiveEntries.underStampLine(notAStamp, notAStamp.lastIndexOf("Crews"))).as(notAStamp).isFalse();
        }
    }

    @Test
    void anEntryUnderItsHeadlineUnderATimeLineTakesThePublicationDay() {
        // force40: live pages often title each entry ("21:45", "Ferries stay in port", the entry)
        String text = String.join("\n\n",
                "Ferry crews walk out for a second day",
                "22:10",
                "Night services cancelled",
                "The ferry board has suspended night crossings until 5 am on Thursday.",
                "18:40",
                "Second quay blocked",
                "Crews have tied up two more boats at the northern quay.");
        ResolvedDate d = resolvedAt(text, "Crews have");
        assertThat(d.value()).isEqualTo("2025-06-16");
        assertThat(d.source()).isEqualTo("live-entry");
        // a sentence above, not a headline, leaves the paragraph unstamped
        String notUnder = "17:20\n\nThe union met the board at noon.\n\nCrews";
        assertThat(LiveEntries.underStampLine(notUnder, notUnder.lastIndexOf("Crews"))).isFalse();
        String under = "17:20\n\nBoard meets union\n\nCrews";
        assertThat(LiveEntries.underStampLine(under, under.lastIndexOf("Crews"))).isTrue();
    }

    /** The date the resolver gives 20 characters from where {@code needle} stands in a page of 16 June 2025. */
    private static ResolvedDate resolvedAt(String text, String needle) {
        Document doc = DateTesting.STAGE.apply(DateTesting.doc(text, "2025-06-16"));
        int at = text.indexOf(needle);
        return DateResolver.of(doc).resolve(new Span(at, at + 20));
    }
}
