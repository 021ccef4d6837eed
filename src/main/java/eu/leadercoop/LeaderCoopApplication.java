package eu.leadercoop;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import java.util.Arrays;
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
        // the extract command reads files and prints JSON; it needs neither Spring nor the database
        if (args.length > 0 && args[0].equals("extract")) {
            System.exit(eu.leadercoop.importer.ExtractCommand.run(Arrays.copyOfRange(args, 1, args.length),
                    System.out, System.err));
            return;
        }
        // the report command starts Spring without the web server and writes one project's PDF
        if (args.length > 0 && args[0].equals("report")) {
            System.exit(eu.leadercoop.reports.ReportCommand.run(LeaderCoopApplication.class,
                    Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
            return;
        }
        // the rates command imports ECB rates files into the database; it needs Spring but no web server
        if (args.length > 0 && args[0].equals("rates")) {
            System.exit(eu.leadercoop.tracking.RatesCommand.run(LeaderCoopApplication.class,
                    Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
            return;
        }
        SpringApplication.run(LeaderCoopApplication.class, args);
    }
}
