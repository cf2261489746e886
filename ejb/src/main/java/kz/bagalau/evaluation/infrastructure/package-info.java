/**
 * JPA storage of evaluations, the content-addressed file store in PostgreSQL, the evidence type check, the
 * Excel round-trip of the reporting form and the PDF rendering of conclusions.
 */
package kz.bagalau.evaluation.infrastructure;
