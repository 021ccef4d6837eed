package eu.leadercoop;

import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Property checks without a library: a property is checked on many samples drawn from a seeded
 * {@link Random}, so a failure names its sample and repeats on the next run. {@code -Dleadercoop.seed=<n>}
 * explores other samples.
 */
public final class Properties {

    private static final long SEED = Long.getLong("leadercoop.seed", 20_241_108L);

    private Properties() {
    }

    /** Checks {@code property} on {@code tries} samples; a failure reports the sample, its number and the seed. */
    public static <T> void forAll(int tries, Function<Random, T> generator, Consumer<T> property) {
        Random random = new Random(SEED);
        for (int i = 0; i < tries; i++) {
            T sample = generator.apply(random);
            try {
                property.accept(sample);
            } catch (AssertionError | RuntimeException e) {
                String shown = String.valueOf(sample);
                if (shown.length() > 500) {
                    shown = shown.substring(0, 500) + "…";
                }
                throw new AssertionError("falsified by sample " + i + " <" + shown + "> (seed " + SEED + "): "
                        + e.getMessage(), e);
            }
        }
    }
}
