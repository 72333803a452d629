package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Sentence;
import org.attest.model.Span;
import org.junit.jupiter.api.Test;

class DateResolverTest {
    private static final String TEXT = String.join("\n\n",
            "Dockers struck on 4 May 2022 in two ports.",
            "The union met the ministry. Talks failed.",
            "On 9 May 2022 police cleared a sit-in. Later in June 2022 a court fined leaders. Crowds returned.",
            "Nobody was hurt.");

    private static Document withDates(String text, String published) {
        return DateTesting.STAGE.apply(DateTesting.doc(text, published));
    }

    private static Span spanOf(String text, String sentence) {
        int s = text.indexOf(sentence);
        return new Span(s, s + sentence.length());
    }

    @Test
    void mostPreciseMentionInsideTheSpan() {
        String text = "In June 2022, on 9 June 2022, guards fired.";
        ResolvedDate d = DateResolver.resolve(withDates(text, null), new Span(0, text.length()));
        assertThat(d.value()).isEqualTo("2022-06-09");
        assertThat(d.precision()).isEqualTo(DatePrecision.DAY);
        assertThat(d.source()).startsWith("in-span");
    }

    @Test
    void nearestEarlierMentionInTheParagraph() {
        Document doc = withDates(TEXT, null);
        ResolvedDate d = DateResolver.resolve(doc, spanOf(TEXT, "Crowds returned."));
        assertThat(d.value()).isEqualTo("2022-06");
        assertThat(d.source()).startsWith("paragraph");
    }

    @Test
    void leadDateWhenTheParagraphHasNone() {
        Document doc = withDates(TEXT, null);
        ResolvedDate d = DateResolver.resolve(doc, spanOf(TEXT, "Nobody was hurt."));
        assertThat(d.value()).isEqualTo("2022-05-04");
        assertThat(d.source()).startsWith("lead");
    }

    @Test
    void mentionsTheContextTestRejectsDateNeitherTheParagraphNorTheLead() {
        Document doc = withDates(TEXT, null);
        DateResolver resolver = DateResolver.of(doc, m -> !m.value().startsWith("2022-06") && !m.value().equals("2022-05-04"));
        assertThat(resolver.outside(spanOf(TEXT, "Crowds returned.")).value()).isEqualTo("2022-05-09");
        ResolvedDate none = resolver.outside(spanOf(TEXT, "Nobody was hurt."));
        assertThat(none.value()).isEqualTo("2022"); // the lead's only date is rejected: the document's year
        assertThat(none.source()).startsWith("document-year");
        // a mention inside the span is not asked
        assertThat(resolver.resolve(spanOf(TEXT, "Dockers struck on 4 May 2022 in two ports.")).value()).isEqualTo("2022-05-04");
    }

    @Test
    void paragraphsComeFromSentencesWhenPresent() {
        String text = "Guards fired on 2 May 2022. Two died. Families mourned.";
        Document doc = withDates(text, null).withSentences(List.of(
                new Sentence(new Span(0, 27), 0, false),
                new Sentence(new Span(28, 37), 1, false),
                new Sentence(new Span(38, 55), 1, false)));
        // the only date is in paragraph 0, which is within the lead
        ResolvedDate d = DateResolver.resolve(doc, new Span(38, 55));
        assertThat(d.source()).startsWith("lead");
        assertThat(DateResolver.of(doc).paragraphStart(40)).isEqualTo(28);
    }

    @Test
    void anAnnouncedDateAheadIsNoLeadDate() {
        String text = "Three parties urged voters to boycott the September 7 election.\n\nActivists handed out leaflets.";
        ResolvedDate d = DateResolver.resolve(withDates(text, "2021-08-30"), spanOf(text, "Activists handed out leaflets."));
        assertThat(d).isEqualTo(new ResolvedDate("2021-08-30", DatePrecision.WEEK, "published"));
    }

