/**
 * Evaluation pages: the body's reporting form, the evaluators' queue and workspace, results, "why this
 * score", conclusions and their layouts; file and PDF downloads; {@code /api/v1/evaluations}.
 */
package kz.bagalau.evaluation.web;
