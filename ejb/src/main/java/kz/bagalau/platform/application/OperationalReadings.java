package kz.bagalau.platform.application;

import java.time.Instant;
import java.util.List;

/** The port to what operations reads about the running portal: its database, its schedulers and its gauges. */
public interface OperationalReadings {

    /** The database server's version string. */
    String databaseVersion();

    /** The migrations applied, the latest first, and how many are pending. */
    List<Migration> migrations();

    int pendingMigrations();

    /** Every node's scheduler as the cluster's shared table knows it, with when it last checked in. */
    List<SchedulerNode> schedulerNodes();

    /** Every gauge per region (region null: national). */
    List<Gauge> gauges();

    /** One applied migration. */
    record Migration(String version, String description, Instant installedOn, boolean success) {
    }

    /** One node's scheduler; {@code lastCheckIn} older than twice its interval means the node is gone. */
    record SchedulerNode(String instance, Instant lastCheckIn, long intervalMillis) {
    }

    /** One reading: {@code metric} in {@code region}. */
    record Gauge(String metric, String region, long value) {
    }
}
