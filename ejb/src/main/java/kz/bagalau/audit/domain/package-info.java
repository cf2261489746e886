/** An audit entry, the trail it is appended to, and the result of verifying the hash chains. */
package kz.bagalau.audit.domain;
