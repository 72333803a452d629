package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attest.model.Document;
import org.attest.model.Span;

/**
 * The captions of a report's pictures: a photograph's caption ("Protesters gather outside
 * parliament on Sunday. (Photo: Jane Roe / Agency)") mostly shows a moment of what the body tells,
 * and readers count the body's sentences, not the picture's line; {@link SummaryLines} drops a
 * caption's event when a body event has its type and day, and keeps the one the body does not tell
 * ("Families of prisoners protested outside the ministry on Sunday" under a story on prisons). The captions are the
 * document's boilerplate spans (marked by the cleaner from the page's markup or a credit in the
 * line), less those that open with a credit in brackets ("(Agency): Activists call for ..."): a
 * plain-text export sets a story's teaser or headline after its picture's credit, and that line
 * tells news of its own, as a heading does ({@link SummaryLines} then weighs it against the body).
 * A credited line whose words open with what the picture is ("(Agency): Screenshot of the trending
 * topics, 20 May", "(Agency): Photographs of the victims on display") describes a picture all the
 * same, so it is a caption ({@code picture-openers}).
 *
 * <p>Built once per document from its few boilerplate spans; {@link #holds} is a walk over them.
 */
final class PictureCaptions {
    /** A credit in brackets opening a line: "(Agency)", "(Agency / Site) and (Org)", then a colon. */
    private static final Pattern CREDIT_FIRST =
            Pattern.compile("\\([^()\\n]{1,40}\\)(\\s*(and|&|/)\\s*\\([^()\\n]{1,40}\\))*\\s*:\\s");
    /** The longest opening {@link #CREDIT_FIRST} may match. */
    private static final int CREDIT_WINDOW = 120;
    /** Nouns that open a picture's description: "Screenshot of ...", "Photographs of ...". */
    private static final Set<String> PICTURE_OPENERS = WordSets.named("picture-openers");

    private final List<Span> captions;

    private PictureCaptions(List<Span> captions) {
        this.captions = captions;
    }

    /** The picture captions of the document: its boilerplate spans that do not open with a credit. */
    static PictureCaptions of(Document document) {
        List<Span> captions = new ArrayList<>();
        String text = document.text();
        for (Span b : document.boilerplate()) {
            int end = Math.min(Math.min(b.end(), text.length()), b.start() + CREDIT_WINDOW);
            if (b.start() >= end) {
                continue;
            }
            Matcher credit = CREDIT_FIRST.matcher(text).region(b.start(), end);
            if (!credit.lookingAt() || PICTURE_OPENERS.contains(firstWord(text, credit.end(), b.end()))) {
                captions.add(b);
            }
        }
        return new PictureCaptions(List.copyOf(captions));
    }

    /** The lower-case word (letters only) that starts at {@code from}, before {@code end}. */
    private static String firstWord(String text, int from, int end) {
        int k = from;
        while (k < end && Character.isLetter(text.charAt(k))) {
            k++;
        }
        return text.substring(from, k).toLowerCase(Locale.ROOT);
    }

    /** True when the span lies inside a picture's caption. */
    boolean holds(Span span) {
        for (Span c : captions) {
            if (c.contains(span)) {
                return true;
            }
        }
        return false;
    }
}
