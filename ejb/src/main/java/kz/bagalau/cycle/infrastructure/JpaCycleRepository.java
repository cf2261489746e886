package kz.bagalau.cycle.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.bagalau.cycle.domain.Appeal;
import kz.bagalau.cycle.domain.CalendarDay;
import kz.bagalau.cycle.domain.CycleRepository;
import kz.bagalau.cycle.domain.DeadlineExtension;
import kz.bagalau.cycle.domain.EvaluationCycle;
import kz.bagalau.cycle.domain.ExpertAssignment;
import kz.bagalau.cycle.domain.LiabilityProposal;
import kz.bagalau.cycle.domain.Notification;
import kz.bagalau.cycle.domain.Recheck;
import kz.bagalau.tenancy.infrastructure.TenantEntityManager;

/** The cycle's entities through the tenant-bound EntityManager. */
@ApplicationScoped
public class JpaCycleRepository implements CycleRepository {

    @Inject
    private TenantEntityManager tenantEm;

    private EntityManager em() {
        return tenantEm.get();
    }

    private <T> T persist(T entity) {
        em().persist(entity);
        em().flush();
        return entity;
    }

    @Override
    public Optional<EvaluationCycle> findCycle(int year) {
        return em().createQuery("select c from EvaluationCycle c where c.year = :y", EvaluationCycle.class)
                .setParameter("y", year).getResultStream().findFirst();
    }

    @Override
    public List<Integer> approvedYears() {
        return em().createQuery("select c.year from EvaluationCycle c where c.scheduleStatus = :s order by c.year",
                Integer.class).setParameter("s", EvaluationCycle.ScheduleStatus.APPROVED).getResultList();
    }

    @Override
    public EvaluationCycle add(EvaluationCycle cycle) {
        return persist(cycle);
    }

    @Override
    public List<DeadlineExtension> extensions(int year) {
        return em().createQuery("select x from DeadlineExtension x where x.year = :y order by x.grantedAt",
                DeadlineExtension.class).setParameter("y", year).getResultList();
    }

    @Override
    public DeadlineExtension add(DeadlineExtension extension) {
        return persist(extension);
    }

    @Override
    public List<CalendarDay> calendar(int fromYear, int toYear) {
        return em().createQuery("select d from CalendarDay d where d.date >= :from and d.date <= :to order by d.date",
                        CalendarDay.class)
                .setParameter("from", LocalDate.of(fromYear, 1, 1))
                .setParameter("to", LocalDate.of(toYear, 12, 31)).getResultList();
    }

    @Override
    public Optional<CalendarDay> findDay(LocalDate date) {
        return em().createQuery("select d from CalendarDay d where d.date = :d", CalendarDay.class)
                .setParameter("d", date).getResultStream().findFirst();
    }

    @Override
    public CalendarDay add(CalendarDay day) {
        return persist(day);
    }

    @Override
    public void remove(CalendarDay day) {
        em().remove(day);
    }

    @Override
    public Optional<Appeal> findAppeal(long id) {
        return Optional.ofNullable(em().find(Appeal.class, id));
    }

    @Override
    public Optional<Appeal> findAppealOf(long directionEvaluationId) {
        return em().createQuery("select a from Appeal a where a.directionEvaluationId = :d "
                        + "order by a.filedAt desc, a.id desc", Appeal.class)
                .setParameter("d", directionEvaluationId).getResultStream().findFirst();
    }

    @Override
    public List<LiabilityProposal> liabilityProposals(int year) {
        return em().createQuery("select p from LiabilityProposal p where p.year = :y order by p.proposedAt, p.id",
                LiabilityProposal.class).setParameter("y", year).getResultList();
    }

    @Override
    public LiabilityProposal add(LiabilityProposal proposal) {
        return persist(proposal);
    }

    @Override
    public java.util.Set<Long> specialCommissionDirections(String member, int year) {
        return em().createQuery("select a from Appeal a, DirectionEvaluation d where d.id = a.directionEvaluationId "
                        + "and d.evaluation.year = :y and a.commissionMembers like :m", Appeal.class)
                .setParameter("y", year).setParameter("m", "%" + member + "%")
                .getResultStream().filter(a -> a.members().contains(member))
                .map(Appeal::directionEvaluationId).collect(java.util.stream.Collectors.toSet());
    }

    @Override
    public List<Appeal> appeals(List<Long> directionEvaluationIds) {
        if (directionEvaluationIds.isEmpty()) {
            return List.of();
        }
        return em().createQuery("select a from Appeal a where a.directionEvaluationId in :ids order by a.filedAt",
                Appeal.class).setParameter("ids", directionEvaluationIds).getResultList();
    }

    @Override
    public Appeal add(Appeal appeal) {
        return persist(appeal);
    }

    @Override
    public Optional<Recheck> findRecheck(long id) {
        return Optional.ofNullable(em().find(Recheck.class, id));
    }

    @Override
    public Optional<Recheck> openRecheckOf(long directionEvaluationId) {
        return em().createQuery("select r from Recheck r where r.directionEvaluationId = :d and r.status = :s",
                        Recheck.class)
                .setParameter("d", directionEvaluationId).setParameter("s", Recheck.Status.OPEN)
                .getResultStream().findFirst();
    }

    @Override
    public List<Recheck> rechecks(List<Long> directionEvaluationIds) {
        if (directionEvaluationIds.isEmpty()) {
            return List.of();
        }
        return em().createQuery("select r from Recheck r where r.directionEvaluationId in :ids order by r.startedAt",
                Recheck.class).setParameter("ids", directionEvaluationIds).getResultList();
    }

    @Override
    public Recheck add(Recheck recheck) {
        return persist(recheck);
    }

    @Override
    public List<ExpertAssignment> experts(int year) {
        return em().createQuery("select x from ExpertAssignment x where x.year = :y order by x.assignedAt",
                ExpertAssignment.class).setParameter("y", year).getResultList();
    }

    @Override
    public Optional<ExpertAssignment> findExpertAssignment(long id) {
        return Optional.ofNullable(em().find(ExpertAssignment.class, id));
    }

    @Override
    public ExpertAssignment add(ExpertAssignment assignment) {
        return persist(assignment);
    }

    @Override
    public List<Notification> unread(String username) {
        return em().createQuery("select n from Notification n where n.username = :u and n.readAt is null "
                + "order by n.createdAt desc", Notification.class).setParameter("u", username).getResultList();
    }

    @Override
    public long unreadCount(String username) {
        return em().createQuery("select count(n) from Notification n where n.username = :u and n.readAt is null",
                Long.class).setParameter("u", username).getSingleResult();
    }

    @Override
    public Optional<Notification> findNotification(long id) {
        return Optional.ofNullable(em().find(Notification.class, id));
    }

    @Override
    public Notification add(Notification notification) {
        em().persist(notification);
        return notification;
    }

    @Override
    public void flush() {
        em().flush();
    }
}
