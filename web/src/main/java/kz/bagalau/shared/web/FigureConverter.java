package kz.bagalau.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import kz.bagalau.shared.domain.DecimalText;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.shared.infrastructure.Texts;

/**
 * Every numeric field of every form ({@code converter="figure"}): the text is read by {@link DecimalText} in the
 * user's language, exactly as typed or refused with a message naming the field, and a stored figure is shown
 * back so that it reads as itself. A field measured in whole numbers says so with the attribute
 * {@code whole="true"}; {@code scale} sets another number of decimals.
 */
@FacesConverter("figure")
public class FigureConverter implements Converter<BigDecimal> {

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        try {
            return DecimalText.parse(value, FacesMessages.locale(), bounds(component), label(component));
        } catch (RuleViolation v) {
            String message = Texts.get(FacesMessages.locale(), v.messageKey(), v.arguments().toArray());
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message), v);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return DecimalText.format(value, FacesMessages.locale());
    }

    private static DecimalText.Bounds bounds(UIComponent component) {
        Object whole = component.getAttributes().get("whole");
        if (Boolean.TRUE.equals(whole) || "true".equals(whole)) {
            return DecimalText.Bounds.WHOLE;
        }
        Object scale = component.getAttributes().get("scale");
        return scale == null ? DecimalText.Bounds.FIGURE
                : new DecimalText.Bounds(DecimalText.Bounds.FIGURE.integerDigits(), Integer.parseInt(scale.toString()));
    }

    private static String label(UIComponent component) {
        return String.valueOf(component.getAttributes().getOrDefault("label", component.getId()));
    }
}
