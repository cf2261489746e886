package kz.bagalau.national.infrastructure;

import static kz.bagalau.national.infrastructure.NativeValues.instant;
import static kz.bagalau.national.infrastructure.NativeValues.integer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import kz.bagalau.national.domain.DirectionMean;
import kz.bagalau.national.domain.RegionPace;
import kz.bagalau.national.domain.RegionTallies;
import kz.bagalau.national.domain.RegionTally;
import kz.bagalau.national.domain.TypeDirectionMean;
import kz.bagalau.national.domain.TypeResult;
import kz.bagalau.tenancy.infrastructure.TenantEntityManager;

/**
 * Counts a region's year in one SQL pass over its evaluations, directions and sent conclusions. It reads the
 * regional tables as a projection does, read-only and inside the region's own transaction (row-level security
 * confines it to the region), so the national figures are exactly what the region's data says at that moment.
 */
@ApplicationScoped
public class SqlRegionTallies implements RegionTallies {

    /**
     * The year's directions with their body, state, submission, finalisation and first sent conclusion: what the
     * tally and the paces both count, so both read the same acts.
     */
    private static final String DIRECTIONS = """
            with d as (
                select e.body_id, de.state, de.submitted_at, de.finalised_at,
                       (select min(c.sent_at) from conclusion c
                         where c.tenant_id = de.tenant_id and c.direction_evaluation_id = de.id) as concluded_at
                  from evaluation e
                  join direction_evaluation de on de.tenant_id = e.tenant_id and de.evaluation_id = e.id
                 where e.year = ?1),
            """;

    private static final String TALLY = DIRECTIONS + """
            b as (select body_id, bool_and(state <> 'DRAFT') as submitted, max(submitted_at) as last_submitted
                    from d group by body_id),
            r as (select coalesce(counted_total, total_score) as total, coalesce(counted_rating, rating) as rating
                    from evaluation where year = ?1 and body_id in (select body_id from b))
            select (select count(*) from b),
                   (select count(*) from b where submitted),
                   (select count(*) from b where submitted
                                and last_submitted < coalesce(cast(?2 as timestamptz), 'infinity')),
                   (select count(*) from d),
                   (select count(*) from d where state in ('CONCLUSION_SENT', 'APPEALED', 'FINAL')),
                   (select count(*) from d where state = 'FINAL'),
                   (select count(*) from r where total is not null),
                   (select round(avg(total), 2) from r),
                   (select count(*) from r where rating = 'HIGH'),
                   (select count(*) from r where rating = 'MEDIUM'),
                   (select count(*) from r where rating = 'LOW'),
                   (select count(*) from r where rating = 'INEFFECTIVE'),
                   (select case when bool_and(submitted) then max(last_submitted) end from b),
                   (select case when bool_and(state in ('CONCLUSION_SENT', 'APPEALED', 'FINAL'))
                                then max(concluded_at) end from d),
                   (select case when bool_and(state = 'FINAL') then max(finalised_at) end from d)
            """;

    @Inject
    private TenantEntityManager tenantEm;

