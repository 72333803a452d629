package org.attest.clean;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.attest.AttestException;
import org.attest.dates.Anniversaries;
import org.attest.ingest.Digests;
import org.attest.ingest.MediaTypes;
import org.attest.ingest.TextDecoder;
import org.attest.internal.Validate;
import org.attest.model.Document;
import org.attest.model.Source;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The first stage after reading: from a {@link Source} to a {@link Document} holding the
 * cleaned, normalised main text, its title, publication date, language and the spans of its
 * captions. The text it returns is final: every later offset points into it.
 *
 * <p>HTML pages go through {@link HtmlExtractor} (main-content scoring); plain text through
 * {@link PlainTextCleaner} (furniture lines dropped). Both normalise with
 * {@link TextNormalizer}. Thread-safe; build one and reuse it.
 */
public final class Cleaner {
    private final CleanerResources resources;
    private final PlainTextCleaner plain;
    private final HtmlMetadata metadata;
    private final HtmlExtractor html;

    public Cleaner(CleanerResources resources) {
        this.resources = Validate.notNull(resources, "resources");
        this.plain = new PlainTextCleaner(resources.linePatterns());
        this.metadata = new HtmlMetadata(new ObjectMapper(), resources.dates());
        this.html = new HtmlExtractor(resources.contentHints(), resources.linePatterns());
    }

    /** A cleaner with the bundled data files. */
    public static Cleaner withDefaults() {
        return new Cleaner(CleanerResources.load());
    }

    /**
     * Cleans one source.
     *
     * @param source the document as read; its media type is detected when null
     * @return a document with text, title (or null), published date (or null), language
     *         ("en", "fa", "ar", ... or "und") and caption spans as boilerplate
     * @throws AttestException naming the source when it cannot be decoded or has no text
     */
    public Document clean(Source source) throws AttestException {
        Validate.notNull(source, "source");
        byte[] bytes = source.bytes();
        String mediaType = source.mediaType() != null ? source.mediaType() : MediaTypes.detect(source.name(), bytes);
        String decoded = TextDecoder.decode(source.name(), bytes, mediaType);
        Cleaned cleaned;
        String title;
        LocalDate published;
        LocalDate headlineDate = null;
        if (MediaTypes.HTML.equals(mediaType)) {
            org.jsoup.nodes.Document page = Jsoup.parse(decoded);
            title = metadata.title(page);
            published = metadata.published(page);
            // read before extraction removes the header around the headline
            headlineDate = published == null ? metadata.headlineDate(page, title) : null;
            Element body = page.body();
            cleaned = html.extract(body, title);
        } else {
            cleaned = plain.clean(decoded);
            title = Titles.plainTextTitle(cleaned.text());
            published = null;
        }
        String text = cleaned.text();
        if (text.isBlank()) {
            throw new AttestException(source.name() + ": no text");
        }
        if (published == null) {
            // a year-less dateline's year: the anniversary its lead marks, else the page's copyright year
            published = resources.dates().dateline(text, () -> {
                Integer marked = Anniversaries.ofLead(text);
                return marked != null ? marked : CopyrightYear.of(decoded);
            });
        }
        if (published == null) {
            published = headlineDate;
        }
        String language = resources.languages().detect(text);
        return Document.of(source.name(), source.location(), Digests.sha256Hex(bytes), title, published,
                language, text, cleaned.boilerplate());
    }
}
