package kz.bagalau.cycle.application;

/** A possible member of a special commission; {@code conflicted} when they took part in the evaluation (¶57). */
public record CommissionCandidate(String username, String displayName, boolean conflicted) {
}
