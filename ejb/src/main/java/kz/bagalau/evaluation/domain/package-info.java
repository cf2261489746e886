/**
 * The evaluation of one body for one year and its directions, reported values with their verification,
 * evidence, document requests, inspections, follow-up of earlier recommendations, conclusions; and the
 * routing of each direction to its authorised evaluator.
 */
package kz.bagalau.evaluation.domain;
