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
        Document doc = DateTesting.STAGE.apply(DateTesting.doc(text, "2025-06-16"));
        DateResolver resolver = DateResolver.of(doc);
        int late = text.indexOf("Crews have");
        ResolvedDate d = resolver.resolve(new Span(late, late + 20));
        assertThat(d.value()).isEqualTo("2025-06-16");
        assertThat(d.source()).isEqualTo("live-entry");
        int early = text.indexOf("The harbour");
        assertThat(resolver.resolve(new Span(early, early + 20)).value()).isEqualTo("2025-06-16");
        for (String notAStamp : new String[] {"Sunday 17:20 kick-off\n\nCrews", "At 17:20 crews\n\nCrews"}) {
            assertThat(LiveEntries.underStampLine(notAStamp, notAStamp.lastIndexOf("Crews"))).as(notAStamp).isFalse();
        }
    }

    @Test
    void anEntryUnderAStampAndItsOwnTitleTakesThePublicationDay() {
        String text = String.join("\n\n",
                "Ferry strike live",
                "22:10",
                "Night ban on the quays",
                "The harbour board has barred crews from the quays until dawn on Friday.",
                "18:35",
                "Walk-out spreads to the islands",
                "Crews on two island routes joined the stoppage, a union organiser said.");
        Document doc = DateTesting.STAGE.apply(DateTesting.doc(text, "2025-06-16"));
        DateResolver resolver = DateResolver.of(doc);
        int entry = text.indexOf("Crews on two");
        ResolvedDate d = resolver.resolve(new Span(entry, entry + 30));
        assertThat(d.value()).isEqualTo("2025-06-16");
        assertThat(d.source()).isEqualTo("live-entry");
        // a long line or one that ends a sentence is an entry of its own, no title of the one below
        String sentence = "18:35\n\nThe walk-out has spread.\n\nCrews";
        assertThat(LiveEntries.underTitledStamp(sentence, sentence.lastIndexOf("Crews"))).isFalse();
        String noStamp = "Walk-out spreads\n\nCrews";
        assertThat(LiveEntries.underTitledStamp(noStamp, noStamp.lastIndexOf("Crews"))).isFalse();
    }
}
