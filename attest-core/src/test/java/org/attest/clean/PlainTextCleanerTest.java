package org.attest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.attest.model.Span;
import org.junit.jupiter.api.Test;

class PlainTextCleanerTest {
    private static final LinePatterns PATTERNS = LinePatterns.load();
    private static final PlainTextCleaner CLEANER = new PlainTextCleaner(PATTERNS);

    /** The caption lines of a cleaned text, found line by line in the text as it is. */
    private static List<Span> captionsOf(String text) {
        List<Span> spans = new ArrayList<>();
        int pos = 0;
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty() && line.length() <= PATTERNS.longestCaption() && PATTERNS.isCaption(line)) {
                spans.add(new Span(pos, pos + line.length()));
            }
            pos += line.length() + 1;
        }
        return spans;
    }

    @Test
    void marksCaptionsInTheSamePassWhenNoLineIsDropped() {
        String text = "Dockers strike\n\nPhoto: A crowd outside the court.\n\nThe union said 2,000 joined.\n"
                + "A crowd outside the court (Photo: Some Agency)";
        Cleaned cleaned = CLEANER.clean(text);
        assertThat(cleaned.text()).isEqualTo(text);
        assertThat(cleaned.boilerplate()).hasSize(2).isEqualTo(captionsOf(cleaned.text()));
    }

    @Test
    void marksCaptionsWhereTheyStandAfterLinesAreDropped() {
        String text = "300x250\n\nDockers strike\n\nAdvertisement\n\n\nPhoto: A crowd outside the court.\n\n"
                + "The union said 2,000 joined.\nShare this:\nA crowd outside the court (Photo: Some Agency)";
        Cleaned cleaned = CLEANER.clean(text);
        assertThat(cleaned.text()).doesNotContain("300x250", "Advertisement", "Share this");
        assertThat(cleaned.boilerplate()).hasSize(2).isEqualTo(captionsOf(cleaned.text()));
    }

    @Test
    void aLineReadOnceAnswersAsTheLineItself() {
        for (String line : List.of("Follow us on Twitter", "Photo: A crowd outside the court.", "Related Articles",
                "Copyright \u00a9 2022 All Rights Reserved", "The union said 2,000 joined.", "x".repeat(500))) {
            LinePatterns.Line read = PATTERNS.line(line);
            assertThat(PATTERNS.isFurniture(read)).as(line).isEqualTo(PATTERNS.furniture().stream()
                    .anyMatch(p -> line.length() <= (p.maxLength() > 0 ? p.maxLength() : LinePatterns.MAX_FURNITURE_LENGTH)
                            && p.pattern().matcher(line).matches())
                    || PATTERNS.opensTeaserBox(line));
            assertThat(PATTERNS.isCaption(read)).as(line).isEqualTo(PATTERNS.captions().stream()
                    .anyMatch(p -> line.length() <= (p.maxLength() > 0 ? p.maxLength() : LinePatterns.MAX_CAPTION_LENGTH)
                            && p.pattern().matcher(line).matches()));
        }
    }
}
