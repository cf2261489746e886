/**
 * Reporting by the bodies, verification and scoring by the evaluators, conclusions, the "why this score"
 * chain and the read models for pages and {@code /api/v1/evaluations}.
 */
package kz.bagalau.evaluation.application;
