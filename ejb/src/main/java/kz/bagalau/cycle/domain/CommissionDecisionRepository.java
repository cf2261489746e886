package kz.bagalau.cycle.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The akim's decisions on the Regional Expert Commission of the current region (¶13), never changed once recorded. */
public interface CommissionDecisionRepository {

    /** Every decision, the latest first. */
    List<CommissionDecision> history();

    /** The decision in force on {@code day}: the latest one decided on or before it. */
    Optional<CommissionDecision> inForce(LocalDate day);

    Optional<CommissionDecision> find(long id);

    /** Records {@code decision} with the scanned decision document ({@code content}, may be null). */
    CommissionDecision add(CommissionDecision decision, byte[] content);

    /** The decision document of decision {@code id}, if one was attached. */
    Optional<byte[]> document(long id);
}
