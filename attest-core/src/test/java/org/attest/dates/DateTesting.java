package org.attest.dates;

import java.time.LocalDate;
import java.util.List;
import org.attest.model.DateMention;
import org.attest.model.Document;

/** Runs the dates stage over invented sentences. One lexicon for all tests: it is immutable. */
final class DateTesting {
    static final DateLexicon LEXICON = DateLexicon.load();
    static final DateStage STAGE = new DateStage(LEXICON);

    private DateTesting() {}

    static Document doc(String text, String published) {
        LocalDate p = published == null || published.isBlank() ? null : LocalDate.parse(published.strip());
        return Document.of("test.txt", "test:", "", null, p, "en", text, List.of());
    }

    static List<DateMention> dates(String text, String published) {
        return STAGE.apply(doc(text, published)).dates();
    }

    /** The one mention whose text is {@code surface}; fails the test when there is none. */
    static DateMention mention(String text, String published, String surface) {
        List<DateMention> all = dates(text, published);
        return all.stream().filter(m -> m.text().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + surface + "' in " + all));
    }
}
