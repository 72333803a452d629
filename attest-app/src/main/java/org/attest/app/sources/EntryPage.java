package org.attest.app.sources;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Builds the HTML page that stands for a feed entry or a JSON Lines record, so that its title
 * and publication date travel in the bytes (in {@code <title>} and an
 * {@code article:published_time} meta tag, which the cleaner reads first) and the document's
 * SHA-256 changes when they do. The output is deterministic: the same entry gives the same bytes.
 */
final class EntryPage {
    private EntryPage() {}

    /**
     * A page from HTML (a fragment or a whole page) with the given metadata put in its head,
     * replacing what the page said.
     *
     * @param html      the content; not null
     * @param title     the title, or null to keep the page's
     * @param published an ISO date or date-time, or null to keep the page's
     */
    static byte[] fromHtml(String html, String title, String published) {
        Document d = Jsoup.parse(html);
        return finish(d, title, published);
    }

    /** A page whose body holds the text, a {@code <p>} per blank-line separated paragraph. */
    static byte[] fromText(String text, String title, String published) {
        Document d = Jsoup.parse("");
        Element article = d.body().appendElement("article");
        for (String para : text.strip().split("\\n\\s*\\n")) {
            Element p = article.appendElement("p");
            String[] lines = para.strip().split("\\n");
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    p.appendElement("br");
                }
                p.appendText(lines[i].strip());
            }
        }
        return finish(d, title, published);
    }

    private static byte[] finish(Document d, String title, String published) {
        d.select("meta[charset], meta[http-equiv]").remove();
        d.head().prependElement("meta").attr("charset", "utf-8");
        if (title != null && !title.isBlank()) {
            d.select("meta[property=og:title]").remove();
            d.title(title.strip());
        }
        if (published != null && !published.isBlank()) {
            d.select("meta[property=article:published_time], meta[name=article:published_time]").remove();
            d.head().appendElement("meta").attr("property", "article:published_time").attr("content", published);
        }
        d.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        return d.outerHtml().getBytes(StandardCharsets.UTF_8);
    }
}
