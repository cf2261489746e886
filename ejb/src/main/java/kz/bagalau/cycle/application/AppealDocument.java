package kz.bagalau.cycle.application;

/** A supporting document uploaded with an appeal (¶55); checked like every evidence file. */
public record AppealDocument(String fileName, byte[] content, boolean confidential) {

    public boolean present() {
        return content != null && content.length > 0;
    }
}
