/** Value types and typed errors shared by all bounded contexts (localized text, not-found, rule violations). */
package kz.bagalau.shared.domain;