    @Test
    void aLeadDayOfTheWeekOfWritingBeatsAnEarlierStart() {
        // the first date recalls when the strike began; the lead's news is Friday's sit-in
        String text = "On 1 March 2021, dockers walked out over pay.\n\nStriking dockers on Friday staged a sit-in."
                + "\n\nAbout 50 workers shouted slogans.";
        ResolvedDate d = DateResolver.resolve(withDates(text, "2021-03-19"), spanOf(text, "About 50 workers shouted slogans."));
        assertThat(d.value()).isEqualTo("2021-03-19");
        assertThat(d.source()).startsWith("lead");
    }

    @Test
    void thePublicationWeekAsALastResort() {
        String text = "A long report without dates.\n\nAnother paragraph.\n\nStill nothing.";
        ResolvedDate d = DateResolver.resolve(withDates(text, "2021-06-09"), spanOf(text, "Still nothing."));
        assertThat(d).isEqualTo(new ResolvedDate("2021-06-09", DatePrecision.WEEK, "published"));
    }

    @Test
    void nullWhenNothingDatesTheSpan() {
        String text = "A long report without dates.";
        assertThat(DateResolver.resolve(withDates(text, null), new Span(0, 5))).isNull();
    }

    @Test
    void theDocumentsStatedYearWhenNothingElseDatesIt() {
        String text = "Harbour Forum 2024\n\nDelegates will meet the following month.\n\nNo date here.";
        Document doc = withDates(text, null).withSentences(List.of(
                new Sentence(spanOf(text, "Harbour Forum 2024"), 0, true),
                new Sentence(spanOf(text, "Delegates will meet the following month."), 1, false),
                new Sentence(spanOf(text, "No date here."), 2, false)));
        ResolvedDate d = DateResolver.resolve(doc, spanOf(text, "No date here."));
        assertThat(d).isEqualTo(new ResolvedDate("2024", DatePrecision.YEAR, "document-year"));
    }

    @Test
    void aYearThatOpensAStretchIsNotTheDocumentsYear() {
        // "in power since 1994" is background: the report's own year is the 1990 it names before
        String text = "Strike of 1990\n\nThe party, in power since independence in 1994, banned the march.\n\nNo date here.";
        Document doc = withDates(text, null).withSentences(List.of(
                new Sentence(spanOf(text, "Strike of 1990"), 0, true),
                new Sentence(spanOf(text, "The party, in power since independence in 1994, banned the march."), 1, false),
                new Sentence(spanOf(text, "No date here."), 2, false)));
        // the events stage's context test refuses "since ... 1994" as a lead date too
        ResolvedDate d = DateResolver.of(doc, m -> !m.value().equals("1994")).outside(spanOf(text, "No date here."));
        assertThat(d).isEqualTo(new ResolvedDate("1990", DatePrecision.YEAR, "document-year"));
    }

    @Test
    void aDatelineDatesTheReportNotTheSentence() {
        String text = "Portville, 3 May 2022 - Dockers struck again.";
        Document doc = withDates(text, "2022-05-03")
                .withSentences(List.of(new Sentence(new Span(0, text.length()), 0, false)));
        DateResolver r = DateResolver.of(doc);
        assertThat(r.usable()).isEmpty();
        assertThat(r.resolve(new Span(0, text.length())).source()).isEqualTo("published");
    }

    @Test
    void thePublicationDayWithAClockTimeIsADatelineAnywhereInItsSentence() {
        String text = "Wire desk | Updated: 19-09-2022 23:49 IST | Created: 19-09-2022 23:49 IST Dockers struck.";
        Document doc = withDates(text, "2022-09-19")
                .withSentences(List.of(new Sentence(new Span(0, text.length()), 0, false)));
        assertThat(DateResolver.of(doc).usable()).isEmpty();
    }

