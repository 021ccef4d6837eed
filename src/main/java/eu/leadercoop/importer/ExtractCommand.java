package eu.leadercoop.importer;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code java -jar leadercoop.jar extract FILE...}: prints one JSON object per project, one line each, in the order
 * of the files given (a page that describes several projects gives several objects with the same {@code source}),
 * without starting Spring or touching the database. A file that cannot be read gives an object with {@code source} and
 * {@code error}. Exit status: 0 when at least one file gave a draft, 1 when every file failed, 2 when no file was
 * named.
 */
public final class ExtractCommand {

    private ExtractCommand() {
    }

    public static int run(String[] files, PrintStream out, PrintStream err) {
        if (files.length == 0) {
            err.println("usage: java -jar leadercoop.jar extract FILE...");
            return 2;
        }
        PrintStream utf8 = new PrintStream(out, true, StandardCharsets.UTF_8);
        DocumentImporter importer = new DocumentImporter();
        int drafts = 0;
        for (String file : files) {
            List<ExtractionOutcome> outcomes;
            try {
                outcomes = importer.extractAll(Path.of(file));
            } catch (RuntimeException e) {
                outcomes = List.of(new ExtractionFailure(file, "The file name could not be used: " + e.getMessage()));
            }
            for (ExtractionOutcome outcome : outcomes) {
                if (outcome instanceof ExtractedProject) {
                    drafts++;
                } else if (outcome instanceof ExtractionFailure f) {
                    err.println(file + ": " + f.error());
                }
                utf8.println(ExtractionJson.write(outcome));
            }
        }
        utf8.flush();
        return drafts > 0 ? 0 : 1;
    }
}
