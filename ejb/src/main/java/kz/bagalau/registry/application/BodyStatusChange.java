package kz.bagalau.registry.application;

import java.time.LocalDate;
import kz.bagalau.registry.domain.BodyStatus;

/**
 * A reorganisation, liquidation or return to active, as the form and the import state it.
 *
 * @param date        required unless the new status is ACTIVE
 * @param successorId the legal successor, required for a reorganisation
 */
public record BodyStatusChange(BodyStatus status, LocalDate date, Long successorId) {
}