    @Test
    void aWeekdayEarlyInASentenceIsNoDateline() {
        String text = "Protests continued for a third day on Saturday.";
        Document doc = withDates(text, "2026-03-21")
                .withSentences(List.of(new Sentence(new Span(0, text.length()), 0, false)));
        assertThat(DateResolver.of(doc).usable()).extracting(m -> m.value()).containsExactly("2026-03-21");
    }

    @Test
    void theLeadSkipsHeadings() {
        String text = "Archive of 2019\n\nDockers struck on 4 May 2022.\n\nTalks failed.";
        Document doc = withDates(text, null).withSentences(List.of(
                new Sentence(spanOf(text, "Archive of 2019"), 0, true),
                new Sentence(spanOf(text, "Dockers struck on 4 May 2022."), 1, false),
                new Sentence(spanOf(text, "Talks failed."), 2, false)));
        assertThat(DateResolver.resolve(doc, spanOf(text, "Talks failed.")).value()).isEqualTo("2022-05-04");
    }

    @Test
    void outsideSkipsTheSpansOwnMentions() {
        String text = "Dockers struck on 4 May 2022.\n\nA veteran of the 1998 strike spoke.";
        Document doc = withDates(text, null);
        Span second = spanOf(text, "A veteran of the 1998 strike spoke.");
        assertThat(DateResolver.resolve(doc, second).value()).isEqualTo("1998");
        assertThat(DateResolver.of(doc).outside(second).value()).isEqualTo("2022-05-04");
    }

    @Test
    void aCaptionsYearAnchorsYearlessMonthsOfAnUndatedPage() {
        String caption = "(Harbour Post): Port Vote 2024: crews walk out.";
        String text = "Crews walked out in 2019 and again in April.\n\n" + caption;
        int at = text.indexOf(caption);
        Document doc = DateTesting.STAGE.apply(Document.of("t.txt", "test:", "", null, null, "en", text,
                List.of(new Span(at, text.length()))));
        assertThat(doc.dates()).filteredOn(m -> m.text().equals("April"))
                .extracting(m -> m.value()).containsExactly("2024-04");
    }

    @Test
    void anOldPhotosYearIsNoLeadDateButACaptionOfTheYearIs() {
        String caption = "Relatives wait outside the jail in a file photo from 2023.";
        String text = caption + "\n\nTwo men were hanged at dawn.\n\nThe court had refused an appeal.";
        Document doc = DateTesting.STAGE.apply(Document.of("t.txt", "test:", "", null, LocalDate.of(2025, 1, 18), "en",
                text, List.of(new Span(0, caption.length()))));
        ResolvedDate d = DateResolver.resolve(doc, spanOf(text, "The court had refused an appeal."));
        assertThat(d.value()).isEqualTo("2025-01-18");
        assertThat(d.source()).startsWith("published");

        String recent = "Relatives wait outside the jail on 16 January 2025.";
        String text2 = recent + "\n\nTwo men were hanged at dawn.\n\nThe court had refused an appeal.";
        Document doc2 = DateTesting.STAGE.apply(Document.of("t.txt", "test:", "", null, LocalDate.of(2025, 1, 18), "en",
                text2, List.of(new Span(0, recent.length()))));
        assertThat(DateResolver.resolve(doc2, spanOf(text2, "The court had refused an appeal.")).value())
                .isEqualTo("2025-01-16");
    }

    @Test
    void aLeadRecallingHistoryDoesNotDateTheReport() {
        String text = "Dockers walked out, echoing the strikes that toppled the old regime in 1979.\n\n"
                + "Crowds gathered at the gates.\n\nThe ministry denied any strike.";
        Document doc = DateTesting.STAGE.apply(Document.of("t.txt", "test:", "", null, LocalDate.of(2022, 10, 10), "en",
                text, List.of()));
        ResolvedDate d = DateResolver.resolve(doc, spanOf(text, "The ministry denied any strike."));
        assertThat(d.value()).isEqualTo("2022-10-10");
        assertThat(d.source()).startsWith("published");
    }
}
