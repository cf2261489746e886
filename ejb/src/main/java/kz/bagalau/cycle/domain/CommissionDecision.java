package kz.bagalau.cycle.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import kz.bagalau.shared.domain.RuleViolation;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * ¶13: the akim's decision forming the Regional Expert Commission from officials of the akim's apparatus and
 * naming its working body. A decision is recorded once and never changed; a new composition is a new decision, so
 * the history of who sat on the commission, and on whose decision, stays. The decision in force is the latest one
 * that has taken effect; only those it seats act as the commission or its working body.
 */
@Entity
@Table(name = "commission_decision")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class CommissionDecision {

    /** Where a user sits: the first three are the commission itself, the last its working body. */
    public enum Seat {
        CHAIR, MEMBER, SECRETARY, WORKING_BODY;

        public boolean commission() {
            return this != WORKING_BODY;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "number", nullable = false, updatable = false)
    private String number;

    @Column(name = "decided_on", nullable = false, updatable = false)
    private LocalDate decidedOn;

    @Column(name = "seats", nullable = false, updatable = false)
    private String seats;

    @Column(name = "file_name", updatable = false)
    private String fileName;

    @Column(name = "file_type", updatable = false)
    private String fileType;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected CommissionDecision() {
        // for JPA
    }

    /**
     * Records the akim's decision {@code number} of {@code decidedOn}: at least one member of the commission
     * (chair or member) and at least one of its working body, nobody twice, dated no later than {@code today}.
     */
    public static CommissionDecision record(String number, LocalDate decidedOn, Map<String, Seat> seats,
                                            String fileName, String fileType, String by, LocalDate today,
                                            Instant now) {
        if (number == null || number.isBlank() || number.strip().length() > 60) {
            throw new RuleViolation("commission.number.required");
        }
        if (decidedOn == null || decidedOn.isAfter(today)) {
            throw new RuleViolation("commission.date.invalid");
        }
        if (seats.values().stream().noneMatch(s -> s == Seat.CHAIR || s == Seat.MEMBER)) {
            throw new RuleViolation("commission.members.required");
        }
        if (!seats.containsValue(Seat.WORKING_BODY)) {
            throw new RuleViolation("commission.workingBody.required");
        }
        CommissionDecision d = new CommissionDecision();
        d.number = number.strip();
        d.decidedOn = decidedOn;
        d.seats = seats.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue().name())
                .collect(Collectors.joining(","));
        d.fileName = fileName;
        d.fileType = fileType;
        d.recordedBy = by;
        d.recordedAt = now;
        return d;
    }

    /** Whether {@code username} sits on the commission ({@code workingBody} false) or on its working body. */
    public boolean seats(String username, boolean workingBody) {
        Seat seat = seats().get(username);
        return seat != null && seat.commission() != workingBody;
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    /** Username → seat, in the order the decision names them. */
    public Map<String, Seat> seats() {
        return Arrays.stream(seats.split(",")).map(p -> p.split(":", 2)).collect(Collectors.toMap(p -> p[0],
                p -> Seat.valueOf(p[1]), (a, b) -> a, LinkedHashMap::new));
    }

    public String fileName() {
        return fileName;
    }

    public String fileType() {
        return fileType;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
