package kz.bagalau.evaluation.domain;

import kz.bagalau.identity.domain.Role;
import kz.bagalau.methodology.domain.Direction;
import kz.bagalau.registry.domain.EvaluatorFunction;

/**
 * Who evaluates which direction of which body (¶10): the state planning body direction 1 (¶21), the budget
 * execution body direction 3 (¶28), the akim's apparatus directions 2, 4, 5, 6 and 7 (¶25, ¶32, ¶36, ¶39,
 * ¶40-2). The planning body and the budget body are themselves evaluated on their own direction by the
 * apparatus (¶22, ¶29): nobody evaluates itself.
 */
public final class EvaluatorRouting {

    private EvaluatorRouting() {
    }

    public static Role evaluatorOf(Direction direction, EvaluatorFunction bodyFunction) {
        return switch (direction) {
            case STRATEGIC_GOALS -> bodyFunction == EvaluatorFunction.STATE_PLANNING
                    ? Role.AKIM_APPARATUS : Role.PLANNING_BODY;
            case BUDGET -> bodyFunction == EvaluatorFunction.BUDGET_EXECUTION
                    ? Role.AKIM_APPARATUS : Role.BUDGET_BODY;
            default -> Role.AKIM_APPARATUS;
        };
    }
}
