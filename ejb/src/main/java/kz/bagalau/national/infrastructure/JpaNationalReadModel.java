package kz.bagalau.national.infrastructure;

import static kz.bagalau.national.infrastructure.NativeValues.date;
import static kz.bagalau.national.infrastructure.NativeValues.instant;
import static kz.bagalau.national.infrastructure.NativeValues.integer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import kz.bagalau.national.domain.DirectionMean;
import kz.bagalau.national.domain.NationalReadModel;
import kz.bagalau.national.domain.RegionPace;
import kz.bagalau.national.domain.RegionProgress;
import kz.bagalau.national.domain.RegionStep;
import kz.bagalau.national.domain.RegionYearRows;
import kz.bagalau.national.domain.TypeDirectionMean;
import kz.bagalau.national.domain.TypeResult;
import kz.bagalau.tenancy.infrastructure.NationalEntityManager;
import kz.bagalau.tenancy.infrastructure.TenantEntityManager;

/**
 * The national read model's tables. Writes go through the region's {@link TenantEntityManager} (row-level
 * security checks each row is the region's own); reads through {@link NationalEntityManager}, the national scope.
 */
@ApplicationScoped
public class JpaNationalReadModel implements NationalReadModel {

    private static final String PROGRESS_COLUMNS = "tenant_id, year, bodies_expected, bodies_submitted, "
            + "bodies_on_time, directions_total, directions_concluded, directions_final, bodies_scored, mean_total, "
            + "rating_high, rating_medium, rating_low, rating_ineffective";

    private static final String TYPE_COLUMNS = "tenant_id, year, body_type, bodies, bodies_scored, mean_total, "
            + "rating_high, rating_medium, rating_low, rating_ineffective";

    private static final String STEP_COLUMNS = "tenant_id, year, step, deadline, ends_at, done_at, extended_until";

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private NationalEntityManager nationalEm;

