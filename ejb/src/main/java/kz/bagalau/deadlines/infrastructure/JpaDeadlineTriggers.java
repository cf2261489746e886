package kz.bagalau.deadlines.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.bagalau.deadlines.domain.DeadlineTrigger;
import kz.bagalau.deadlines.domain.DeadlineTriggerRepository;
import kz.bagalau.deadlines.domain.PlannedFiring;
import kz.bagalau.tenancy.infrastructure.TenantEntityManager;

/**
 * The plan through the tenant-bound EntityManager. The lock is PostgreSQL's {@code for update skip locked}: a
 * node that finds a row locked leaves it to the node that holds it, and row-level security keeps every statement
 * inside the region.
 */
@ApplicationScoped
public class JpaDeadlineTriggers implements DeadlineTriggerRepository {

    @Inject
    private TenantEntityManager tenantEm;

    private EntityManager em() {
        return tenantEm.get();
    }

    @Override
    public List<DeadlineTrigger> ofYear(int year) {
        return em().createQuery("select t from DeadlineTrigger t where t.year = :y order by t.dueAt, t.step",
                DeadlineTrigger.class).setParameter("y", year).getResultList();
    }

    @Override
    public List<Integer> plannedYears() {
        return em().createQuery("select distinct t.year from DeadlineTrigger t", Integer.class).getResultList();
    }

    @Override
    public int replacePlanned(int year, List<String> steps, List<PlannedFiring> firings, Instant now) {
        return replace(year, t -> t.subjectId() == 0 && (steps.isEmpty() || steps.contains(t.step())), firings, now);
    }

    @Override
    public int replacePlannedOf(int year, String step, long subject, List<PlannedFiring> firings, Instant now) {
        return replace(year, t -> t.step().equals(step) && t.subjectId() == subject, firings, now);
    }

    private int replace(int year, java.util.function.Predicate<DeadlineTrigger> replaced, List<PlannedFiring> firings,
                        Instant now) {
        holdPlan();
        EntityManager em = em();
        List<DeadlineTrigger> existing = ofYear(year);
        existing.stream().filter(DeadlineTrigger::isPlanned).filter(replaced).forEach(em::remove);
        em.flush();
        int planned = 0;
        for (PlannedFiring f : firings) {
            boolean kept = existing.stream().filter(t -> !t.isPlanned()).anyMatch(t -> t.step().equals(f.step())
                    && t.kind() == f.kind() && t.offsetDays() == f.offsetDays() && t.subjectId() == f.subject()
                    && t.deadline().equals(f.deadline()));
            if (!kept) {
                em.persist(new DeadlineTrigger(year, f, now));
                planned++;
            }
        }
        em.flush();
        return planned;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Long> dueIds(Instant now, int limit) {
        List<Number> ids = tenantEm.nativeQuery("select id from deadline_trigger where status = 'PLANNED'"
                        + " and due_at <= ?1 order by due_at, id limit ?2")
                .setParameter(1, Timestamp.from(now)).setParameter(2, limit).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    @Override
    public Optional<DeadlineTrigger> lockPlanned(long id) {
        return tenantEm.findSkipLocked(DeadlineTrigger.class, id, "select id from deadline_trigger where id = ?1"
                + " and status = 'PLANNED' for update skip locked");
    }

    @Override
    public void holdPlan() {
        tenantEm.nativeQuery("select pg_advisory_xact_lock(hashtext('deadline_trigger'), hashtext(app_tenant()))")
                .getSingleResult();
    }

    @Override
    public int rebase(Instant movedTo) {
        Timestamp at = Timestamp.from(movedTo);
        int skipped = tenantEm.nativeQuery("update deadline_trigger set status = 'SKIPPED'"
                + " where status = 'PLANNED' and due_at < ?1").setParameter(1, at).executeUpdate();
        int rearmed = tenantEm.nativeQuery("update deadline_trigger set status = 'PLANNED'"
                + " where status = 'SKIPPED' and due_at >= ?1").setParameter(1, at).executeUpdate();
        return skipped + rearmed;
    }

    @Override
    public List<DeadlineTrigger> upcoming(int limit) {
        return em().createQuery("select t from DeadlineTrigger t where t.status = :s order by t.dueAt, t.step",
                DeadlineTrigger.class).setParameter("s", DeadlineTrigger.Status.PLANNED).setMaxResults(limit)
                .getResultList();
    }
}
