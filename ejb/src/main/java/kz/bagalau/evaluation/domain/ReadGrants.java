package kz.bagalau.evaluation.domain;

import java.util.List;
import java.util.Set;

/**
 * Asks the yearly cycle for the grounds of need-to-know that the cycle records: who the planning body
 * assigned as experts (¶48), who sits on which appeal's special commission (¶57), whether the general
 * evaluation reached the commission (¶49) and whether the results were published (¶54). The evaluation owns
 * this port, the cycle implements it, so the evaluation never depends on the cycle.
 */
public interface ReadGrants {

    /** The running assignments of {@code expert} in {@code year}; empty for anyone never assigned. */
    List<NeedToKnow.Assignment> expertAssignments(String expert, int year);

    /** The directions (ids) of {@code year} whose appeal's special commission {@code member} sits on. */
    Set<Long> specialCommissionDirections(String member, int year);

    /** Whether the planning body submitted the general evaluation of {@code year} to the commission. */
    boolean generalSubmitted(int year);

    /** Whether the results of {@code year} were published (¶54). */
    boolean published(int year);
}
