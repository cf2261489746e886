/** Recording audit entries inside the caller's transaction, reading them, and verifying the chains. */
package kz.bagalau.audit.application;
