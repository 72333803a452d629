package org.attest.clean;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Title and publication date from an HTML page's metadata. Reads the page as parsed, before
 * any cleaning removes scripts (JSON-LD lives in a script element).
 */
final class HtmlMetadata {
    /**
     * Meta names, properties and itemprops that carry a publication date, most trusted first,
     * folded to lower-case letters and digits (see {@code date-meta-keys.txt}).
     */
    private static final List<String> DATE_META_KEYS = ResourceLines.read(HtmlMetadata.class, "date-meta-keys.txt");
    /**
     * Keys ranked before this one name the publication itself ("article:published_time"); the
     * later ones ("date", "sailthru.date") are often a page's change date, so JSON-LD's
     * datePublished outranks them.
     */
    private static final int STRONG_DATE_META = DATE_META_KEYS.indexOf("publicationdate");
    /** Each folded key's rank in {@link #DATE_META_KEYS}. */
    private static final Map<String, Integer> DATE_META_RANK = rank(DATE_META_KEYS);
    /** "/2026/6/11/", "/2020-01-10/", "/2021-03-04-slug": year, month, day as path parts. */
    private static final Pattern URL_YMD = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?=[/_-])");
    /** "/20150512-slug", "/en/20150512_slug": eight digits opening a path part. */
    private static final Pattern URL_COMPACT = Pattern.compile("/((?:19|20)\\d{2})(\\d{2})(\\d{2})(?=[/_-])");
    /** How many elements after the headline a printed date is looked for in. */
    private static final int HEADLINE_DATE_LOOKAHEAD = 40;
    /** A date line is short ("Published Monday, Dec. 29 2014, 6:00 AM EST"). */
    private static final int MAX_HEADLINE_DATE = 60;
    /** A paragraph this long is the story: dates after it belong to what it tells. */
    private static final int STORY_PARAGRAPH = 80;
    /** Bound on JSON-LD nodes visited, so a hostile page cannot make us walk forever. */
    private static final int MAX_JSON_NODES = 10_000;

    private final ObjectMapper json;
    private final DateParser dates;

    HtmlMetadata(ObjectMapper json, DateParser dates) {
        this.json = json;
        this.dates = dates;
    }

    /**
     * The title: og:title, else {@code <title>}, else the first h1; site names stripped; or null.
     * When the article's JSON-LD headline opens the title before a separator ("Ein Bericht -
     * DAS MAGAZIN 52/2018", where the site part has more words than the headline), the headline.
     */
    String title(Element doc) {
        String t = titleFromTags(doc);
        String headline = Titles.headingBeforeSeparator(t, articleHeadline(jsonLd(doc)));
        return headline != null ? headline : t;
    }

    private static String titleFromTags(Element doc) {
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

    /**
     * The publication date from meta tags, JSON-LD or a {@code <time>} element, else from a
     * date that ends the title ("Headline | Site | 19.01.2020"); or null.
     */
    LocalDate published(Element doc) {
        MetaDate meta = metaDate(doc);
        if (meta != null && meta.rank() < STRONG_DATE_META) {
            return meta.date();
        }
        List<JsonNode> jsonLd = jsonLd(doc);
        LocalDate d = findDate(jsonLd, "datePublished");
        if (d != null) {
            return d;
        }
        if (meta != null) {
            return meta.date();
        }
        d = findDate(jsonLd, "dateCreated");
        if (d != null) {
            return d;
        }
        d = timeDate(doc);
        if (d != null) {
            return d;
        }
        d = urlDate(doc);
        if (d != null) {
            return d;
        }
        return titleDate(doc);
    }

    /**
     * The date of a {@code <time>} element: one marked as the publication date first, then one
     * inside the article ({@code article}, {@code main}, articleBody), then any other outside
     * sidebars, menus and footers, whose times belong to other stories ("Live news 10:25").
     */
    private LocalDate timeDate(Element doc) {
        Elements times = doc.getElementsByTag("time");
        if (times.isEmpty()) {
            return null;
        }
        LocalDate inArticle = null;
        LocalDate elsewhere = null;
        for (Element time : times) {
            LocalDate value = time.hasAttr("datetime") ? dates.parseValue(time.attr("datetime")) : null;
            // a malformed machine value ("2014-00-29T11:12:28Z") leaves the printed date to read
            LocalDate d = value != null ? value : dates.parseValue(time.text());
            if (d == null) {
                continue;
            }
            if (time.hasAttr("pubdate") || "datePublished".equalsIgnoreCase(time.attr("itemprop"))) {
                return d;
            }
            if (value == null) {
                continue;
            }
            Element place = placeOf(time);
            if (place != null && NodeStats.isArticle(place)) {
                inArticle = inArticle == null ? d : inArticle;
            } else if (place == null) {
                elsewhere = elsewhere == null ? d : elsewhere;
            }
        }
        return inArticle != null ? inArticle : elsewhere;
    }

    /** The nearest ancestor that is the article or a sidebar, menu or footer; or null. */
    private static Element placeOf(Element e) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (NodeStats.isArticle(a) || a.nameIs("aside") || a.nameIs("nav") || a.nameIs("footer")) {
                return a;
            }
        }
        return null;
    }

    /**
     * The date in the page's canonical address (else og:url), as news sites write it into their
     * paths: "/2026/6/11/", "/2020/01/10/", "/2021-03-04-", "/20150512-". Null when there is none.
     */
    private static LocalDate urlDate(Element doc) {
        String url = attr(doc, "link[rel=canonical]", "href");
        if (url == null) {
            url = attr(doc, "meta[property=og:url]", "content");
        }
        if (url == null) {
            return null;
        }
        Matcher m = URL_YMD.matcher(url);
        if (m.find()) {
            return DateParser.validDate(m.group(1), m.group(2), m.group(3));
        }
        m = URL_COMPACT.matcher(url);
        return m.find() ? DateParser.validDate(m.group(1), m.group(2), m.group(3)) : null;
    }

    /**
     * The date printed under the headline ("December 16, 2016, 4:19 PM" beside the byline), for
     * pages whose metadata and text state no date: the first short leaf element after the headline
     * {@code h1} (see {@link Titles#headline}) whose whole text reads as a date, looked for only
     * before the first long paragraph, where the story and the dates it tells begin. Null when none.
     */
    LocalDate headlineDate(Element doc, String title) {
        Element body = doc instanceof org.jsoup.nodes.Document d ? d.body() : doc;
        Element h1 = Titles.headlineElement(body, title);
        if (h1 == null) {
            return null;
        }
        Elements all = body.getAllElements();
        int start = all.indexOf(h1) + 1 + h1.getAllElements().size() - 1;
        for (int i = start; i < all.size() && i < start + HEADLINE_DATE_LOOKAHEAD; i++) {
            Element e = all.get(i);
            String text = e.text().strip();
            if (NodeStats.isParagraph(e) && text.length() >= STORY_PARAGRAPH) {
                return null;
            }
            if (!e.children().isEmpty() || text.isEmpty() || text.length() > MAX_HEADLINE_DATE) {
                continue;
            }
            LocalDate d = dates.parseValue(text);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** A date that ends og:title or {@code <title>}, or null. */
    private LocalDate titleDate(Element doc) {
        LocalDate d = dates.parseValue(Titles.trailingDatePart(attr(doc, "meta[property=og:title]", "content")));
        if (d == null) {
            Element title = doc.selectFirst("title");
            d = title == null ? null : dates.parseValue(Titles.trailingDatePart(title.text()));
        }
        return d;
    }

    /** A date from a meta element and the rank of its key in {@link #DATE_META_KEYS}. */
    private record MetaDate(LocalDate date, int rank) {}

    /**
     * The date of the best-ranked meta element that parses, in one pass over the meta elements
     * (no selector per key), or of a page element carrying schema.org's {@code datePublished}
     * with a machine value ({@code content} or {@code datetime}); or null.
     */
    private MetaDate metaDate(Element doc) {
        LocalDate best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Element meta : doc.getElementsByTag("meta")) {
            int rank = Math.min(rankOf(meta.attr("name")), Math.min(rankOf(meta.attr("property")),
                    rankOf(meta.attr("itemprop"))));
            if (rank < bestRank) {
                LocalDate d = dates.parseValue(meta.attr("content"));
                if (d != null) {
                    best = d;
                    bestRank = rank;
                }
            }
        }
        // schema.org microdata on a page element ("<span itemprop=datePublished content=...>"), ranked as its meta key
        int microdataRank = rankOf("datePublished");
        if (microdataRank < bestRank) {
            for (Element e : doc.getElementsByAttributeValue("itemprop", "datePublished")) {
                String value = e.hasAttr("content") ? e.attr("content") : e.attr("datetime");
                LocalDate d = e.nameIs("meta") || value.isEmpty() ? null : dates.parseValue(value);
                if (d != null) {
                    return new MetaDate(d, microdataRank);
                }
            }
        }
        return best == null ? null : new MetaDate(best, bestRank);
    }

    private static int rankOf(String key) {
        if (key.isEmpty()) {
            return Integer.MAX_VALUE;
        }
        Integer r = DATE_META_RANK.get(fold(key));
        return r == null ? Integer.MAX_VALUE : r;
    }

    /** Lower-case letters and digits only: "DC.date.issued" is "dcdateissued". */
    static String fold(String key) {
        StringBuilder sb = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    private static Map<String, Integer> rank(List<String> keys) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            m.putIfAbsent(keys.get(i), i);
        }
        return Map.copyOf(m);
    }

    /** The parsed JSON-LD blocks of the page; blocks that do not parse are left out. */
    private List<JsonNode> jsonLd(Element doc) {
        List<JsonNode> roots = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode root = json.readTree(script.data());
                if (root != null) {
                    roots.add(root);
                }
            } catch (JsonProcessingException e) {
                // bad JSON-LD is common on the web; the other sources may still answer
            }
        }
        return roots;
    }

    /**
     * The first value of {@code field} that parses in the JSON-LD blocks, arrays and @graph
     * included: in an object typed as an article if any block has one, else in any object.
     */
    private LocalDate findDate(List<JsonNode> roots, String field) {
        for (boolean articlesOnly : new boolean[] {true, false}) {
            for (JsonNode root : roots) {
                LocalDate d = findDate(root, field, articlesOnly);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /**
     * Breadth-first over objects and arrays, without recursion: the date of the first object
     * (typed as an article, NewsArticle, BlogPosting, Report ..., when {@code articlesOnly}, so
     * a related story listed before the page's own article does not date it).
     */
    private LocalDate findDate(JsonNode root, String field, boolean articlesOnly) {
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
                    if (d != null && (!articlesOnly || isArticle(node.get("@type")))) {
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

    /** The {@code headline} of the first JSON-LD object typed as an article, normalised; or null. */
    private static String articleHeadline(List<JsonNode> roots) {
        for (JsonNode root : roots) {
            Deque<JsonNode> queue = new ArrayDeque<>();
            queue.add(root);
            int visited = 0;
            while (!queue.isEmpty() && visited++ < MAX_JSON_NODES) {
                JsonNode node = queue.poll();
                if (node.isObject()) {
                    JsonNode value = node.get("headline");
                    if (value != null && value.isTextual() && isArticle(node.get("@type"))) {
                        return TextNormalizer.normalize(value.asText()).replace('\n', ' ');
                    }
                }
                node.elements().forEachRemaining(queue::add);
            }
        }
        return null;
    }

    /** An @type (a string or an array of them) naming an article, a posting or a report. */
    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticle(t)) {
                    return true;
                }
            }
            return false;
        }
        String t = type.asText();
        return t.contains("Article") || t.contains("Posting") || t.contains("Report");
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
