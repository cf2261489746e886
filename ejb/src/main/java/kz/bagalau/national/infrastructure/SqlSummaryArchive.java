package kz.bagalau.national.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.bagalau.national.domain.SummaryArchive;
import kz.bagalau.national.domain.SummaryVersion;
import org.eclipse.persistence.config.QueryHints;

/**
 * The summary versions in {@code national_summary_version}: national data without a tenant, by native SQL in the
 * caller's transaction. The next version number is taken under a lock of the year's rows, so two ministry users
 * generating at once get 1 and 2, never the same number twice (the unique key would refuse it anyway).
 */
@ApplicationScoped
public class SqlSummaryArchive implements SummaryArchive {

    private static final String COLUMNS = "id, year, version, language, intro, recommendations, planning_results, "
            + "generated_by, generated_at, sent_by, sent_at";

    @PersistenceContext(unitName = "bagalau")
    private EntityManager em;

    @Override
    public SummaryVersion add(int year, String language, String intro, String recommendations, String planningResults,
                              String by, Instant at, byte[] pdf, byte[] docx) {
        sql("select pg_advisory_xact_lock(hashtext('national_summary_version'), ?1)").setParameter(1, year)
                .getSingleResult();
        int next = ((Number) sql("select coalesce(max(version), 0) + 1 from national_summary_version where year = ?1")
                .setParameter(1, year).getSingleResult()).intValue();
        long id = ((Number) sql("insert into national_summary_version (year, version, language, intro, recommendations, "
                + "planning_results, generated_by, generated_at, pdf, docx) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
                + "?10) returning id").setParameter(1, year).setParameter(2, next).setParameter(3, language)
                .setParameter(4, intro).setParameter(5, recommendations).setParameter(6, planningResults)
                .setParameter(7, by).setParameter(8, Timestamp.from(at)).setParameter(9, pdf).setParameter(10, docx)
                .getSingleResult()).longValue();
        return find(id).orElseThrow();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<SummaryVersion> ofYear(int year) {
        List<Object[]> rows = sql("select " + COLUMNS + " from national_summary_version where year = ?1 "
                + "order by version desc").setParameter(1, year).getResultList();
        return rows.stream().map(SqlSummaryArchive::version).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<SummaryVersion> find(long id) {
        List<Object[]> rows = sql("select " + COLUMNS + " from national_summary_version where id = ?1")
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(SqlSummaryArchive::version);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<byte[]> file(long id, Format format) {
        List<Object> rows = sql("select " + (format == Format.PDF ? "pdf" : "docx")
                + " from national_summary_version where id = ?1").setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(b -> (byte[]) b);
    }

    @Override
    public boolean markSent(long id, String by, Instant at) {
        return sql("update national_summary_version set sent_by = ?2, sent_at = ?3 where id = ?1 and sent_at is null")
                .setParameter(1, id).setParameter(2, by).setParameter(3, Timestamp.from(at)).executeUpdate() == 1;
    }

    private static SummaryVersion version(Object[] r) {
        return new SummaryVersion(((Number) r[0]).longValue(), ((Number) r[1]).intValue(), ((Number) r[2]).intValue(),
                (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7],
                NativeValues.instant(r[8]), (String) r[9], NativeValues.instant(r[10]));
    }

    private Query sql(String sql) {
        return em.createNativeQuery(sql).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, Boolean.TRUE);
    }
}
