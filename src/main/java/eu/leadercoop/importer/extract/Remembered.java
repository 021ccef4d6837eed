package eu.leadercoop.importer.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What a function gives for a string, remembered on each thread for that very string object: the readers of one page
 * ask several times about the same line or name (the budget and the money in prose read the same lines' sums; a
 * partner list compares each name with every other). Kept by identity, so that what one page's strings gave never
 * answers for another page (the same words on a new page are new strings); bounded, so that a long run keeps little.
 */
final class Remembered<V> {

    private static final int MAX_ENTRIES = 4096;

    private final Function<String, V> function;
    private final ThreadLocal<Map<String, V>> values = ThreadLocal.withInitial(IdentityHashMap::new);

    Remembered(Function<String, V> function) {
        this.function = function;
    }

    V of(String s) {
        Map<String, V> known = values.get();
        V value = known.get(s);
        if (value == null) {
            if (known.size() >= MAX_ENTRIES) {
                known.clear();
            }
            value = function.apply(s);
            known.put(s, value);
        }
        return value;
    }
}
