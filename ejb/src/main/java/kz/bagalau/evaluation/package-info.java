/**
 * Evaluation (¶10, ¶21-¶47): what each body reports for a year, how the authorised evaluators verify and
 * score it direction by direction, the documents behind every figure, and the conclusions the bodies receive.
 */
package kz.bagalau.evaluation;
