package org.attest.clean;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Title and publication date from an HTML page's metadata. Reads the page as parsed, before
 * any cleaning removes scripts (JSON-LD lives in a script element).
 */
final class HtmlMetadata {
    /** Meta names and properties that carry a publication date, most trusted first. */
    private static final List<String> DATE_META = List.of(
            "meta[property=article:published_time]", "meta[name=article:published_time]",
            "meta[itemprop=datePublished]", "meta[property=og:published_time]",
            "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish-date]", "meta[name=date]",
            "meta[name=DC.date.issued]", "meta[name=DC.date]", "meta[name=dcterms.date]",
            "meta[name=dcterms.created]", "meta[name=sailthru.date]", "meta[name=parsely-pub-date]");
    /** Bound on JSON-LD nodes visited, so a hostile page cannot make us walk forever. */
    private static final int MAX_JSON_NODES = 10_000;

    private final ObjectMapper json;
    private final DateParser dates;

    HtmlMetadata(ObjectMapper json, DateParser dates) {
        this.json = json;
        this.dates = dates;
    }

    /** The title: og:title, else {@code <title>}, else the first h1; site names stripped; or null. */
    String title(Element doc) {
        String og = attr(doc, "meta[property=og:title]", "content");
        String t = Titles.stripSiteName(og);
        if (t == null) {
            Element title = doc.selectFirst("title");
            t = title == null ? null : Titles.stripSiteName(title.text());
        }
        if (t == null) {
            Element h1 = doc.selectFirst("h1");
            t = h1 == null ? null : Titles.stripSiteName(h1.text());
        }
        return t;
    }

    /** The publication date from meta tags, JSON-LD or a {@code <time>} element; or null. */
    LocalDate published(Element doc) {
        for (String query : DATE_META) {
            LocalDate d = dates.parseValue(attr(doc, query, "content"));
            if (d != null) {
                return d;
            }
        }
        LocalDate d = jsonLdDate(doc);
        if (d != null) {
            return d;
        }
        for (Element time : doc.select("time[pubdate], time[itemprop=datePublished], time[datetime]")) {
            d = dates.parseValue(time.hasAttr("datetime") ? time.attr("datetime") : time.text());
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** The first datePublished (else dateCreated) in any JSON-LD block, arrays and @graph included. */
    private LocalDate jsonLdDate(Element doc) {
        Elements scripts = doc.select("script[type=application/ld+json]");
        for (String field : List.of("datePublished", "dateCreated")) {
            for (Element script : scripts) {
                JsonNode root;
                try {
                    root = json.readTree(script.data());
                } catch (JsonProcessingException e) {
                    continue; // bad JSON-LD is common on the web; the other sources may still answer
                }
                LocalDate d = findDate(root, field);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** Breadth-first over objects and arrays, without recursion. */
    private LocalDate findDate(JsonNode root, String field) {
        Deque<JsonNode> queue = new ArrayDeque<>();
        if (root != null) {
            queue.add(root);
        }
        int visited = 0;
        while (!queue.isEmpty() && visited++ < MAX_JSON_NODES) {
            JsonNode node = queue.poll();
            if (node.isObject()) {
                JsonNode value = node.get(field);
                if (value != null && value.isTextual()) {
                    LocalDate d = dates.parseValue(value.asText());
                    if (d != null) {
                        return d;
                    }
                }
                node.elements().forEachRemaining(queue::add);
            } else if (node.isArray()) {
                node.elements().forEachRemaining(queue::add);
            }
        }
        return null;
    }

    private static String attr(Element doc, String query, String name) {
        Element e = doc.selectFirst(query);
        if (e == null) {
            return null;
        }
        String v = e.attr(name).strip();
        return v.isEmpty() ? null : v;
    }
}
