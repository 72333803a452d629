package org.attest.app.sources;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.attest.AttestException;
import org.attest.ingest.MediaTypes;
import org.attest.model.Source;
import org.xml.sax.InputSource;

/**
 * Reads an RSS or Atom feed: each entry is one document built from its content (else its
 * description) as HTML, with the entry's title and published (else updated) date, located at
 * the entry's link (else its id when that is a URL, else the feed and the entry's number).
 * DOCTYPEs are refused (no external entities). An entry without content is one failure; a file
 * that is not a feed fails as a whole.
 */
final class FeedInput {
    private static final int SNIFF_BYTES = 4096;

    private FeedInput() {}

    /** True when the first bytes open an RSS, RDF or Atom document. */
    static boolean looksLikeFeed(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf");
    }

    /**
     * Reads the entries of a feed.
     *
     * @param where    the input, for messages
     * @param location the feed's own location ({@code file:...} or its URL), for entries without a link
     * @param site     the group for entries without a link
     * @throws AttestException when the bytes are not a feed
     */
    static void read(String where, String location, String site, byte[] bytes, SourceSink sink) throws AttestException {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new InputSource(new ByteArrayInputStream(bytes)));
        } catch (FeedException | IllegalArgumentException e) {
            throw new AttestException(where + ": not an RSS or Atom feed (" + oneLine(e.getMessage()) + ")", e);
        }
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            throw new AttestException(where + ": feed has no entries");
        }
        int number = 0;
        for (SyndEntry e : entries) {
            number++;
            String html = content(e);
            if (html == null || html.isBlank()) {
                sink.failed(where + ": entry " + number + ": no content or description");
                continue;
            }
            URI link = link(e, feed);
            Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            String published = date == null ? null : date.toInstant().toString();
            byte[] page = EntryPage.fromHtml(html, e.getTitle(), published);
            String loc = link != null ? link.toString() : location + "#entry-" + number;
            String name = link != null ? Payloads.name(link) : where + "#" + number;
            sink.accept(new Source(name, loc, page, MediaTypes.HTML), link != null ? Payloads.site(link) : site);
        }
    }

    /** The entry's content as HTML: its first content, else its description; plain text escaped. */
    private static String content(SyndEntry e) {
        SyndContent c = e.getContents().isEmpty() ? e.getDescription() : e.getContents().get(0);
        if (c == null || c.getValue() == null) {
            return null;
        }
        String type = c.getType() == null ? "html" : c.getType().toLowerCase(Locale.ROOT);
        if (type.equals("text") || type.equals("text/plain")) {
            return "<p>" + org.jsoup.nodes.Entities.escape(c.getValue()) + "</p>";
        }
        return c.getValue();
    }

    /** The entry's link, resolved against the feed's; else its id when that is an http(s) URL. */
    private static URI link(SyndEntry e, SyndFeed feed) {
        for (String candidate : new String[] {e.getLink(), e.getUri()}) {
            if (candidate == null || candidate.isBlank()) {
                continue;
            }
            try {
                URI u = new URI(candidate.strip());
                if (!u.isAbsolute() && feed.getLink() != null) {
                    u = new URI(feed.getLink().strip()).resolve(u);
                }
                String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
                if (scheme.equals("http") || scheme.equals("https")) {
                    return u;
                }
            } catch (URISyntaxException | IllegalArgumentException ex) {
                // not a usable link: try the next candidate
            }
        }
        return null;
    }

    static String oneLine(String s) {
        return s == null ? "no detail" : s.replaceAll("\\s+", " ").strip();
    }
}
