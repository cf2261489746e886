package kz.bagalau.methodology.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import kz.bagalau.shared.domain.LocalizedText;
import kz.bagalau.shared.domain.RuleViolation;

/** A criterion of a direction's methodology: a weighted group of indicators (¶16). */
@Entity
@Table(name = "methodology_criterion")
public class Criterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "methodology_id")
    private Methodology methodology;

    @Column(name = "code", nullable = false)
    private String code;

    @Embedded
    private LocalizedText name;

    @Column(name = "weight", nullable = false)
    private BigDecimal weight;

    @Column(name = "position", nullable = false)
    private int position;

    @OneToMany(mappedBy = "criterion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Indicator> indicators = new ArrayList<>();

    protected Criterion() {
        // for JPA
    }

    Criterion(Methodology methodology, String code, LocalizedText name, BigDecimal weight, int position) {
        if (code == null || !IndicatorDefinition.CODE.matcher(code).matches()) {
            throw new RuleViolation("methodology.code.invalid", String.valueOf(code));
        }
        if (weight == null || weight.signum() <= 0) {
            throw new RuleViolation("methodology.weight.positive", code);
        }
        this.methodology = methodology;
        this.code = code;
        this.name = name;
        this.weight = weight;
        this.position = position;
    }

    Indicator add(IndicatorDefinition definition) {
        if (indicators.stream().anyMatch(i -> i.code().equals(definition.code()))) {
            throw new RuleViolation("methodology.code.taken", definition.code());
        }
        Indicator indicator = new Indicator(this, definition, indicators.size() + 1);
        indicators.add(indicator);
        return indicator;
    }

    void remove(Indicator indicator) {
        indicators.remove(indicator);
    }

    public Long id() {
        return id;
    }

    public Methodology methodology() {
        return methodology;
    }

    public String code() {
        return code;
    }

    public LocalizedText name() {
        return name;
    }

    public BigDecimal weight() {
        return weight;
    }

    public int position() {
        return position;
    }

    public List<Indicator> indicators() {
        return List.copyOf(indicators);
    }
}
