package kz.bagalau.cycle.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.bagalau.audit.application.AuditLog;
import kz.bagalau.cycle.domain.CycleRepository;
import kz.bagalau.cycle.domain.LiabilityProposal;
import kz.bagalau.evaluation.application.EvaluationAccess;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.shared.event.DomainEvents;
import kz.bagalau.shared.event.LiabilityProposed;
import kz.bagalau.tenancy.application.RegionTime;
import kz.bagalau.tenancy.context.TenantContext;

/**
 * ¶66: where the Rules were broken, the commission's working body puts forward a proposal on the liability of
 * the officials concerned. It rests on breaches the portal recorded (¶62-¶64), chosen from the year's list, and
 * goes to the akim as one recorded act; the akim and the working body read the proposals.
 */
@Stateless
public class LiabilityService {

    /** A proposal as sent. */
    public record ProposalView(long id, int year, String officials, String grounds, List<String> breaches,
                               String proposedBy, Instant proposedAt) {

        static ProposalView of(LiabilityProposal p) {
            return new ProposalView(p.id(), p.year(), p.officials(), p.grounds(), p.breaches(), p.proposedBy(),
                    p.proposedAt());
        }
    }

    @EJB
    private CommissionService commission;

    @Inject
    private CycleRepository cycles;

    @EJB
    private BreachService breaches;

    @Inject
    private EvaluationAccess access;

    @Inject
    private AuditLog audit;

    @Inject
    private DomainEvents events;

    @Inject
    private RegionTime time;

    /** The key a page uses to choose a breach: step, body, direction and the deadline it missed. */
    public static String key(BreachService.Breach b) {
        return b.step().name() + ":" + (b.body() == null ? "-" : b.body().id()) + ":"
                + (b.direction() == null ? "-" : b.direction()) + ":" + b.deadline();
    }

    /**
     * ¶66: draws up the proposal and sends it to the akim. Every chosen breach must be on the year's record now;
     * each is kept as it stood (paragraph, step, body, direction, deadline, who answers, days late).
     *
     * @throws RuleViolation "liability.breach.unknown" for a breach not on record, or when a text is missing
     */
    @RolesAllowed(Role.Names.COMMISSION_WORKING_BODY)
    public ProposalView propose(int year, String officials, String grounds, List<String> breachKeys) {
        commission.requireSeat(true); // ¶13: only those the akim's decision in force seats
        Map<String, BreachService.Breach> onRecord = new LinkedHashMap<>();
        breaches.list(year).forEach(b -> onRecord.put(key(b), b));
        List<String> unknown = breachKeys.stream().filter(k -> !onRecord.containsKey(k)).toList();
        if (!unknown.isEmpty()) {
            throw new RuleViolation("liability.breach.unknown", String.join(", ", unknown));
        }
        List<String> lines = breachKeys.stream().distinct().map(onRecord::get).map(LiabilityService::line).toList();
        LiabilityProposal p = cycles.add(LiabilityProposal.propose(year, officials, grounds, lines,
                access.caller().username(), time.clock().instant()));
        ProposalView sent = ProposalView.of(p);
        audit.record("LIABILITY_PROPOSED", "liability_proposal", p.id(), null, sent);
        events.publish(new LiabilityProposed(TenantContext.require().tenantCode(), year, p.id(), lines.size(),
                p.proposedBy(), p.proposedAt()));
        return sent;
    }

    /** The year's proposals, for the akim who receives them and the working body that made them; none for others. */
    @PermitAll
    public List<ProposalView> list(int year) {
        if (!access.caller().has(Role.AKIM) && !access.caller().has(Role.COMMISSION_WORKING_BODY)) {
            return List.of();
        }
        return cycles.liabilityProposals(year).stream().map(ProposalView::of).toList();
    }

    private static String line(BreachService.Breach b) {
        return b.paragraph() + " " + b.step().name() + " · " + (b.body() == null ? "—" : b.body().code())
                + (b.direction() == null ? "" : " · " + b.direction()) + " · " + b.deadline() + " · "
                + b.responsibleRole().name() + (b.responsiblePerson() == null ? "" : ": " + b.responsiblePerson())
                + " · +" + b.daysLate();
    }
}
