package kz.bagalau.cycle.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/**
 * What the evaluator types to record another control body's inspection (¶43): who inspected, when, the result,
 * the figures it affects and, optionally, its act as a file.
 */
public class InspectionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String controlBody;
    private LocalDate inspectedOn;
    private String summary;
    private List<Long> values = new ArrayList<>();
    private transient UploadedFile file;

    public String getControlBody() {
        return controlBody;
    }

    public void setControlBody(String controlBody) {
        this.controlBody = controlBody;
    }

    public LocalDate getInspectedOn() {
        return inspectedOn;
    }

    public void setInspectedOn(LocalDate inspectedOn) {
        this.inspectedOn = inspectedOn;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    /** The ids of the figures the inspection's result bears on. */
    public List<Long> getValues() {
        return values;
    }

    public void setValues(List<Long> values) {
        this.values = values == null ? new ArrayList<>() : values;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
