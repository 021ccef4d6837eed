package eu.leadercoop.search.index;

import java.nio.file.Path;

/** Where the embedded index lives: {@code ${leadercoop.data-dir}/index}, one sub-folder per index. */
public record IndexLocation(Path root) {

    /** The file recording which mapping version and which database the embedded index was built for. */
    public Path marker() {
        return root.resolve("leadercoop-index.properties");
    }
}
