/** The executive body aggregate and its kinds, statuses and evaluator functions. */
package kz.bagalau.registry.domain;
