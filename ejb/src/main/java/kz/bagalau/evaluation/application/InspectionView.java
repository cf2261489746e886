package kz.bagalau.evaluation.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kz.bagalau.evaluation.domain.ControlInspection;

/** An inspection result of another control body attached to a direction and the figures it affects (¶43). */
public record InspectionView(long id, String controlBody, LocalDate inspectedOn, String summary, Long fileId,
                             String recordedBy, Instant recordedAt, List<String> indicators) {

    public InspectionView {
        indicators = List.copyOf(indicators);
    }

    /** The codes of the indicators it affects, as a page lists them. */
    public String indicatorList() {
        return String.join(", ", indicators);
    }

    /** The inspection with the codes of the indicators whose figures it bears on (¶43). */
    static InspectionView of(ControlInspection i, Map<Long, String> codeOfValue) {
        return new InspectionView(i.id(), i.controlBody(), i.inspectedOn(), i.summary(), i.fileId(), i.recordedBy(),
                i.recordedAt(), i.affectedValues().stream().map(codeOfValue::get).filter(Objects::nonNull).toList());
    }
}
