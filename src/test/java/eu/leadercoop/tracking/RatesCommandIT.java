package eu.leadercoop.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code rates FILE}: the command imports into the database it is pointed at (here an H2 file database of
 * its own) without a web server. The rates are test fixtures in the ECB's layout, not ECB figures.
 */
class RatesCommandIT {

    Path dir;
    String url;

    @BeforeEach
    void freshDatabase() throws Exception {
        Files.createDirectories(Path.of("target"));
        dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "rates-command");
        url = "jdbc:h2:file:" + dir.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    @Test
    void importsAFileThenRefusesAMalformedOneNamingTheLineAndKeepingWhatWasThere() throws Exception {
        Path good = write("eurofxref-hist.csv", "Date,USD,PLN,\n2023-10-31,N/A,4.4000,\n2023-10-27,N/A,4.5000,\n");
        Run first = run(good.toString());
        assertThat(first.code).isZero();
        assertThat(first.out).isEqualTo(good + ": 2 rates of 2 days, 2023-10-27 to 2023-10-31\n");
        assertThat(count()).isEqualTo(2);

        Path bad = write("eurofxref.csv", "Date, USD, PLN, \n01 November 2023, 1.1, 4.3, \nyesterday, 1.1, 4.3, \n");
        Run second = run(bad.toString());
        assertThat(second.code).isEqualTo(1);
        assertThat(second.err).isEqualTo(bad + ": line 3: 'yesterday' is not a date such as 2024-10-25 or 25 October 2024; "
                + "nothing of this file was stored\n");
        assertThat(count()).isEqualTo(2);
    }

    @Test
    void withoutAFileOrWithAMissingOneItSaysHowToUseIt() {
        Run none = new Run(new String[0]);
        assertThat(none.code).isEqualTo(2);
        assertThat(none.err).startsWith("usage: java -jar leadercoop.jar rates FILE...");
        Run missing = new Run(new String[] {"no-such-file.csv"});
        assertThat(missing.code).isEqualTo(2);
        assertThat(missing.err).isEqualTo("cannot read no-such-file.csv\n");
    }

    private Run run(String file) {
        return new Run(new String[] {file, "--spring.datasource.url=" + url, "--spring.datasource.username=sa",
                "--spring.datasource.password="});
    }

    private Path write(String name, String csv) throws Exception {
        return Files.writeString(dir.resolve(name), csv, StandardCharsets.UTF_8);
    }

    private int count() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                ResultSet rs = c.createStatement().executeQuery("select count(*) from exchange_rate")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static final class Run {

        final int code;
        final String out;
        final String err;

        Run(String[] args) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            this.code = RatesCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            this.out = out.toString(StandardCharsets.UTF_8);
            this.err = err.toString(StandardCharsets.UTF_8);
        }
    }
}
