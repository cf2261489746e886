package kz.bagalau.methodology.domain;

import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.parser.ParseException;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import kz.bagalau.shared.domain.Jsons;
import kz.bagalau.shared.domain.RuleViolation;

/**
 * A free formula over the indicator's inputs ({@code actual}, {@code target} and named extra inputs) whose
 * result is the share of the points in percent, clamped to 0-100. Evaluated by EvalEx: arithmetic,
 * comparisons and a fixed set of functions, no method calls, no reflection, no loops. A formula is checked
 * when it is saved (syntax, only known inputs, a numeric result on sample inputs), so a bad one never
 * reaches scoring.
 */
public record FormulaRule(String expression, List<String> inputs) implements ScoringRule {

    private static final JsonProvider JSON = Jsons.PROVIDER;

    public static final int MAX_LENGTH = 500;
    private static final Pattern INPUT_NAME = Pattern.compile("[a-z][a-z0-9_]{0,30}");
    private static final Set<String> BUILT_IN = Set.of("actual", "target");

    public FormulaRule {
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        check(expression, inputs);
    }

    private static void check(String expression, List<String> inputs) {
        if (expression == null || expression.isBlank()) {
            throw new RuleViolation("methodology.formula.empty");
        }
        if (expression.length() > MAX_LENGTH) {
            throw new RuleViolation("methodology.formula.too-long", MAX_LENGTH);
        }
        Set<String> allowed = new HashSet<>(BUILT_IN);
        for (String input : inputs) {
            if (!INPUT_NAME.matcher(input).matches() || BUILT_IN.contains(input) || !allowed.add(input)) {
                throw new RuleViolation("methodology.formula.input-name", input);
            }
        }
        Expression parsed = new Expression(expression);
        try {
            parsed.validate();
            for (String used : parsed.getUsedVariables()) {
                if (!allowed.contains(used.toLowerCase(Locale.ROOT))) {
                    throw new RuleViolation("methodology.formula.unknown-input", used, String.join(", ", allowed));
                }
            }
        } catch (ParseException e) {
            throw new RuleViolation("methodology.formula.syntax", e.getMessage());
        }
        Map<String, BigDecimal> sample = new HashMap<>();
        allowed.forEach(name -> sample.put(name, BigDecimal.valueOf(7)));
        evaluate(expression, sample, "methodology.formula.not-numeric");
    }

    private static double evaluate(String expression, Map<String, BigDecimal> values, String failureKey) {
        try {
            EvaluationValue result = new Expression(expression).withValues(values).evaluate();
            if (!result.isNumberValue()) {
                throw new RuleViolation(failureKey, expression);
            }
            return result.getNumberValue().doubleValue();
        } catch (EvaluationException | ParseException | ArithmeticException e) {
            throw new RuleViolation(failureKey, e.getMessage());
        }
    }

    @Override
    public RuleType type() {
        return RuleType.FORMULA;
    }

    @Override
    public List<String> extraInputs() {
        return inputs;
    }

    /** Only the inputs the expression reads are required; a formula over extra inputs needs no actual value. */
    @Override
    public double fraction(IndicatorInputs in, Polarity polarity, double maxPoints) {
        Map<String, BigDecimal> available = new HashMap<>(in.extra());
        if (in.actual() != null) {
            available.put("actual", in.actual());
        }
        if (in.target() != null) {
            available.put("target", in.target());
        }
        Map<String, BigDecimal> values = new HashMap<>();
        for (String used : usedVariables(expression)) {
            BigDecimal v = available.get(used);
            if (v == null) {
                throw new RuleViolation("scoring.input.missing");
            }
            values.put(used, v);
        }
        return ScoringRule.clamp(evaluate(expression, values, "scoring.formula.failed") / 100);
    }

    private static Set<String> usedVariables(String expression) {
        try {
            Set<String> used = new HashSet<>();
            new Expression(expression).getUsedVariables().forEach(v -> used.add(v.toLowerCase(Locale.ROOT)));
            return used;
        } catch (ParseException e) {
            throw new RuleViolation("methodology.formula.syntax", e.getMessage());
        }
    }

    @Override
    public String toJson() {
        JsonArrayBuilder names = JSON.createArrayBuilder();
        inputs.forEach(names::add);
        return JSON.createObjectBuilder().add("expression", expression).add("inputs", names).build().toString();
    }
}
