package kz.bagalau.deadlines.domain;

import java.util.Map;

/** The port to the mail templates: one template per kind of mail and language, HTML and plain text. */
public interface MailTemplates {

    /** Renders template {@code name} in {@code locale} with {@code model}; the subject is the template's too. */
    RenderedMail render(String name, String locale, Map<String, Object> model);
}
