package kz.bagalau.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/** A text the law gives in Kazakh, Russian and English; Kazakh is the fallback. */
@Embeddable
public class LocalizedText implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "name_kk", nullable = false)
    private String kk;

    @Column(name = "name_ru", nullable = false)
    private String ru;

    @Column(name = "name_en", nullable = false)
    private String en;

    protected LocalizedText() {
        // for JPA
    }

    /** A name holds at most this many characters, in every language. */
    public static final int MAX_LENGTH = 300;

    public LocalizedText(String kk, String ru, String en) {
        this.kk = requireText(kk, "kk");
        this.ru = requireText(ru, "ru");
        this.en = requireText(en, "en");
    }

    private static String requireText(String value, String language) {
        String text = PlainText.check(value, MAX_LENGTH, "label.name." + language);
        if (text == null) {
            throw new RuleViolation("text.required." + language);
        }
        return text;
    }

    public String kk() {
        return kk;
    }

    public String ru() {
        return ru;
    }

    public String en() {
        return en;
    }

    public String in(Locale locale) {
        return switch (locale == null ? "kk" : locale.getLanguage()) {
            case "ru" -> ru;
            case "en" -> en;
            default -> kk;
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalizedText t && kk.equals(t.kk) && ru.equals(t.ru) && en.equals(t.en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kk, ru, en);
    }

    @Override
    public String toString() {
        return kk;
    }
}
