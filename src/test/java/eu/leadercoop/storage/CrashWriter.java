package eu.leadercoop.storage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The child process of {@link EmbeddedDatabaseCrashIT}: opens the H2 database at the JDBC URL it is given and
 * has {@code threads} writers insert rows, each in its own committed transaction, printing {@code ack ID} only
 * after the commit returned, until it is killed. Row ids start at {@code first}, so that rounds do not collide.
 */
public final class CrashWriter {

    private CrashWriter() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int threads = Integer.parseInt(args[1]);
        long first = Long.parseLong(args[2]);
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS crash_acks (id BIGINT PRIMARY KEY, writer INT, payload VARCHAR(400))");
        }
        System.out.println("ready");
        System.out.flush();
        AtomicLong next = new AtomicLong(first);
        String payload = "x".repeat(300);
        for (int t = 0; t < threads; t++) {
            int writer = t;
            Thread thread = new Thread(() -> {
                try (Connection c = DriverManager.getConnection(url, "sa", "");
                     PreparedStatement insert = c.prepareStatement("INSERT INTO crash_acks VALUES (?, ?, ?)")) {
                    c.setAutoCommit(false);
                    while (true) {
                        long id = next.getAndIncrement();
                        insert.setLong(1, id);
                        insert.setInt(2, writer);
                        insert.setString(3, payload);
                        insert.executeUpdate();
                        c.commit();
                        synchronized (System.out) {
                            System.out.println("ack " + id);
                            System.out.flush();
                        }
                    }
                } catch (Exception e) {
                    e.printStackTrace();
                }
            });
            thread.start();
        }
        Thread.currentThread().join();
    }
}
