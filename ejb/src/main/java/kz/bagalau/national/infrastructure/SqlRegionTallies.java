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
import kz.bagalau.national.domain.RegionTallies;
import kz.bagalau.national.domain.RegionTally;
import kz.bagalau.tenancy.infrastructure.TenantEntityManager;

/**
 * Counts a region's year in one SQL pass over its evaluations, directions and sent conclusions. It reads the
 * regional tables as a projection does, read-only and inside the region's own transaction (row-level security
 * confines it to the region), so the national figures are exactly what the region's data says at that moment.
 */
@ApplicationScoped
public class SqlRegionTallies implements RegionTallies {

    private static final String TALLY = """
            with d as (
                select e.body_id, de.state, de.submitted_at, de.finalised_at,
                       (select min(c.sent_at) from conclusion c
                         where c.tenant_id = de.tenant_id and c.direction_evaluation_id = de.id) as concluded_at
                  from evaluation e
                  join direction_evaluation de on de.tenant_id = e.tenant_id and de.evaluation_id = e.id
                 where e.year = ?1),
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

    @Override
    @SuppressWarnings("unchecked")
    public List<Integer> years() {
        List<Object> rows = tenantEm.nativeQuery(
                "select year from evaluation_cycle union select year from evaluation order by 1").getResultList();
        return rows.stream().map(NativeValues::integer).toList();
    }
}