    @Override
    public RegionTally tally(int year, Instant reportingEndsAt) {
        // EclipseLink does not flush before native SQL: the change that fired the event must be in the rows counted.
        tenantEm.get().flush();
        Object[] r = (Object[]) tenantEm.nativeQuery(TALLY).setParameter(1, year)
                .setParameter(2, reportingEndsAt == null ? null : Timestamp.from(reportingEndsAt))
                .getSingleResult();
        return new RegionTally(integer(r[0]), integer(r[1]), integer(r[2]), integer(r[3]), integer(r[4]),
                integer(r[5]), integer(r[6]), (BigDecimal) r[7], integer(r[8]), integer(r[9]), integer(r[10]),
                integer(r[11]), instant(r[12]), instant(r[13]), instant(r[14]));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<DirectionMean> directionMeans(String region, int year) {
        List<Object[]> rows = tenantEm.nativeQuery("""
                select n, count(de.score), round(avg(de.score), 2)
                  from generate_series(1, 7) as n
                  left join (direction_evaluation de join evaluation e
                             on e.tenant_id = de.tenant_id and e.id = de.evaluation_id and e.year = ?1)
                    on de.direction = n
                 group by n order by n""").setParameter(1, year).getResultList();
        return rows.stream().map(r -> new DirectionMean(region, year, integer(r[0]), integer(r[1]),
                (BigDecimal) r[2])).toList();
    }

    /**
     * The k-th decile of a step is the instant its ceil(k × n / 10)-th act happened, n being all the acts the step
     * has (bodies expected, directions); deciles not reached yet are absent.
     */
    private static final String PACE = DIRECTIONS + """
            b as (select body_id, case when bool_and(state <> 'DRAFT') then max(submitted_at) end as at
                    from d group by body_id),
            acts as (select 'REPORTING' as step, at, (select count(*) from b) as whole from b
                     union all select 'CONCLUSIONS', concluded_at, (select count(*) from d) from d
                     union all select 'CORRECTED_CONCLUSIONS', finalised_at, (select count(*) from d) from d),
            ranked as (select step, at, whole, row_number() over (partition by step order by at) as rn
                         from acts where at is not null)
            select r.step, k, r.at
              from generate_series(1, 10) as k
              join ranked r on r.rn = greatest(1, ceil(k * r.whole / 10.0))
             order by 1, 2
            """;

    @Override
    @SuppressWarnings("unchecked")
    public List<RegionPace> paces(String region, int year) {
        List<Object[]> rows = tenantEm.nativeQuery(PACE).setParameter(1, year).getResultList();
        return rows.stream().map(r -> new RegionPace(region, year, (String) r[0], integer(r[1]), instant(r[2])))
                .toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<TypeResult> types(String region, int year) {
        List<Object[]> rows = tenantEm.nativeQuery("""
                with r as (select b.type, coalesce(e.counted_total, e.total_score) as total,
                                  coalesce(e.counted_rating, e.rating) as rating
                             from evaluation e join executive_body b on b.tenant_id = e.tenant_id and b.id = e.body_id
                            where e.year = ?1 and exists (select 1 from direction_evaluation de
                                                           where de.tenant_id = e.tenant_id and de.evaluation_id = e.id))
                select type, count(*), count(total), round(avg(total), 2),
                       count(*) filter (where rating = 'HIGH'), count(*) filter (where rating = 'MEDIUM'),
                       count(*) filter (where rating = 'LOW'), count(*) filter (where rating = 'INEFFECTIVE')
                  from r group by type order by type""").setParameter(1, year).getResultList();
        return rows.stream().map(r -> new TypeResult(region, year, (String) r[0], integer(r[1]), integer(r[2]),
                (BigDecimal) r[3], integer(r[4]), integer(r[5]), integer(r[6]), integer(r[7]))).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<TypeDirectionMean> typeDirections(String region, int year) {
        List<Object[]> rows = tenantEm.nativeQuery("""
                select b.type, de.direction, count(de.score), round(avg(de.score), 2)
                  from direction_evaluation de
                  join evaluation e on e.tenant_id = de.tenant_id and e.id = de.evaluation_id and e.year = ?1
                  join executive_body b on b.tenant_id = e.tenant_id and b.id = e.body_id
                 group by 1, 2 order by 1, 2""").setParameter(1, year).getResultList();
        return rows.stream().map(r -> new TypeDirectionMean(region, year, (String) r[0], integer(r[1]), integer(r[2]),
                (BigDecimal) r[3])).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Integer> years() {
        List<Object> rows = tenantEm.nativeQuery(
                "select year from evaluation_cycle union select year from evaluation order by 1").getResultList();
        return rows.stream().map(NativeValues::integer).toList();
    }
}
