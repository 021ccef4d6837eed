package eu.leadercoop.importer;

import eu.leadercoop.importer.draft.ImportDrafts;
import eu.leadercoop.importer.review.DraftSummaries;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar leadercoop.jar import FILE...}: reads each file into a draft and saves it for review on the
 * Import page, printing one line per file: what was saved (title, partners and how many of them are known
 * organisations, goals, activities, events, warnings, and the recorded project it probably describes) or why
 * the file gave no draft. Starts the application without its web server, on the configured database; options
 * of the form {@code --name=value} before or between the files are Spring settings
 * ({@code --spring.datasource.url=...}). Exit status: 0 when at least one draft was saved, 1 when none, 2 when
 * no file was named.
 */
public final class ImportCommand {

    private ImportCommand() {
    }

    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        List<String> files = new ArrayList<>();
        List<String> settings = new ArrayList<>();
        settings.add("--spring.main.banner-mode=off");
        settings.add("--logging.level.root=ERROR");
        for (String arg : args) {
            (arg.startsWith("--") ? settings : files).add(arg);
        }
        if (files.isEmpty()) {
            err.println("usage: java -jar leadercoop.jar import FILE...");
            return 2;
        }
        PrintStream utf8 = new PrintStream(out, true, StandardCharsets.UTF_8);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .run(settings.toArray(String[]::new))) {
            ImportDrafts drafts = context.getBean(ImportDrafts.class);
            DraftSummaries summaries = context.getBean(DraftSummaries.class);
            int saved = 0;
            for (String file : files) {
                ImportDrafts.Added added;
                try {
                    added = drafts.add(Path.of(file));
                } catch (RuntimeException e) {
                    added = new ImportDrafts.Refused(file, "The file could not be imported (" + e.getClass().getSimpleName() + ").");
                }
                if (added instanceof ImportDrafts.Kept kept) {
                    saved++;
                    utf8.println(file + ": " + summaries.describe(kept.draft()));
                } else if (added instanceof ImportDrafts.Refused refused) {
                    utf8.println(file + ": not imported: " + refused.reason());
                    err.println(file + ": " + refused.reason());
                }
            }
            utf8.println(saved + " of " + files.size() + " files saved as drafts; review them on the Import page (/import).");
            return saved > 0 ? 0 : 1;
        }
    }
}
