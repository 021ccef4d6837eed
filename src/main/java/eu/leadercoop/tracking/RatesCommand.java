package eu.leadercoop.tracking;

import eu.leadercoop.tracking.internal.RatesCommandConfiguration;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar leadercoop.jar rates FILE...}: imports ECB rates files (eurofxref.csv, eurofxref-hist.csv,
 * or their zips) into the configured database without starting the web server. Options starting with
 * {@code --} are Spring settings ({@code --spring.datasource.url=...}). Only the database and the rates
 * service start ({@link RatesCommandConfiguration}). Each file is stored whole or not at all; the first
 * malformed one stops the command with its line named.
 */
public final class RatesCommand {

    /** Exit codes: 0 imported, 1 a file is malformed, 2 wrong usage or a file cannot be read. */
    static final int OK = 0;
    static final int MALFORMED = 1;
    static final int USAGE = 2;

    private RatesCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> settings = Arrays.stream(args).filter(a -> a.startsWith("--")).toList();
        List<Path> files = Arrays.stream(args).filter(a -> !a.startsWith("--")).map(Path::of).toList();
        if (files.isEmpty()) {
            err.println("usage: java -jar leadercoop.jar rates FILE... (the ECB's eurofxref.csv or eurofxref-hist.csv, or their .zip)");
            return USAGE;
        }
        List<String> unreadable = new ArrayList<>(files.stream().filter(f -> !Files.isReadable(f) || Files.isDirectory(f)).map(Path::toString).toList());
        if (!unreadable.isEmpty()) {
            err.println("cannot read " + String.join(", ", unreadable));
            return USAGE;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RatesCommandConfiguration.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("logging.level.root=WARN")
                .run(settings.toArray(String[]::new))) {
            Rates rates = context.getBean(Rates.class);
            for (Path file : files) {
                try (InputStream in = Files.newInputStream(file)) {
                    RatesImport done = rates.importFile(file.getFileName().toString(), in);
                    out.printf("%s: %d rates of %d days, %s to %s%n", file, done.rates(), done.days(), done.firstDate(), done.lastDate());
                } catch (RatesFileException e) {
                    err.println(file + ": " + e.getMessage() + "; nothing of this file was stored");
                    return MALFORMED;
                } catch (IOException e) {
                    err.println(file + ": " + e.getMessage());
                    return USAGE;
                }
            }
        }
        return OK;
    }
}
