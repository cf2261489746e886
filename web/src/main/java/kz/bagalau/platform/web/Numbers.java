package kz.bagalau.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;

/** Shows stored figures without padding zeros ({@code 87.4000} as {@code 87.4}); {@code #{num.show(x)}} in pages. */
@Named("num")
@ApplicationScoped
public class Numbers {

    public String show(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
