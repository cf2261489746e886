package kz.bagalau.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import kz.bagalau.deadlines.infrastructure.QuartzScheduler;
import kz.bagalau.testsupport.Sql;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 11's backup round trip, through the operator's own commands: {@code ./ops/portal backup} dumps the suite's
 * database (regions, evidence, audit chains, Quartz and the outbox) with a manifest from the same snapshot, and
 * {@code ./ops/portal restore} brings it back into a fresh database and compares it with that manifest. The
 * scheduler pauses meanwhile only so that this test's own counts, read before the dump, hold still.
 */
@ExtendWith(ArquillianExtension.class)
class BackupRestoreIT {

    @Inject
    QuartzScheduler scheduler;

    @Test
    @DisplayName("issue 11: a backup restores into a fresh database with identical row counts per table, evidence and audit chains; a difference fails the restore")
    void should_restore_a_backup_into_a_fresh_database_identically() throws Exception {
        String source = databaseName(System.getenv("BAGALAU_DB_URL"));
        String restored = "bagalau_restored_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        String tampered = restored + "_t";
        Path file = Files.createTempDirectory("bagalau-backup").resolve("suite.dump");
        scheduler.standby(true);
        try {
            String backup = portal("backup", file.toString(), source);
            String restore = portal("restore", file.toString(), restored);

            assertThat(backup).contains("Backed up " + source);
            assertThat(restore).contains("identical row counts").contains("identical stored files")
                    .contains("audit chains intact");
            List<String> manifest = Files.readAllLines(Path.of(file + ".manifest"));
            assertThat(manifest).anyMatch(l -> l.startsWith("table qrtz_triggers "))
                    .anyMatch(l -> l.startsWith("table mail_outbox ")).anyMatch(l -> l.startsWith("table audit_entry "))
                    .anyMatch(l -> l.matches("files [1-9][0-9]* 0 [0-9a-f]{32}"));
            try (Connection c = connect(restored); Connection original = Sql.asOwner()) {
                assertThat(Sql.rows(c, "select ok, entries from audit_verify()"))
                        .isEqualTo(Sql.rows(original, "select ok, entries from audit_verify()"))
                        .singleElement().satisfies(row -> assertThat(row.get(0)).isEqualTo(true));
                assertThat(Sql.count(c, "select count(*) from tenant")).isEqualTo(Sql.count(original,
                        "select count(*) from tenant"));
            }

            List<String> lies = manifest.stream().map(l -> l.startsWith("table tenant ") ? "table tenant 999" : l).toList();
            Files.write(Path.of(file + ".manifest"), lies);
            assertThat(run("restore", file.toString(), tampered)).as("a restore that does not match fails")
                    .isNotZero();
        } finally {
            scheduler.standby(false);
            drop(restored);
            drop(tampered);
        }
    }

    /** Runs {@code ./ops/portal} with the arguments and returns its output; fails when it does not exit 0. */
    private static String portal(String... arguments) throws IOException, InterruptedException {
        Path log = Files.createTempFile("portal", ".log");
        int status = run(log, arguments);
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(status).as("./ops/portal %s\n%s", String.join(" ", arguments), output).isZero();
        return output;
    }

    private static int run(String... arguments) throws IOException, InterruptedException {
        return run(Files.createTempFile("portal", ".log"), arguments);
    }

    private static int run(Path log, String... arguments) throws IOException, InterruptedException {
        Path script = repository().resolve("ops/portal");
        List<String> command = new java.util.ArrayList<>(List.of(script.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().remove("BAGALAU_DB_URL");
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("./ops/portal " + String.join(" ", arguments) + " did not finish");
        }
        return process.exitValue();
    }

    /** The clone this suite runs from: the directory above the server's that holds {@code ops/portal}. */
    private static Path repository() {
        for (Path p = Paths.get(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isExecutable(p.resolve("ops/portal"))) {
                return p;
            }
        }
        throw new IllegalStateException("No ops/portal above " + System.getProperty("user.dir"));
    }

    private static String databaseName(String jdbcUrl) {
        String path = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
        return path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    }

    private static Connection connect(String database) throws SQLException {
        String url = System.getenv("BAGALAU_DB_URL");
        return DriverManager.getConnection(url.substring(0, url.lastIndexOf('/') + 1) + database,
                System.getenv("BAGALAU_DB_OWNER_USER"), System.getenv("BAGALAU_DB_OWNER_PASSWORD"));
    }

    /** Drops a database this test restored (the owner role owns it, so it may). */
    private static void drop(String database) throws SQLException {
        try (Connection c = connect("postgres")) {
            Sql.update(c, "drop database if exists \"" + database + "\"");
        }
    }
}
