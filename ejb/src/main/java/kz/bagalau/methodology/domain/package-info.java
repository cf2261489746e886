/**
 * The methodology tree (direction → criteria → indicators), the five scoring rules, the safe formula
 * evaluator and the rating scale; pure rules, no persistence concerns beyond the mapping.
 */
package kz.bagalau.methodology.domain;
