package kz.bagalau.deadlines.domain;

/** A mail as its template rendered it in the recipient's language: subject, plain text and HTML. */
public record RenderedMail(String subject, String text, String html) {
}
