package kz.bagalau.evaluation.domain;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import kz.bagalau.methodology.domain.Applicability;
import kz.bagalau.methodology.domain.Direction;
import kz.bagalau.methodology.domain.Indicator;
import kz.bagalau.methodology.domain.IndicatorDefinition;
import kz.bagalau.methodology.domain.Methodology;
import kz.bagalau.methodology.domain.MethodologyOwner;
import kz.bagalau.methodology.domain.Polarity;
import kz.bagalau.methodology.domain.SourceType;
import kz.bagalau.methodology.domain.YesNoRule;
import kz.bagalau.registry.domain.BodyType;
import kz.bagalau.registry.domain.EvaluatorFunction;
import kz.bagalau.shared.domain.LocalizedText;

/**
 * Aggregates as the database would hand them over, without a database: published methodologies of one yes/no
 * indicator per direction, an evaluation opened with them, ids given to every entity the way the database
 * would give them, so the aggregates' rules can be tested one by one in plain JUnit.
 */
final class Aggregates {

    static final Instant NOW = Instant.parse("2027-03-01T05:00:00Z");
    static final int YEAR = 2026;
    private static final LocalizedText NAME = new LocalizedText("атауы", "название", "name");
    private static final AtomicLong IDS = new AtomicLong(1000);
    private static final Map<Long, Methodology> METHODOLOGIES = new ConcurrentHashMap<>();

    private Aggregates() {
    }

    /** A department's evaluation of {@link #YEAR}, every direction a draft. */
    static Evaluation evaluation() {
        Map<Direction, Methodology> methodologies = new EnumMap<>(Direction.class);
        for (Direction d : Direction.values()) {
            methodologies.put(d, methodology(d));
        }
        Evaluation e = withId(Evaluation.open(YEAR, 7L, BodyType.REGIONAL_DEPARTMENT, EvaluatorFunction.NONE,
                methodologies, NOW));
        e.directions().forEach(d -> {
            withId(d);
            d.values().forEach(Aggregates::withId);
        });
        return e;
    }

    /** The methodology the direction was opened with. */
    static Methodology methodologyOf(DirectionEvaluation d) {
        return METHODOLOGIES.get(d.methodologyId());
    }

    /** Direction 2 of a fresh evaluation, reported with "yes" and submitted. */
    static DirectionEvaluation submitted() {
        DirectionEvaluation d = evaluation().direction(Direction.ACTS_AND_INSTRUCTIONS).orElseThrow();
        d.report(Map.of(d.values().get(0).indicatorId(), yes()), "body", NOW);
        d.submit(methodologyOf(d), java.util.Set.of(), "body", NOW);
        return d;
    }

    /** {@link #submitted()}, every figure accepted and scored. */
    static DirectionEvaluation scored() {
        DirectionEvaluation d = submitted();
        d.verify(d.values().get(0).id(), Verification.ACCEPTED, null, null, null, "apparatus", NOW);
        d.score(methodologyOf(d), BodyType.REGIONAL_DEPARTMENT, NOW);
        return d;
    }

    /** {@link #scored()} with its conclusion sent. */
    static DirectionEvaluation concluded() {
        DirectionEvaluation d = scored();
        d.markConclusionSent();
        return d;
    }

    static ReportedValue yes() {
        return new ReportedValue(BigDecimal.ONE, null, Map.of(), null, SourceType.BODY_REPORTS);
    }

    private static Methodology methodology(Direction direction) {
        Methodology m = Methodology.firstDraft(direction, YEAR, BigDecimal.TEN, null, "ministry", NOW);
        m.addCriterion("C1", NAME, BigDecimal.ONE);
        Indicator i = m.addIndicator("C1", new IndicatorDefinition("I" + direction.number(), NAME, null, null, null,
                "—", Polarity.HIGHER, new YesNoRule(), false, BigDecimal.ONE, BigDecimal.TEN, SourceType.BODY_REPORTS,
                false, Applicability.ALL, null, null));
        MethodologyOwner.of(direction).forEach(o -> m.approve(o, "owner", null, NOW));
        m.agree("ministry", NOW);
        withId(m);
        withId(i);
        METHODOLOGIES.put(m.id(), m);
        return m;
    }

    static <T> T withId(T entity) {
        set(entity, "id", IDS.incrementAndGet());
        return entity;
    }

    private static void set(Object entity, String name, Object value) {
        for (Class<?> c = entity.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                f.set(entity, value);
                return;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("No field " + name + " on " + entity.getClass());
    }
}
