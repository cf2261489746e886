/**
 * The registry of executive bodies of a region: who is evaluated (departments, district and city akimats,
 * the planning and budget bodies themselves, ¶22, ¶29), and what became of a reorganised or liquidated body
 * (¶60-1..¶60-3 need the date and the legal successor).
 */
package kz.bagalau.registry;
