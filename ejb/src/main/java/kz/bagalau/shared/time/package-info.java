/**
 * The one clock. All time in the portal comes from the injectable {@link java.time.Clock} produced here, so
 * tests and the demo can move the date the deadlines depend on.
 */
package kz.bagalau.shared.time;
