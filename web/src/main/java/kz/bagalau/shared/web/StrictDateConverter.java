package kz.bagalau.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import kz.bagalau.shared.infrastructure.Texts;

/**
 * Dates as typed, or refused: 2027-02-30 is not 28 February. The date pickers' own conversion resolves a day
 * past the month's end to its last day, which silently changes a deadline or a status date; this converter,
 * set on every date field ({@code converter="strictDate"}), resolves strictly and names the field and the text.
 */
@FacesConverter("strictDate")
public class StrictDateConverter implements Converter<LocalDate> {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip(), ISO);
        } catch (DateTimeParseException e) {
            String field = String.valueOf(component.getAttributes().getOrDefault("label", component.getId()));
            String message = Texts.get(FacesMessages.locale(), "date.invalid", field, value.strip());
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : ISO.format(value);
    }
}
