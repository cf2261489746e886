package kz.bagalau.deadlines.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * One planned firing of a region-year, as a row: it is done exactly once, by the transaction that does its work
 * (the status leaves PLANNED in that transaction, under a row lock no other node can take). A firing reached
 * long after it was due (the portal was down) is done late and says so; one a moved clock jumped over is skipped.
 */
@Entity
@Table(name = "deadline_trigger")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class DeadlineTrigger {

    /** PLANNED until fired (DONE) or jumped over by a moved clock (SKIPPED). */
    public enum Status { PLANNED, DONE, SKIPPED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "year", nullable = false)
    private int year;

    @Column(name = "step", nullable = false)
    private String step;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private TriggerKind kind;

    @Column(name = "offset_days", nullable = false)
    private int offsetDays;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "deadline", nullable = false)
    private LocalDate deadline;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status = Status.PLANNED;

    @Column(name = "fired_at")
    private Instant firedAt;

    @Column(name = "fired_late", nullable = false)
    private boolean firedLate;

    @Column(name = "outcome")
    private String outcome;

    protected DeadlineTrigger() {
        // for JPA
    }

    public DeadlineTrigger(int year, PlannedFiring firing, Instant plannedAt) {
        this.year = year;
        this.step = firing.step();
        this.kind = firing.kind();
        this.offsetDays = firing.offsetDays();
        this.subjectId = firing.subject();
        this.deadline = firing.deadline();
        this.dueAt = firing.dueAt();
        // A firing already due when it is planned (history loaded into a new deployment, a step planned mid-way)
        // is not done: its reminder would come too late, and the breaches of a passed deadline are on record
        // anyway. A firing planned in time and reached late (the portal was down) is done, late.
        if (!dueAt.isAfter(plannedAt)) {
            this.status = Status.SKIPPED;
        }
    }

    /** Marks the firing done; late when reached more than {@code tolerance} after it was due. */
    public void fired(Instant now, Duration tolerance, String what) {
        if (status != Status.PLANNED) {
            throw new IllegalStateException("Trigger " + id + " is " + status);
        }
        status = Status.DONE;
        firedAt = now;
        firedLate = now.isAfter(dueAt.plus(tolerance));
        outcome = what == null ? null : what.length() > 400 ? what.substring(0, 400) : what;
    }

    public boolean isPlanned() {
        return status == Status.PLANNED;
    }

    public Long id() {
        return id;
    }

    public int year() {
        return year;
    }

    public String step() {
        return step;
    }

    public TriggerKind kind() {
        return kind;
    }

    public int offsetDays() {
        return offsetDays;
    }

    public long subjectId() {
        return subjectId;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Status status() {
        return status;
    }

    public Instant firedAt() {
        return firedAt;
    }

    public boolean firedLate() {
        return firedLate;
    }

    public String outcome() {
        return outcome;
    }
}
