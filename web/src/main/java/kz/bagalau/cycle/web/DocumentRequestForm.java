package kz.bagalau.cycle.web;

import java.io.Serializable;
import java.time.LocalDate;

/** What the evaluator types to request information (¶44): the text, the due date and who is asked. */
public class DocumentRequestForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String text;
    private LocalDate due;
    private Long addressee;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LocalDate getDue() {
        return due;
    }

    public void setDue(LocalDate due) {
        this.due = due;
    }

    /** The other body asked; null asks the evaluated body itself. */
    public Long getAddressee() {
        return addressee;
    }

    public void setAddressee(Long addressee) {
        this.addressee = addressee;
    }
}
