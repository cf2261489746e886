package kz.bagalau.methodology.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.bagalau.audit.application.AuditLog;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.methodology.domain.Direction;
import kz.bagalau.methodology.domain.IndicatorDefinition;
import kz.bagalau.methodology.domain.Methodology;
import kz.bagalau.methodology.domain.MethodologyOwner;
import kz.bagalau.methodology.domain.MethodologyRepository;
import kz.bagalau.methodology.domain.RatingScale;
import kz.bagalau.shared.domain.LocalizedText;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.shared.infrastructure.ImportProblem;
import kz.bagalau.shared.infrastructure.ImportResult;
import kz.bagalau.shared.infrastructure.Table;
import kz.bagalau.shared.infrastructure.TableReader;
import kz.bagalau.shared.infrastructure.UnreadableFileException;

/**
 * The authoring of methodologies (¶16): a direction's owners ({@link MethodologyOwner}) start a draft (a copy of
 * the version in force, or empty), edit its criteria, indicators and weight, and approve it; the ministry agrees
 * it, which publishes it, or returns it to the owners. Each owner touches only its own directions. The ministry
 * alone sets the rating bands of a year (¶11). Every change is audited; a published version is never changed, here
 * or in the database.
 */
@Stateless
@RolesAllowed({Role.Names.MINISTRY, Role.Names.OWNER_PM_OFFICE, Role.Names.OWNER_BUDGET,
        Role.Names.OWNER_CIVIL_SERVICE, Role.Names.OWNER_INFORMATISATION, Role.Names.OWNER_JUSTICE})
public class MethodologyAuthoring {

    static final String AUDIT_ENTITY = "methodology";
    private static final long MAX_SHEET_BYTES = 5L * 1024 * 1024;

    @Inject
    private MethodologyRepository methodologies;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /** A new draft for the direction and year: a copy of the newest version if there is one, else empty. */
    public MethodologyView startDraft(Direction direction, int year, BigDecimal weightIfNew) {
        requireOwnerOf(direction);
        if (methodologies.findDraft(direction, year).isPresent()) {
            throw new RuleViolation("methodology.draft.exists", direction.number(), year);
        }
        int next = methodologies.nextVersion(direction, year);
        Methodology base = methodologies.findCurrent(direction, year)
                .or(() -> methodologies.findCurrent(direction, year - 1)).orElse(null);
        Methodology draft = base == null
                ? Methodology.draft(direction, year, next, weightIfNew, null, caller(), clock.instant())
                : base.nextDraft(year, next, caller(), clock.instant());
        methodologies.add(draft);
        MethodologyView view = MethodologyView.of(draft);
        audit.record("METHODOLOGY_DRAFTED", AUDIT_ENTITY, draft.id(), null, view);
        return view;
    }

    /**
     * Reads a spreadsheet with one row per indicator and creates one draft per direction in it. All rows are
     * checked first; with any problem nothing is created.
     */
    public ImportResult importSheet(int year, String fileName, byte[] content, java.util.Locale locale) {
        Table table;
        try {
            table = TableReader.read(fileName, content, MAX_SHEET_BYTES);
        } catch (UnreadableFileException e) {
            return ImportResult.refused(List.of(ImportProblem.ofFile(e.messageKey(), String.valueOf(fileName))));
        }
        MethodologySheet sheet = MethodologySheet.read(table, locale);
        if (!sheet.problems().isEmpty()) {
            return ImportResult.refused(sheet.problems());
        }
        Map<Direction, Integer> versions = new EnumMap<>(Direction.class);
        for (Direction d : Direction.values()) {
            if (methodologies.findDraft(d, year).isPresent()) {
                return ImportResult.refused(List.of(ImportProblem.ofFile("methodology.draft.exists",
                        String.valueOf(d.number()), String.valueOf(year))));
            }
            versions.put(d, methodologies.nextVersion(d, year));
        }
        Map<Direction, Methodology> drafts = sheet.drafts(year, versions, caller(), clock.instant());
        Set<MethodologyOwner> owners = callerOwners();
        for (Direction d : drafts.keySet()) {
            if (owners.stream().noneMatch(o -> o.develops(d))) {
                return ImportResult.refused(List.of(ImportProblem.ofFile("methodology.owner.notYours",
                        String.valueOf(d.number()))));
            }
        }
        for (Methodology draft : drafts.values()) {
            methodologies.add(draft);
            audit.record("METHODOLOGY_IMPORTED", AUDIT_ENTITY, draft.id(), null, MethodologyView.of(draft));
        }
        return new ImportResult(drafts.size(), 0, 0, List.of());
    }

