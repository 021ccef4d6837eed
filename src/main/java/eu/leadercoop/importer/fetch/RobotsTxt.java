package eu.leadercoop.importer.fetch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A site's {@code robots.txt} as RFC 9309 reads it, for one user agent: the groups naming that agent (or, when none
 * does, the {@code *} group) give allow and disallow rules; the rule with the longest matching path wins, allow on a
 * tie; {@code *} matches any characters and a final {@code $} the end of the path. Lines that are not rules are
 * ignored.
 */
public final class RobotsTxt {

    /** No robots.txt, or one that could not be found: everything may be read. */
    public static final RobotsTxt ALLOW_ALL = new RobotsTxt(List.of());
    /** A site whose robots.txt could not be read because of a server error: nothing may be read (RFC 9309 2.3.1.4). */
    public static final RobotsTxt DISALLOW_ALL = new RobotsTxt(List.of(new Rule(false, "/")));

    private record Rule(boolean allow, String pattern) {
    }

    private final List<Rule> rules;

    private RobotsTxt(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules of {@code text} that apply to {@code agent} (a product token such as {@code LeaderCoop}). */
    public static RobotsTxt parse(String text, String agent) {
        String me = agent.toLowerCase(Locale.ROOT);
        List<Rule> mine = new ArrayList<>();
        List<Rule> anyone = new ArrayList<>();
        boolean foundMine = false;
        List<String> groupAgents = new ArrayList<>();
        boolean inRules = false;
        for (String raw : text.split("\r\n|\r|\n")) {
            String line = raw;
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "user-agent" -> {
                    if (inRules) {
                        groupAgents.clear();
                        inRules = false;
                    }
                    groupAgents.add(value.toLowerCase(Locale.ROOT));
                }
                case "allow", "disallow" -> {
                    inRules = true;
                    if (value.isEmpty()) {
                        continue; // "Disallow:" with nothing allows everything
                    }
                    Rule rule = new Rule(key.equals("allow"), value);
                    if (groupAgents.contains(me)) {
                        mine.add(rule);
                    }
                    if (groupAgents.contains("*")) {
                        anyone.add(rule);
                    }
                }
                default -> {
                    // sitemap, crawl-delay and other records neither start nor end a group's rules
                }
            }
            if (key.equals("user-agent") && value.toLowerCase(Locale.ROOT).equals(me)) {
                foundMine = true;
            }
        }
        return new RobotsTxt(foundMine ? mine : anyone);
    }

    /** Whether a path with its query ({@code /projekt?id=3}, as sent: percent-encoded) may be fetched. */
    public boolean allows(String pathAndQuery) {
        String path = pathAndQuery == null || pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        Rule best = null;
        for (Rule rule : rules) {
            if (matches(rule.pattern(), path) && (best == null || rule.pattern().length() > best.pattern().length()
                    || (rule.pattern().length() == best.pattern().length() && rule.allow()))) {
                best = rule;
            }
        }
        return best == null || best.allow();
    }

    /** {@code *} any characters, {@code $} at the end: the path's end; otherwise a prefix match. */
    static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern + "*";
        // the usual wildcard walk: on a mismatch go back to the last star and let it take one character more
        int pi = 0;
        int si = 0;
        int star = -1;
        int starAt = 0;
        while (si < path.length()) {
            if (pi < p.length() && p.charAt(pi) == '*') {
                star = pi++;
                starAt = si;
            } else if (pi < p.length() && p.charAt(pi) == path.charAt(si)) {
                pi++;
                si++;
            } else if (star >= 0) {
                pi = star + 1;
                si = ++starAt;
            } else {
                return false;
            }
        }
        while (pi < p.length() && p.charAt(pi) == '*') {
            pi++;
        }
        return pi == p.length();
    }
}
