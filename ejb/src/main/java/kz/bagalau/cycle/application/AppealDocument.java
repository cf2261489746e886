package kz.bagalau.cycle.application;

/**
 * A supporting document uploaded with an appeal (¶55); checked like every evidence file. A document the body
 * chose counts as attached whatever it holds: an empty or unreadable one refuses the whole appeal, it is never
 * silently dropped (which would turn the appeal into one without documents, answered at once under ¶56).
 */
public record AppealDocument(String fileName, byte[] content, boolean confidential) {

    /** Whether a file was chosen at all; a form's empty file field sends a part without a name. */
    public boolean chosen() {
        return fileName != null && !fileName.isBlank();
    }
}
