package org.attest.app.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of a robots.txt file (RFC 9309) that apply to one user agent: the group naming the
 * agent's product token, else the {@code *} group. Allow and Disallow values are path prefixes,
 * with {@code *} matching any run of characters and a final {@code $} anchoring the end; the
 * longest matching rule decides and Allow wins a tie. Unknown lines are ignored.
 */
final class RobotsRules {
    private record Rule(boolean allow, String pattern) {}

    /** Allows everything: no robots.txt, or one that says nothing for us. */
    static final RobotsRules ALLOW_ALL = new RobotsRules(List.of());
    /** Refuses everything: robots.txt could not be fetched (RFC 9309 2.3.1.4). */
    static final RobotsRules DISALLOW_ALL = new RobotsRules(List.of(new Rule(false, "/")));

    private final List<Rule> rules;

    private RobotsRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules of {@code text} for the agent whose product token is {@code agent}. */
    static RobotsRules parse(String text, String agent) {
        Groups g = new Groups(agent.toLowerCase(Locale.ROOT));
        for (String raw : text.split("\\r?\\n|\\r")) {
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (key.equals("user-agent")) {
                g.agent(value.toLowerCase(Locale.ROOT));
            } else if (key.equals("allow") || key.equals("disallow")) {
                g.rule(new Rule(key.equals("allow"), value));
            }
        }
        g.close();
        return new RobotsRules(g.mineFound ? g.mine : g.star);
    }

    /** Collects the rules of the groups that name our agent, and of the {@code *} groups. */
    private static final class Groups {
        private final String token;
        private final List<Rule> mine = new ArrayList<>();
        private final List<Rule> star = new ArrayList<>();
        private final List<String> agents = new ArrayList<>();
        private final List<Rule> current = new ArrayList<>();
        private boolean mineFound;
        private boolean inRules;

        Groups(String token) {
            this.token = token;
        }

        void agent(String name) {
            if (inRules) {
                close(); // a user-agent line after rules starts a new group
            }
            agents.add(name);
        }

        void rule(Rule r) {
            inRules = true;
            if (!r.pattern().isEmpty()) { // "Disallow:" with no value allows everything
                current.add(r);
            }
        }

        void close() {
            for (String a : agents) {
                if (a.equals(token)) {
                    mine.addAll(current);
                    mineFound = true;
                } else if (a.equals("*")) {
                    star.addAll(current);
                }
            }
            agents.clear();
            current.clear();
            inRules = false;
        }
    }

    /** True when the path (with its query) may be fetched. */
    boolean allows(String pathAndQuery) {
        String path = pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        Rule best = null;
        for (Rule r : rules) {
            if (matches(r.pattern(), path) && (best == null || r.pattern().length() > best.pattern().length()
                    || r.pattern().length() == best.pattern().length() && r.allow())) {
                best = r;
            }
        }
        return best == null || best.allow();
    }

    /**
     * Glob match of a robots.txt pattern against a path: {@code *} is any run, a final
     * {@code $} anchors the end, otherwise the pattern is a prefix. Greedy with one backtrack
     * point, so linear in practice and never exponential.
     */
    static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern + "*";
        int i = 0;
        int j = 0;
        int star = -1;
        int mark = 0;
        while (j < path.length()) {
            if (i < p.length() && p.charAt(i) != '*' && p.charAt(i) == path.charAt(j)) {
                i++;
                j++;
            } else if (i < p.length() && p.charAt(i) == '*') {
                star = i++;
                mark = j;
            } else if (star >= 0) {
                i = star + 1;
                j = ++mark;
            } else {
                return false;
            }
        }
        while (i < p.length() && p.charAt(i) == '*') {
            i++;
        }
        return i == p.length();
    }
}
