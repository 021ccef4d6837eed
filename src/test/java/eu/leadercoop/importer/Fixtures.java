package eu.leadercoop.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test fixtures under {@code src/test/resources/importer/}. */
public final class Fixtures {

    public static final String[] SEEDS = {"000_bfbd7f282b01c043.txt", "001_958b2b694b3f019f.txt",
            "002_c4c3ad44e4253899.txt", "003_2638da6255219ed9.txt", "004_c77291bc61d4bea9.txt"};

    private Fixtures() {
    }

    public static byte[] bytes(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/importer/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    /** Seed {@code n} (0..4) as text. */
    public static String seed(int n) {
        return text("seeds/" + SEEDS[n]);
    }
}
