package eu.leadercoop;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * LeaderCoop: the registry and shared workspace for LEADER/CLLD cooperation projects.
 *
 * <p>One Spring Boot application, packaged by feature; each top-level package is a Spring Modulith
 * application module (see {@code DESIGN.md}).
 */
@SpringBootApplication
public class LeaderCoopApplication {

    public static void main(String[] args) {
        // Command-line tools: extract reads files and prints JSON (no Spring, no database); import and rates
        // save to the database through the application without its web server.
        String command = args.length > 0 ? args[0] : "";
        String[] rest = args.length > 0 ? Arrays.copyOfRange(args, 1, args.length) : args;
        switch (command) {
            case "extract" -> System.exit(eu.leadercoop.importer.ExtractCommand.run(rest, System.out, System.err));
            case "import" -> System.exit(eu.leadercoop.importer.ImportCommand.run(LeaderCoopApplication.class, rest,
                    System.out, System.err));
            case "rates" -> System.exit(eu.leadercoop.tracking.RatesCommand.run(rest, System.out, System.err));
            default -> {
                // the web application
            }
        }
        SpringApplication.run(LeaderCoopApplication.class, args);
    }
}
