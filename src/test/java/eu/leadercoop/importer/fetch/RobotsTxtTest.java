package eu.leadercoop.importer.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RobotsTxtTest {

    @Test
    void ourGroupWinsOverTheGroupForEveryone() {
        RobotsTxt robots = RobotsTxt.parse(FixtureSite.ROBOTS, "LeaderCoop");
        assertThat(robots.allows("/project")).isTrue();
        assertThat(robots.allows("/closed/project")).isFalse();
        assertThat(RobotsTxt.parse(FixtureSite.ROBOTS, "OtherBot").allows("/project")).isFalse();
    }

    @Test
    void withoutOurGroupTheGroupForEveryoneCounts() {
        RobotsTxt robots = RobotsTxt.parse("""
                User-agent: Googlebot
                Disallow: /

                user-agent: *   # everyone else
                disallow: /admin
                Disallow:
                sitemap: https://example.ee/sitemap.xml
                """, "LeaderCoop");
        assertThat(robots.allows("/admin/users")).isFalse();
        assertThat(robots.allows("/projektid")).isTrue();
        assertThat(RobotsTxt.parse("", "LeaderCoop").allows("/")).isTrue();
        assertThat(RobotsTxt.parse("garbage\u0000\nDisallow /x", "LeaderCoop").allows("/x")).isTrue();
    }

    @Test
    void groupsNamingSeveralAgentsAndTheLongestRuleWithAllowOnATie() {
        RobotsTxt robots = RobotsTxt.parse("""
                User-agent: SomeBot
                User-agent: leadercoop
                Disallow: /projektid/
                Allow: /projektid/koostoo
                Disallow: /*.pdf$
                Allow: /same
                Disallow: /same
                """, "LeaderCoop");
        assertThat(robots.allows("/projektid/vana")).isFalse();
        assertThat(robots.allows("/projektid/koostoo-2024")).isTrue();
        assertThat(robots.allows("/files/plan.pdf")).isFalse();
        assertThat(robots.allows("/files/plan.pdf?v=2")).isTrue();
        assertThat(robots.allows("/same")).isTrue();
    }

    @Test
    void wildcardsMatchAnyCharactersAndDollarTheEnd() {
        assertThat(RobotsTxt.matches("/a*b", "/axxxb/c")).isTrue();
        assertThat(RobotsTxt.matches("/a*b$", "/axxxb/c")).isFalse();
        assertThat(RobotsTxt.matches("/a*b$", "/axbxb")).isTrue();
        assertThat(RobotsTxt.matches("*?id=", "/p?id=3")).isTrue();
        assertThat(RobotsTxt.matches("/x", "/y")).isFalse();
        // many stars and a long path stay fast
        assertThat(RobotsTxt.matches("/" + "*a".repeat(40) + "$", "/" + "a".repeat(5000) + "b")).isFalse();
    }
}
