package kz.bagalau.cycle.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.bagalau.audit.application.AuditLog;
import kz.bagalau.cycle.domain.CommissionDecision;
import kz.bagalau.cycle.domain.CommissionDecision.Seat;
import kz.bagalau.cycle.domain.CommissionDecisionRepository;
import kz.bagalau.identity.application.CallerContext;
import kz.bagalau.identity.application.RegionUsers;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.shared.domain.FileSignature;
import kz.bagalau.shared.domain.NotFoundException;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.tenancy.application.RegionTime;

/**
 * ¶13: the Regional Expert Commission and its working body, as the akim's decisions form them. The region's
 * administrator records each decision (number, date, the scanned document, who sits where); the decision in force
 * decides who may act as the commission (¶51) and as its working body (¶52, ¶60, ¶66): holding the role is not
 * enough, the user must be seated by the decision in force.
 */
@Stateless
public class CommissionService {

    /** The largest decision document accepted (a scanned order of a few pages). */
    public static final int MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

    @Inject
    private CommissionDecisionRepository decisions;

    @Inject
    private RegionUsers users;

    @Inject
    private CallerContext caller;

    @Inject
    private RegionTime time;

    @Inject
    private AuditLog audit;

    /** Every decision, the latest first, marking the one in force. */
    @RolesAllowed({Role.Names.REGION_ADMIN, Role.Names.AKIM, Role.Names.COMMISSION_MEMBER,
            Role.Names.COMMISSION_WORKING_BODY})
    public List<CommissionDecisionView> history() {
        Optional<Long> inForce = decisions.inForce(time.today()).map(CommissionDecision::id);
        return decisions.history().stream()
                .map(d -> CommissionDecisionView.of(d, inForce.map(d.id()::equals).orElse(false))).toList();
    }

    /**
     * Records the akim's decision. Every seated user must be an enabled user of the region holding the role of the
     * seat: the commission's role for the chair, members and secretary, the working body's for the working body.
     */
    @RolesAllowed(Role.Names.REGION_ADMIN)
    public CommissionDecisionView record(String number, java.time.LocalDate decidedOn, Map<String, Seat> seats,
                                         String fileName, byte[] document) {
        Map<String, Seat> checked = new LinkedHashMap<>();
        seats.forEach((username, seat) -> {
            RegionUsers.UserRef user = users.find(username)
                    .orElseThrow(() -> new RuleViolation("commission.user.unknown", username));
            Role needed = seat.commission() ? Role.COMMISSION_MEMBER : Role.COMMISSION_WORKING_BODY;
            if (!user.roles().contains(needed)) {
                throw new RuleViolation("commission.user.role", username, needed.name());
            }
            checked.put(user.username(), seat);
        });
        String type = document == null ? null : documentType(document);
        CommissionDecision decision = decisions.add(CommissionDecision.record(number, decidedOn, checked,
                document == null ? null : safeName(fileName), type, caller.username(), time.today(),
                time.clock().instant()), document);
        boolean inForce = decisions.inForce(time.today()).map(d -> d.id().equals(decision.id())).orElse(false);
        CommissionDecisionView view = CommissionDecisionView.of(decision, inForce);
        audit.record("COMMISSION_DECISION_RECORDED", "commission_decision", decision.id(), null, view);
        return view;
    }

    /** Who may be seated: the region's enabled users holding the commission's or the working body's role. */
    @RolesAllowed(Role.Names.REGION_ADMIN)
    public List<RegionUsers.UserRef> candidates() {
        return users.withAnyRole(java.util.Set.of(Role.COMMISSION_MEMBER, Role.COMMISSION_WORKING_BODY));
    }

    /** The decision document, for those who may read the history. */
    @RolesAllowed({Role.Names.REGION_ADMIN, Role.Names.AKIM, Role.Names.COMMISSION_MEMBER,
            Role.Names.COMMISSION_WORKING_BODY})
    public Document document(long id) {
        CommissionDecision d = decisions.find(id).orElseThrow(() -> new NotFoundException("CommissionDecision", id));
        byte[] content = decisions.document(id).orElseThrow(() -> new NotFoundException("CommissionDecision", id));
        return new Document(d.fileName(), d.fileType(), content);
    }

    /** A decision's scanned document. */
    public record Document(String fileName, String contentType, byte[] content) {
    }

    /**
     * ¶13: refuses the caller unless the decision in force seats them on the commission ({@code workingBody}
     * false) or on its working body. Called by every action of the commission and of its working body.
     */
    public void requireSeat(boolean workingBody) {
        String username = caller.username();
        boolean seated = decisions.inForce(time.today()).map(d -> d.seats(username, workingBody)).orElse(false);
        if (!seated) {
            throw new RuleViolation(workingBody ? "commission.workingBody.notSeated" : "commission.notSeated");
        }
    }

    private static String documentType(byte[] c) {
        if (c.length == 0 || c.length > MAX_DOCUMENT_BYTES) {
            throw new RuleViolation("commission.document.size", MAX_DOCUMENT_BYTES / (1024 * 1024));
        }
        return FileSignature.of(c).orElseThrow(() -> new RuleViolation("commission.document.type"));
    }

    private static String safeName(String name) {
        String n = name == null || name.isBlank() ? "decision" : name.replaceAll("[\\\\/\\r\\n\"]", "_").strip();
        return n.length() > 200 ? n.substring(0, 200) : n;
    }
}
