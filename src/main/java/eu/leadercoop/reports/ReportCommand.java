package eu.leadercoop.reports;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar leadercoop.jar report --project ID [--lang et|pl|en] --out FILE.pdf}: writes a published
 * project's report as PDF without the web server, from the database the application is configured with
 * ({@code ./data} or {@code SPRING_DATASOURCE_*}), which it only reads (the example projects are not loaded
 * into an empty one). Links in the PDF point at {@code leadercoop.site-url}.
 *
 * <p>The PDF is written to a temporary file beside {@code FILE} and moved into place only when complete, so a
 * failure never leaves a half-written file. Exit status: 0 written; 1 the report could not be made (no such
 * published project, the file cannot be written); 2 wrong arguments (usage, unknown language).
 */
public final class ReportCommand {

    public static final String USAGE = "usage: java -jar leadercoop.jar report --project ID [--lang et|pl|en] --out FILE.pdf";

    /** The command's arguments, checked. */
    record Arguments(long projectId, String lang, Path out) {
    }

    /** Wrong arguments: the message says which. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    private ReportCommand() {
    }

    /** Runs the command with a non-web Spring context of {@code application}; returns the exit status. */
    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        Arguments arguments;
        try {
            arguments = parse(args);
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        // fail before the (slow) start of the application when the file cannot be written anyway
        try {
            checkTarget(arguments.out());
        } catch (IOException e) {
            err.println(cannotWrite(arguments.out(), e));
            return 1;
        }
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(application)
                    .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                    // a report reads the registry and never fills it: no example data; the command's own
                    // messages say what happened, so only errors of the machinery are logged
                    .properties("leadercoop.examples.enabled=false", "logging.level.root=ERROR").run();
        } catch (RuntimeException e) {
            // typically the database: not reachable, or the embedded one is open in a running server
            err.println("LeaderCoop could not start: " + rootCause(e) + " No report was written.");
            return 1;
        }
        try (context) {
            String siteUrl = context.getEnvironment().getProperty("leadercoop.site-url", "http://localhost:8080");
            return write(context.getBean(ProjectReports.class), arguments, siteUrl, out, err);
        }
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    /** Makes the report and writes it; what {@link #run} does once Spring is up. */
    static int write(ProjectReports reports, Arguments arguments, String siteUrl, PrintStream out, PrintStream err) {
        byte[] pdf;
        try {
            pdf = reports.pdf(arguments.projectId(), arguments.lang(), siteUrl);
        } catch (UnknownProjectException e) {
            err.println(e.getMessage() + " No report was written.");
            return 1;
        }
        try {
            writeWhole(arguments.out(), pdf);
        } catch (IOException e) {
            err.println(cannotWrite(arguments.out(), e));
            return 1;
        }
        out.println("Wrote " + arguments.out() + " (" + pdf.length + " bytes).");
        return 0;
    }

    static Arguments parse(String[] args) throws UsageException {
        Long project = null;
        String lang = null;
        Path file = null;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (!name.equals("--project") && !name.equals("--lang") && !name.equals("--out")) {
                throw new UsageException("Unknown argument '" + name + "'.");
            }
            if (i + 1 >= args.length) {
                throw new UsageException(name + " needs a value.");
            }
            String value = args[++i];
            switch (name) {
                case "--project" -> project = projectId(value);
                case "--lang" -> lang = language(value);
                default -> file = path(value);
            }
        }
        if (project == null) {
            throw new UsageException("--project is missing: give the id of a published project.");
        }
        if (file == null) {
            throw new UsageException("--out is missing: give the PDF file to write.");
        }
        return new Arguments(project, lang, file);
    }

    private static long projectId(String value) throws UsageException {
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new UsageException("--project must be a project id (a whole number above 0), not '" + value + "'.");
    }

    private static String language(String value) throws UsageException {
        try {
            ReportLanguage.check(value);
            return value;
        } catch (UnsupportedLanguageException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static Path path(String value) throws UsageException {
        try {
            return Path.of(value).toAbsolutePath();
        } catch (InvalidPathException e) {
            throw new UsageException("--out is not a usable file name: " + e.getMessage());
        }
    }

    /** The problems visible before writing: no such directory, or the name is a directory. */
    private static void checkTarget(Path target) throws IOException {
        Path directory = target.getParent();
        if (!Files.isDirectory(directory)) {
            throw new IOException("the directory " + directory + " does not exist.");
        }
        if (Files.isDirectory(target)) {
            throw new IOException("it is a directory.");
        }
    }

    /** Writes to a temporary file in the target's directory, then moves it into place in one step. */
    private static void writeWhole(Path target, byte[] content) throws IOException {
        checkTarget(target);
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".part");
        try {
            Files.write(temporary, content);
            readableByOthers(temporary);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Temporary files are private (rw-------); the finished report gets the usual rw-r--r--. */
    private static void readableByOthers(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static String cannotWrite(Path target, IOException e) {
        return "Cannot write " + target + ": " + describe(e) + " No report was written.";
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied.";
        }
        return message == null ? e.getClass().getSimpleName() + "." : message.endsWith(".") ? message : message + ".";
    }
}