    /** EclipseLink binds a null parameter as text, so the nullable columns' parameters carry a cast. */
    @Override
    public void replace(RegionYearRows rows) {
        RegionProgress p = rows.progress();
        tenantEm.nativeQuery("delete from national_region_year where tenant_id = ?1 and year = ?2")
                .setParameter(1, p.region()).setParameter(2, p.year()).executeUpdate();
        tenantEm.nativeQuery("insert into national_region_year (" + PROGRESS_COLUMNS + ", updated_at) values "
                        + "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, cast(?10 as numeric), ?11, ?12, ?13, ?14, now())")
                .setParameter(1, p.region()).setParameter(2, p.year()).setParameter(3, p.bodiesExpected())
                .setParameter(4, p.bodiesSubmitted()).setParameter(5, p.bodiesOnTime())
                .setParameter(6, p.directionsTotal()).setParameter(7, p.directionsConcluded())
                .setParameter(8, p.directionsFinal()).setParameter(9, p.bodiesScored())
                .setParameter(10, p.meanTotal())
                .setParameter(11, p.ratingHigh()).setParameter(12, p.ratingMedium()).setParameter(13, p.ratingLow())
                .setParameter(14, p.ratingIneffective()).executeUpdate();
        for (RegionStep s : rows.steps()) {
            tenantEm.nativeQuery("insert into national_region_step (" + STEP_COLUMNS + ") values "
                            + "(?1, ?2, ?3, ?4, ?5, cast(?6 as timestamptz), cast(?7 as date))")
                    .setParameter(1, s.region()).setParameter(2, s.year()).setParameter(3, s.step())
                    .setParameter(4, Date.valueOf(s.deadline())).setParameter(5, Timestamp.from(s.endsAt()))
                    .setParameter(6, s.doneAt() == null ? null : Timestamp.from(s.doneAt()))
                    .setParameter(7, s.extendedUntil() == null ? null : Date.valueOf(s.extendedUntil()))
                    .executeUpdate();
        }
        for (DirectionMean d : rows.directions()) {
            tenantEm.nativeQuery("insert into national_region_direction (tenant_id, year, direction, scored, "
                            + "mean_score) values (?1, ?2, ?3, ?4, cast(?5 as numeric))")
                    .setParameter(1, d.region()).setParameter(2, d.year()).setParameter(3, d.direction())
                    .setParameter(4, d.scored()).setParameter(5, d.meanScore()).executeUpdate();
        }
        for (RegionPace pace : rows.paces()) {
            tenantEm.nativeQuery("insert into national_region_pace (tenant_id, year, step, decile, reached_at) "
                            + "values (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, pace.region()).setParameter(2, pace.year()).setParameter(3, pace.step())
                    .setParameter(4, pace.decile()).setParameter(5, Timestamp.from(pace.reachedAt())).executeUpdate();
        }
        for (TypeResult t : rows.types()) {
            tenantEm.nativeQuery("insert into national_region_type (" + TYPE_COLUMNS + ") values "
                            + "(?1, ?2, ?3, ?4, ?5, cast(?6 as numeric), ?7, ?8, ?9, ?10)")
                    .setParameter(1, t.region()).setParameter(2, t.year()).setParameter(3, t.bodyType())
                    .setParameter(4, t.bodies()).setParameter(5, t.bodiesScored()).setParameter(6, t.meanTotal())
                    .setParameter(7, t.ratingHigh()).setParameter(8, t.ratingMedium()).setParameter(9, t.ratingLow())
                    .setParameter(10, t.ratingIneffective()).executeUpdate();
        }
        for (TypeDirectionMean d : rows.typeDirections()) {
            tenantEm.nativeQuery("insert into national_region_type_direction (tenant_id, year, body_type, direction, "
                            + "scored, mean_score) values (?1, ?2, ?3, ?4, ?5, cast(?6 as numeric))")
                    .setParameter(1, d.region()).setParameter(2, d.year()).setParameter(3, d.bodyType())
                    .setParameter(4, d.direction()).setParameter(5, d.scored()).setParameter(6, d.meanScore())
                    .executeUpdate();
        }
    }

    @Override
    public void clearRegion() {
        tenantEm.nativeQuery("delete from national_region_year where tenant_id = app_tenant()").executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<RegionProgress> progress(int year) {
        List<Object[]> rows = nationalEm.nativeQuery("select " + PROGRESS_COLUMNS
                + " from national_region_year where year = ?1 order by tenant_id").setParameter(1, year).getResultList();
        return rows.stream().map(r -> new RegionProgress((String) r[0], year, integer(r[2]), integer(r[3]),
                integer(r[4]), integer(r[5]), integer(r[6]), integer(r[7]), integer(r[8]), (BigDecimal) r[9],
                integer(r[10]), integer(r[11]), integer(r[12]), integer(r[13]))).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<RegionStep> steps(int year) {
        List<Object[]> rows = nationalEm.nativeQuery("select " + STEP_COLUMNS
                + " from national_region_step where year = ?1 order by tenant_id, ends_at").setParameter(1, year)
                .getResultList();
        return rows.stream().map(r -> new RegionStep((String) r[0], year, (String) r[2], date(r[3]),
                instant(r[4]), instant(r[5]), date(r[6]))).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<DirectionMean> directions(int year) {
        List<Object[]> rows = nationalEm.nativeQuery("select tenant_id, direction, scored, mean_score "
                + "from national_region_direction where year = ?1 order by tenant_id, direction").setParameter(1, year)
                .getResultList();
        return rows.stream().map(r -> new DirectionMean((String) r[0], year, integer(r[1]), integer(r[2]), (BigDecimal) r[3]))
                .toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<RegionPace> paces(int year) {
        List<Object[]> rows = nationalEm.nativeQuery("select tenant_id, step, decile, reached_at from national_region_pace "
                + "where year = ?1 order by tenant_id, step, decile").setParameter(1, year).getResultList();
        return rows.stream().map(r -> new RegionPace((String) r[0], year, (String) r[1], integer(r[2]), instant(r[3])))
                .toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<TypeResult> types(int year, String bodyType) {
        List<Object[]> rows = nationalEm.nativeQuery("select " + TYPE_COLUMNS + " from national_region_type "
                + "where year = ?1 and body_type = ?2 order by tenant_id").setParameter(1, year)
                .setParameter(2, bodyType).getResultList();
        return rows.stream().map(r -> new TypeResult((String) r[0], year, bodyType, integer(r[3]), integer(r[4]),
                (BigDecimal) r[5], integer(r[6]), integer(r[7]), integer(r[8]), integer(r[9]))).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<TypeDirectionMean> typeDirections(int year, String bodyType) {
        List<Object[]> rows = nationalEm.nativeQuery("select tenant_id, direction, scored, mean_score "
                + "from national_region_type_direction where year = ?1 and body_type = ?2 order by tenant_id, direction")
                .setParameter(1, year).setParameter(2, bodyType).getResultList();
        return rows.stream().map(r -> new TypeDirectionMean((String) r[0], year, bodyType, integer(r[1]),
                integer(r[2]), (BigDecimal) r[3])).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Integer> years() {
        List<Object> rows = nationalEm.nativeQuery("select distinct year from national_region_year order by 1 desc")
                .getResultList();
        return rows.stream().map(NativeValues::integer).toList();
    }
}
