/**
 * Audit (¶62-¶66): an append-only log of every change to scores, conclusions, appeals, deadlines, registry
 * data and of every login, with who, role, region, when, before and after. Each entry carries the hash of the
 * previous one in its region's chain, so a changed or deleted row is found by verification.
 */
package kz.bagalau.audit;
