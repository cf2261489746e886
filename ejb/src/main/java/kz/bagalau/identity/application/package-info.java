/** Logging in (with lock-out and audit), the caller's profile and language, and managing a region's users. */
package kz.bagalau.identity.application;
