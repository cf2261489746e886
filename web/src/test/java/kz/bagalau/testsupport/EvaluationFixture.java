package kz.bagalau.testsupport;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.bagalau.evaluation.application.ConclusionService;
import kz.bagalau.evaluation.application.ConclusionView;
import kz.bagalau.evaluation.application.DirectionView;
import kz.bagalau.evaluation.application.EvidenceService;
import kz.bagalau.evaluation.application.ReportingForm;
import kz.bagalau.evaluation.application.ReportingService;
import kz.bagalau.evaluation.application.ValueEntry;
import kz.bagalau.evaluation.application.ValueRow;
import kz.bagalau.evaluation.application.VerificationService;
import kz.bagalau.evaluation.domain.Verification;
import kz.bagalau.identity.application.PasswordHasher;
import kz.bagalau.methodology.domain.RuleType;
import kz.bagalau.methodology.domain.SourceType;
import kz.bagalau.registry.application.BodyRegistry;
import kz.bagalau.registry.application.BodySummary;
import kz.bagalau.registry.domain.BodyDetails;
import kz.bagalau.registry.domain.BodyType;
import kz.bagalau.registry.domain.EvaluatorFunction;
import kz.bagalau.shared.domain.LocalizedText;

/**
 * Builds the situations evaluation tests need, through the same services the pages use: a fresh body of a
 * region with its own user, figures reported and submitted for every direction, values verified by the
 * evaluator each direction is routed to. Fresh bodies keep tests independent of each other and of the demo.
 */
@Dependent
public class EvaluationFixture {

    /** A valid one-page PDF, the smallest evidence the portal accepts. */
    public static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Inject
    private Callers callers;

    @Inject
    private BodyRegistry registry;

    @Inject
    private ReportingService reporting;

    @Inject
    private EvidenceService evidence;

    @Inject
    private VerificationService verification;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private ConclusionService conclusions;

    /** A new body (and its user, password "demo") in {@code tenant}; returns the body and the username. */
    public Created newBody(String tenant, BodyType type) {
        String code = "E" + UUID.randomUUID().toString().replace("-", "").substring(0, 9).toUpperCase();
        BodySummary body = callers.as(tenant + ".admin", () -> registry.register(new BodyDetails(code,
                new LocalizedText("Сынақ басқармасы " + code, "Тестовое управление " + code, "Test body " + code),
                type, EvaluatorFunction.NONE, "Айгүл Сейітова", null)));
        String username = tenant + ".t" + code.toLowerCase();
        try (Connection c = Sql.asOwner()) {
            Sql.update(c, "insert into app_user (tenant_id, username, password_hash, display_name, roles, body_id) "
                    + "values (?, ?, ?, ?, 'EVALUATED_BODY', ?)", tenant, username, hasher.hash("demo".toCharArray()),
                    body.nameKk(), body.id());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Created(body, username);
    }

    /** A body and the user who reports for it. */
    public record Created(BodySummary body, String username) {
    }

    /** Plausible figures for every row, evidence where required, saved as drafts (not submitted). */
    public ReportingForm fill(String bodyUser, int year) {
        return callers.as(bodyUser, () -> {
            ReportingForm form = reporting.form(year);
            for (DirectionView d : form.directions()) {
                List<ValueEntry> entries = new ArrayList<>();
                for (ValueRow r : d.rows()) {
                    entries.add(entryFor(r));
                    if (r.evidenceRequired()) {
                        evidence.attach(d.id(), r.valueId(), "evidence-" + r.code() + ".pdf", PDF, false);
                    }
                }
                reporting.saveDraft(d.id(), entries);
            }
            return reporting.form(year);
        });
    }

    /** Fills and submits every direction. */
    public ReportingForm submitAll(String bodyUser, int year) {
        fill(bodyUser, year);
        return callers.as(bodyUser, () -> {
            ReportingForm form = reporting.form(year);
            form.directions().forEach(d -> reporting.submit(d.id()));
            return reporting.form(year);
        });
    }

    /** The figure the fixture reports for a row: in range, with target and formula inputs where needed. */
    public static ValueEntry entryFor(ValueRow r) {
        BigDecimal actual = switch (r.ruleType()) {
            case YES_NO -> BigDecimal.ONE;
            case PENALTY -> BigDecimal.ONE;
            case FORMULA -> null;
            default -> r.maxValue() != null && r.maxValue().compareTo(BigDecimal.valueOf(100)) <= 0
                    ? BigDecimal.valueOf(90) : BigDecimal.valueOf(50);
        };
        BigDecimal target = r.needsTarget() ? BigDecimal.valueOf(100) : null;
        Map<String, BigDecimal> inputs = new HashMap<>();
        if (r.ruleType() == RuleType.FORMULA) {
            inputs.put("planned", BigDecimal.valueOf(1000));
            inputs.put("contracted", BigDecimal.valueOf(980));
        }
        boolean survey = r.defaultSourceType() == SourceType.SOCIOLOGICAL_SURVEYS.number();
        return new ValueEntry(r.indicatorId(), actual, target, inputs, null, r.defaultSourceType(),
                survey ? "Зерттеу институты" : null, survey ? LocalDate.of(2026, 12, 1) : null, survey ? 1000 : null);
    }

    /** Every value still pending accepted by the direction's evaluator, then every direction scored. */
    public void acceptAndScore(String tenant, ReportingForm form) {
        for (DirectionView d : form.directions()) {
            callers.as(evaluatorOf(tenant, d), () -> {
                verification.workspace(d.id()).direction().rows().stream()
                        .filter(r -> r.verification() == Verification.PENDING)
                        .forEach(r -> verification.verify(d.id(), r.valueId(), Verification.ACCEPTED, null, null, null));
                verification.score(d.id());
            });
        }
    }

    /** Each direction's evaluator drafts and sends its conclusion (¶47); afterwards every score is visible. */
    public void concludeAll(String tenant, ReportingForm form) {
        for (DirectionView d : form.directions()) {
            callers.as(evaluatorOf(tenant, d), () -> {
                ConclusionView draft = conclusions.saveDraft(d.id(), null, "Орындалды", "Тұжырымдар", "Ұсыным");
                conclusions.send(draft.id());
            });
        }
    }

    public static String evaluatorOf(String tenant, DirectionView d) {
        return tenant + "." + switch (d.evaluatorRole()) {
            case PLANNING_BODY -> "planning";
            case BUDGET_BODY -> "budget";
            default -> "apparatus";
        };
    }
}
