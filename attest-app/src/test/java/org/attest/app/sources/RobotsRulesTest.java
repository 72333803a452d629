package org.attest.app.sources;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RobotsRulesTest {
    @Test
    void theStarGroupAppliesWhenNoGroupNamesUs() {
        RobotsRules r = RobotsRules.parse("# comment\nUser-agent: *\nDisallow: /admin # why\nDisallow:\n", "attest");
        assertThat(r.allows("/admin/x")).isFalse();
        assertThat(r.allows("/news/1")).isTrue();
    }

    @Test
    void ourGroupReplacesTheStarGroupAndGroupsWithSeveralAgentsCount() {
        String txt = "User-agent: *\nDisallow: /\n\nUser-Agent: someone\nuser-agent: ATTEST\nDisallow: /drafts/\n";
        RobotsRules r = RobotsRules.parse(txt, "attest");
        assertThat(r.allows("/")).isTrue();
        assertThat(r.allows("/drafts/a")).isFalse();
        assertThat(RobotsRules.parse(txt, "other").allows("/news")).isFalse();
    }

    @Test
    void theLongestRuleWinsAndAllowWinsATie() {
        RobotsRules r = RobotsRules.parse("User-agent: *\nDisallow: /a\nAllow: /a/b\nDisallow: /a/b/c\nAllow: /x\nDisallow: /x\n", "attest");
        assertThat(r.allows("/a/z")).isFalse();
        assertThat(r.allows("/a/b/z")).isTrue();
        assertThat(r.allows("/a/b/c")).isFalse();
        assertThat(r.allows("/x")).isTrue();
    }

    @Test
    void wildcardsAndEndAnchors() {
        RobotsRules r = RobotsRules.parse("User-agent: *\nDisallow: /*.pdf$\nDisallow: /*?print=\n", "attest");
        assertThat(r.allows("/files/report.pdf")).isFalse();
        assertThat(r.allows("/files/report.pdf.html")).isTrue();
        assertThat(r.allows("/story?id=3&print=1")).isTrue();
        assertThat(r.allows("/story?print=1")).isFalse();
        assertThat(RobotsRules.matches("/*a*a*a*a*a*a*a*b", "/" + "a".repeat(5000))).isFalse();
    }

    @Test
    void emptyOrUnrelatedFilesAllowEverything() {
        assertThat(RobotsRules.parse("", "attest").allows("/x")).isTrue();
        assertThat(RobotsRules.parse("Sitemap: https://x.example/s.xml\n", "attest").allows("/x")).isTrue();
        assertThat(RobotsRules.DISALLOW_ALL.allows("/x")).isFalse();
    }
}
