package eu.leadercoop.launch;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The jar's entry point, compiled for Java 17 while the application needs Java 21: on an older
 * runtime (the default {@code java} of some machines) it runs the same jar again with the newest JDK 21+
 * it finds in {@code JAVA_HOME} or {@code /usr/lib/jvm}, passing arguments, JVM options and the exit
 * code through, so that {@code java -jar leadercoop.jar extract FILE} works either way.
 */
public final class Launcher {

    private static final int NEEDED = 21;
    private static final String APPLICATION = "eu.leadercoop.LeaderCoopApplication";

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        if (Runtime.version().feature() >= NEEDED) {
            Class.forName(APPLICATION).getMethod("main", String[].class).invoke(null, (Object) args);
            return;
        }
        Optional<Path> java = newerJava();
        if (java.isEmpty()) {
            System.err.println("LeaderCoop needs Java " + NEEDED + " or newer; this is Java "
                    + Runtime.version().feature() + ". Set JAVA_HOME to a JDK " + NEEDED + "+.");
            System.exit(1);
        }
        List<String> command = new ArrayList<>();
        command.add(java.get().toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        String classPath = System.getProperty("java.class.path");
        if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
            command.add("-jar");
            command.add(classPath);
        } else {
            command.add("-cp");
            command.add(classPath);
            command.add(Launcher.class.getName());
        }
        command.addAll(Arrays.asList(args));
        System.exit(new ProcessBuilder(command).inheritIO().start().waitFor());
    }

    private static Optional<Path> newerJava() {
        List<Path> homes = new ArrayList<>();
        String javaHome = System.getenv("JAVA_HOME");
        if (javaHome != null) {
            homes.add(Path.of(javaHome));
        }
        File[] installed = new File("/usr/lib/jvm").listFiles(File::isDirectory);
        if (installed != null) {
            Stream.of(installed).map(File::toPath).sorted(Comparator.reverseOrder()).forEach(homes::add);
        }
        return homes.stream()
                .filter(home -> feature(home) >= NEEDED)
                .map(home -> home.resolve("bin").resolve("java"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** The Java feature version of a JDK home, from its {@code release} file; 0 when unknown. */
    private static int feature(Path home) {
        try {
            for (String line : Files.readAllLines(home.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    String major = version.startsWith("1.") ? version.substring(2) : version;
                    return Integer.parseInt(major.split("[.+-]")[0]);
                }
            }
        } catch (Exception unreadable) {
            // not a JDK home we can use
        }
        return 0;
    }
}
