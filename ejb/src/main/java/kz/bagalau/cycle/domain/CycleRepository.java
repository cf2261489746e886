package kz.bagalau.cycle.domain;

import java.util.List;
import java.util.Optional;
import kz.bagalau.shared.domain.NotFoundException;

/** The current region's cycles and what belongs to them. */
public interface CycleRepository {

    Optional<EvaluationCycle> findCycle(int year);

    EvaluationCycle add(EvaluationCycle cycle);

    /** The years whose schedule the akim approved. */
    List<Integer> approvedYears();

    List<DeadlineExtension> extensions(int year);

    DeadlineExtension add(DeadlineExtension extension);

    List<CalendarDay> calendar(int fromYear, int toYear);

    Optional<CalendarDay> findDay(java.time.LocalDate date);

    CalendarDay add(CalendarDay day);

    void remove(CalendarDay day);

    Optional<Appeal> findAppeal(long id);

    /** ¶66: the working body's proposals on liability of a year, oldest first. */
    List<LiabilityProposal> liabilityProposals(int year);

    LiabilityProposal add(LiabilityProposal proposal);

    /** The newest appeal on the direction (a re-checked version may be appealed again, ¶60). */
    Optional<Appeal> findAppealOf(long directionEvaluationId);

    List<Appeal> appeals(List<Long> directionEvaluationIds);

    /** ¶57: the directions (ids) of {@code year} whose appeal's special commission {@code member} sits on. */
    java.util.Set<Long> specialCommissionDirections(String member, int year);

    Appeal add(Appeal appeal);

    Optional<Recheck> findRecheck(long id);

    Optional<Recheck> openRecheckOf(long directionEvaluationId);

    List<Recheck> rechecks(List<Long> directionEvaluationIds);

    Recheck add(Recheck recheck);

    List<ExpertAssignment> experts(int year);

    Optional<ExpertAssignment> findExpertAssignment(long id);

    ExpertAssignment add(ExpertAssignment assignment);

    List<Notification> unread(String username);

    /** How many notices {@code username} has not read. */
    long unreadCount(String username);

    Optional<Notification> findNotification(long id);

    Notification add(Notification notification);

    void flush();

    default Appeal getAppeal(long id) {
        return findAppeal(id).orElseThrow(() -> new NotFoundException("Appeal", id));
    }

    default Recheck getRecheck(long id) {
        return findRecheck(id).orElseThrow(() -> new NotFoundException("Re-check", id));
    }

    default CalendarDay getDay(java.time.LocalDate date) {
        return findDay(date).orElseThrow(() -> new NotFoundException("Calendar day", date));
    }
}
