package kz.bagalau.evaluation.application;

import java.time.Instant;
import java.time.LocalDate;
import kz.bagalau.evaluation.domain.ControlInspection;

/** An inspection result of another control body attached to a direction (¶43). */
public record InspectionView(long id, String controlBody, LocalDate inspectedOn, String summary, Long fileId,
                             String recordedBy, Instant recordedAt) {

    static InspectionView of(ControlInspection i) {
        return new InspectionView(i.id(), i.controlBody(), i.inspectedOn(), i.summary(), i.fileId(), i.recordedBy(),
                i.recordedAt());
    }
}
