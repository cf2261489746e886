package kz.bagalau.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import kz.bagalau.shared.domain.PlainText;
import kz.bagalau.shared.infrastructure.Texts;

/**
 * Registered as a default validator for every input of every form: text with control characters (NUL and
 * the like, which no one types and the database refuses) is answered with a message naming the field,
 * before it reaches any service. Line breaks and tabs are text.
 */
@FacesValidator("plainText")
public class PlainTextValidator implements Validator<Object> {

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (value instanceof String text && PlainText.hasControlCharacters(text)) {
            String field = String.valueOf(component.getAttributes().getOrDefault("label", component.getId()));
            String message = Texts.get(FacesMessages.locale(), "text.control", field);
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        }
    }
}
