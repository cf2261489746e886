package kz.bagalau.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import kz.bagalau.shared.domain.DecimalText;
import kz.bagalau.shared.web.FacesMessages;

/**
 * Shows stored figures as the reader types them: without padding zeros ({@code 87.4000} as {@code 87,4} in
 * Kazakh and Russian, {@code 87.4} in English), never rounded; {@code #{num.show(x)}} in pages.
 */
@Named("num")
@ApplicationScoped
public class Numbers {

    public String show(BigDecimal value) {
        return DecimalText.format(value, FacesMessages.locale());
    }
}