    public MethodologyView addCriterion(long methodologyId, String code, LocalizedText name, BigDecimal weight) {
        return change(methodologyId, "METHODOLOGY_CRITERION_ADDED", m -> m.addCriterion(code, name, weight));
    }

    /** Adds an indicator ({@code indicatorId} null) or replaces one's definition. */
    public MethodologyView saveIndicator(long methodologyId, String criterionCode, Long indicatorId,
                                         IndicatorDefinition definition) {
        return change(methodologyId, "METHODOLOGY_INDICATOR_SAVED", m -> {
            if (indicatorId == null) {
                m.addIndicator(criterionCode, definition);
            } else {
                m.reviseIndicator(indicatorId, definition);
            }
        });
    }

    public MethodologyView removeIndicator(long methodologyId, long indicatorId) {
        return change(methodologyId, "METHODOLOGY_INDICATOR_REMOVED", m -> m.removeIndicator(indicatorId));
    }

    public MethodologyView reweigh(long methodologyId, BigDecimal weight) {
        return change(methodologyId, "METHODOLOGY_REWEIGHED", m -> m.reweigh(weight));
    }

    /**
     * ¶16: the caller approves the draft for the owner it acts for; an owner of another direction is refused.
     * {@code reference} names the owner's act (order number and date), if given.
     */
    public MethodologyView approve(long methodologyId, String reference) {
        return change(methodologyId, "METHODOLOGY_APPROVED", m -> {
            MethodologyOwner owner = callerOwners().stream()
                    .filter(o -> o.develops(m.direction()) && m.missingApprovals().contains(o))
                    .findFirst().orElseThrow(() -> new RuleViolation(
                            callerOwners().stream().anyMatch(o -> o.develops(m.direction()))
                                    ? "methodology.approved.already" : "methodology.owner.notYours",
                            m.direction().number()));
            m.approve(owner, caller(), blankToNull(reference), clock.instant());
        });
    }

    /** ¶16: the ministry agrees a draft every owner approved; from now on it is the version in force. */
    @RolesAllowed(Role.Names.MINISTRY)
    public MethodologyView agree(long methodologyId) {
        return apply(methodologies.getById(methodologyId), "METHODOLOGY_AGREED",
                m -> m.agree(caller(), clock.instant()));
    }

    /** The ministry does not agree: the approvals are withdrawn and the draft goes back with the reason. */
    @RolesAllowed(Role.Names.MINISTRY)
    public MethodologyView returnToOwners(long methodologyId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("methodology.return.reason");
        }
        Methodology m = methodologies.getById(methodologyId);
        MethodologyView before = MethodologyView.of(m);
        m.returnToOwners();
        methodologies.add(m);
        MethodologyView after = MethodologyView.of(m);
        audit.record("METHODOLOGY_RETURNED", AUDIT_ENTITY, methodologyId, before,
                Map.of("reason", reason.strip(), "methodology", after));
        return after;
    }

    /**
     * Sets the rating bands of a year. Bands that a published methodology of the year already rates by are
     * fixed; bands missing for such a year may still be set.
     */
    @RolesAllowed(Role.Names.MINISTRY)
    public void setRatingScale(int year, BigDecimal high, BigDecimal medium, BigDecimal low) {
        RatingScale before = methodologies.findRatingScale(year).orElse(null);
        if (before != null && methodologies.anyPublished(year)) {
            throw new RuleViolation("rating.scale.in.use", year);
        }
        Map<String, BigDecimal> old = before == null ? null
                : Map.of("high", before.high(), "medium", before.medium(), "low", before.low());
        if (before == null) {
            methodologies.add(new RatingScale(year, high, medium, low));
        } else {
            before.change(high, medium, low);
        }
        audit.record("RATING_SCALE_SET", "rating_scale", year, old, Map.of("high", high, "medium", medium, "low", low));
    }

    private MethodologyView change(long id, String action, java.util.function.Consumer<Methodology> edit) {
        Methodology m = methodologies.getById(id);
        requireOwnerOf(m.direction());
        return apply(m, action, edit);
    }

    private MethodologyView apply(Methodology m, String action, java.util.function.Consumer<Methodology> edit) {
        MethodologyView before = MethodologyView.of(m);
        edit.accept(m);
        methodologies.add(m);
        MethodologyView after = MethodologyView.of(m);
        audit.record(action, AUDIT_ENTITY, m.id(), before, after);
        return after;
    }

    /** ¶16: only the direction's own central body develops and approves its methodology. */
    private void requireOwnerOf(Direction direction) {
        if (callerOwners().stream().noneMatch(o -> o.develops(direction))) {
            throw new RuleViolation("methodology.owner.notYours", direction.number());
        }
    }

    private Set<MethodologyOwner> callerOwners() {
        return MethodologyOwner.heldBy(r -> session.isCallerInRole(r.name()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
