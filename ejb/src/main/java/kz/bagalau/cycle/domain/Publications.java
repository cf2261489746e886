package kz.bagalau.cycle.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The published results (¶54): written once by the region that publishes, readable by anyone without a login.
 * A snapshot, so what was published stays what it was.
 */
public interface Publications {

    /** A published snapshot. */
    record Published(String tenantCode, int year, Instant publishedAt, String publishedBy, String snapshot) {
    }

    /** Stores the current region's snapshot of a year; refused for another region by the database. */
    void save(int year, Instant publishedAt, String publishedBy, String snapshot);

    Optional<Published> find(String tenantCode, int year);

    /** Every region's published years, newest first, without the snapshots. */
    List<Published> index();

    /**
     * The published snapshots of {@code year} and of {@code tenantCode}, each filter skipped when null; newest year
     * first, then by region: the public page's ranking, search, history and data.
     */
    List<Published> snapshots(Integer year, String tenantCode);
}
