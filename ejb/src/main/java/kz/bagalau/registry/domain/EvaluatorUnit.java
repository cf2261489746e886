package kz.bagalau.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.shared.domain.LocalizedText;
import kz.bagalau.shared.domain.PlainText;
import kz.bagalau.shared.domain.RuleViolation;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * ¶64: a responsible unit of an authorised evaluator — the planning body, the budget body or a department of
 * the akim's apparatus — for one direction (or all of the evaluator's), with its first head, who answers for
 * following the methodology and the schedule's deadlines. A breach of an evaluator's step names this person,
 * not whoever pressed the button.
 */
@Entity
@Table(name = "evaluator_unit")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class EvaluatorUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "evaluator_role", nullable = false)
    private Role evaluatorRole;

    @Column(name = "direction")
    private Integer direction;

    @Embedded
    private LocalizedText name;

    @Column(name = "head_name", nullable = false)
    private String headName;

    @Version
    private long version;

    protected EvaluatorUnit() {
        // for JPA
    }

    public EvaluatorUnit(Role evaluatorRole, Integer direction, LocalizedText name, String headName) {
        if (evaluatorRole == null || !evaluatorRole.authorisedEvaluator()) {
            throw new RuleViolation("unit.evaluator.required");
        }
        this.evaluatorRole = evaluatorRole;
        this.direction = direction;
        this.name = name;
        this.headName = requireHead(headName);
    }

    private static String requireHead(String head) {
        String checked = PlainText.check(head, 200, "label.unit.head");
        if (checked == null) {
            throw new RuleViolation("unit.head.required");
        }
        return checked;
    }

    public Long id() {
        return id;
    }

    public Role evaluatorRole() {
        return evaluatorRole;
    }

    public Integer direction() {
        return direction;
    }

    public LocalizedText name() {
        return name;
    }

    public String headName() {
        return headName;
    }
}
