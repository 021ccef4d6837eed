package eu.leadercoop.search.bench;

import eu.leadercoop.registry.model.PartnerRole;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The search benchmark's synthetic projects with partners that behave like real ones, for the offline
 * evaluation of partner suggestions. {@link ProjectGenerator} draws every partner uniformly at random,
 * whatever the text says, so no method can predict a partner better than chance there. Here each of
 * {@value #TOPICS} topics has its own words (a place-like name and two vocabulary words, in the
 * project's language) that its projects' titles and summaries use; every organisation works on two
 * topics; a project's lead is an organisation of its topic, and each further partner is with
 * probability 0.45 an earlier partner of the lead, 0.35 another organisation of the topic, and
 * otherwise anyone. Texts, periods, budgets and events are the generator's own. With
 * {@code randomPartners} the generator's partners are kept as they are (the chance level).
 */
final class PartnerWorld {

    static final int TOPICS = 20;

    private final ProjectGenerator base;
    private final boolean randomPartners;
    private final List<ProjectGenerator.Org> organisations;
    private final List<List<Integer>> byTopic = new ArrayList<>();
    private final Map<Integer, ProjectGenerator.GenProject> cache = new HashMap<>();

    PartnerWorld(ProjectGenerator base, long seed, boolean randomPartners) {
        this.base = base;
        this.randomPartners = randomPartners;
        this.organisations = base.organisations();
        Random r = new Random(seed);
        for (int t = 0; t < TOPICS; t++) {
            byTopic.add(new ArrayList<>());
        }
        for (int o = 0; o < organisations.size(); o++) {
            int first = r.nextInt(TOPICS);
            int second = (first + 1 + r.nextInt(TOPICS - 1)) % TOPICS;
            byTopic.get(first).add(o);
            byTopic.get(second).add(o);
        }
    }

    List<ProjectGenerator.Org> organisations() {
        return organisations;
    }

    int projects() {
        return base.projects();
    }

    /**
     * Project {@code index}: the generator's, with its topic's words and, unless partners are random,
     * partners drawn as described above. Earlier projects must be asked first (partners repeat), so
     * callers go in index order; answers are kept.
     */
    ProjectGenerator.GenProject project(int index) {
        ProjectGenerator.GenProject cached = cache.get(index);
        if (cached != null) {
            return cached;
        }
        ProjectGenerator.GenProject g = base.project(index);
        Random r = new Random(index * 7_919L + 17);
        int topic = r.nextInt(TOPICS);
        String words = topicWords(topic, g.language(), r);
        List<Integer> partners = g.partners();
        List<PartnerRole> roles = g.roles();
        if (!randomPartners) {
            List<Integer> members = byTopic.get(topic);
            int lead = members.get(r.nextInt(members.size()));
            Set<Integer> chosen = new LinkedHashSet<>();
            chosen.add(lead);
            List<Integer> earlier = earlierPartners.getOrDefault(lead, List.of());
            int wanted = g.partners().size();
            for (int tries = 0; chosen.size() < wanted && tries < 50; tries++) {
                double roll = r.nextDouble();
                int next = roll < 0.45 && !earlier.isEmpty() ? earlier.get(r.nextInt(earlier.size()))
                        : roll < 0.80 ? members.get(r.nextInt(members.size())) : r.nextInt(organisations.size());
                chosen.add(next);
            }
            partners = List.copyOf(chosen);
            roles = new ArrayList<>();
            for (int i = 0; i < partners.size(); i++) {
                roles.add(i == 0 ? PartnerRole.LEAD_PARTNER : PartnerRole.PARTNER);
            }
            for (int a : partners) {
                for (int b : partners) {
                    if (a != b) {
                        List<Integer> list = earlierPartners.computeIfAbsent(a, k -> new ArrayList<>());
                        if (!list.contains(b)) {
                            list.add(b);
                        }
                    }
                }
            }
        }
        ProjectGenerator.GenProject p = new ProjectGenerator.GenProject(g.index(), g.language(), g.title() + " " + words,
                g.summary() + " " + words + ".", g.targetGroups(), g.goals(), g.activities(), g.events(), g.media(), partners, roles,
                g.budgetAmount(), g.currency(), g.programme(), g.measure(), g.start(), g.end(), g.referenceNumber());
        cache.put(index, p);
        return p;
    }

    private final Map<Integer, List<Integer>> earlierPartners = new HashMap<>();

    /** A topic's words in a language: a name no other topic has, and two of the language's words in one of their forms. */
    private static String topicWords(int topic, String lang, Random r) {
        List<Vocabulary.Word> words = ProjectGenerator.words(lang);
        String place = ProjectGenerator.targetPlace(100 + topic, lang);
        return place + " " + words.get(topic % words.size()).any(r) + " " + words.get((topic * 7 + 3) % words.size()).any(r);
    }
}
