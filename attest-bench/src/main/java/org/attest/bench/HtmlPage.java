package org.attest.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Wraps an article in a news page with the furniture real sites carry: head scripts and
 * styles, a navigation bar, a cookie banner, advertisements and share bars between paragraphs,
 * a related-stories box and a link-heavy footer. The cleaner has to find the article among
 * them; the amounts vary per page so no two pages look alike.
 */
final class HtmlPage {
    private static final String[] SECTIONS = {"World", "Middle East", "Politics", "Rights", "Economy",
        "Opinion", "Video", "Podcasts", "Analysis", "Culture", "Sport", "Science", "Newsletters", "Archive"};
    private static final String[] SITES = {"The Daily Ledger", "Meridian Post", "Civic Wire", "Northgate Times",
        "The Open Record", "Harbour Herald"};
    private static final String[] ADS = {
        "Advertisement", "Sponsored: Compare the best travel insurance deals of the season",
        "Subscribe today and get your first three months for the price of one",
        "Sign up for our morning briefing, delivered to your inbox before breakfast",
        "Promoted content: ten gadgets that will change how you work from home"};
    private static final String[] SHARE = {"Share on Facebook", "Share on X", "Share on WhatsApp", "Email",
        "Copy link", "Print"};

    private HtmlPage() {}

    static String wrap(String title, List<String> paragraphs, LocalDate published, Random r) {
        String site = SITES[r.nextInt(SITES.length)];
        StringBuilder b = new StringBuilder(8192);
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>")
                .append(esc(title)).append(" | ").append(site).append("</title>\n")
                .append("<meta property=\"article:published_time\" content=\"").append(published)
                .append("T08:").append(10 + r.nextInt(50)).append(":00Z\">\n")
                .append("<style>body{font-family:serif}.ad{border:1px solid #ccc}.nav li{display:inline}</style>\n")
                .append("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}")
                .append("gtag('config','UA-").append(100000 + r.nextInt(900000)).append("');</script>\n</head><body>\n");
        b.append("<header><div class=\"logo\"><a href=\"/\">").append(site).append("</a></div><nav class=\"nav\"><ul>");
        int links = 8 + r.nextInt(20);
        for (int i = 0; i < links; i++) {
            String s = SECTIONS[r.nextInt(SECTIONS.length)];
            b.append("<li><a href=\"/").append(s.toLowerCase().replace(' ', '-')).append("\">").append(s).append("</a></li>");
        }
        b.append("</ul></nav></header>\n");
        if (r.nextBoolean()) {
            b.append("<div class=\"cookie-banner\"><p>We use cookies to improve your experience and to show "
                    + "relevant advertising. By continuing you agree to our use of cookies.</p>"
                    + "<button>Accept all</button><button>Manage settings</button></div>\n");
        }
        b.append("<main><article><h1>").append(esc(title)).append("</h1>\n<div class=\"byline\">By Staff Reporter | <time datetime=\"")
                .append(published).append("\">").append(published).append("</time></div>\n");
        int adEvery = 3 + r.nextInt(3);
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            if (p.length() < 90 && !p.endsWith(".")) {
                b.append("<h2>").append(esc(p)).append("</h2>\n");
            } else {
                b.append("<p>").append(esc(p)).append("</p>\n");
            }
            if (i % adEvery == adEvery - 1) {
                b.append("<div class=\"ad\" data-slot=\"").append(r.nextInt(1000)).append("\"><span>")
                        .append(ADS[r.nextInt(ADS.length)]).append("</span></div>\n");
            }
            if (i == 1) {
                b.append("<div class=\"share-bar\">");
                for (String s : SHARE) {
                    b.append("<a href=\"#\">").append(s).append("</a> ");
                }
                b.append("</div>\n");
            }
        }
        b.append("</article>\n<aside class=\"related\"><h3>Related stories</h3><ul>");
        int related = 3 + r.nextInt(5);
        for (int i = 0; i < related; i++) {
            b.append("<li><a href=\"/story/").append(r.nextInt(1_000_000)).append("\">")
                    .append(SECTIONS[r.nextInt(SECTIONS.length)]).append(" briefing: what we know so far</a></li>");
        }
        b.append("</ul></aside></main>\n<footer><ul>");
        for (String s : new String[] {"About us", "Contact", "Careers", "Advertise", "Privacy policy",
            "Terms of use", "Cookie settings", "Accessibility"}) {
            b.append("<li><a href=\"/").append(s.toLowerCase().replace(' ', '-')).append("\">").append(s).append("</a></li>");
        }
        b.append("</ul><p>&copy; ").append(published.getYear()).append(' ').append(site)
                .append(". All rights reserved.</p></footer>\n<script src=\"/assets/app.")
                .append(Integer.toHexString(r.nextInt())).append(".js\" async></script>\n</body></html>\n");
        return b.toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
