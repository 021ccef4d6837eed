package eu.leadercoop;

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
        SpringApplication.run(LeaderCoopApplication.class, args);
    }
}
