/**
 * Evaluation pages: the body's reporting form, the evaluators' queue, results, "why this score", the
 * ministry's conclusion layouts; file and PDF downloads; {@code /api/v1/evaluations}. The workspace and the
 * conclusion page, which join the evaluation with the cycle's steps, are the cycle's.
 */
package kz.bagalau.evaluation.web;
