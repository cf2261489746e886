/** Shared kernel: the few value types and error types that every bounded context speaks. */
package kz.bagalau.shared;
