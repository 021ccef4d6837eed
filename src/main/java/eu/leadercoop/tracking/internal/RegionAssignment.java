package eu.leadercoop.tracking.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives events distinct regions so that as many events as possible count: a maximum bipartite matching
 * (Kuhn's augmenting paths) between events and the regions each could be in. Events are tried in the given
 * order, and an event once given a region keeps one (its region may change to make room for a later event),
 * so listing held events before planned ones counts as many held events as possible first.
 */
final class RegionAssignment {

    private final List<List<String>> candidates;
    private final Map<String, Integer> owner = new HashMap<>();

    private RegionAssignment(List<List<String>> candidates) {
        this.candidates = candidates;
    }

    /**
     * @param candidates for each event, the keys of the regions it could count in
     * @return for each event, the key of the region it counts in, or null when all its regions are taken
     */
    static List<String> assign(List<List<String>> candidates) {
        RegionAssignment assignment = new RegionAssignment(candidates);
        for (int event = 0; event < candidates.size(); event++) {
            assignment.place(event, new HashSet<>());
        }
        List<String> result = new ArrayList<>();
        for (int event = 0; event < candidates.size(); event++) {
            result.add(null);
        }
        assignment.owner.forEach((region, event) -> result.set(event, region));
        return result;
    }

    private boolean place(int event, Set<String> visited) {
        for (String region : candidates.get(event)) {
            if (visited.add(region)) {
                Integer current = owner.get(region);
                if (current == null || place(current, visited)) {
                    owner.put(region, event);
                    return true;
                }
            }
        }
        return false;
    }
}
