/**
 * Methodologies (¶16-¶19, ¶11): per direction and evaluated year, the criteria and indicators, and for each
 * indicator the rule that turns reported values into points. National, owned by the central ministry,
 * versioned; a published version never changes.
 */
package kz.bagalau.methodology;
