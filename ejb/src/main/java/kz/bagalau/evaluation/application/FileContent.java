package kz.bagalau.evaluation.application;

/** A document's bytes with the name and type to serve them under. */
public record FileContent(String fileName, String contentType, byte[] content) {
}
