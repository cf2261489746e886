/** The audit trail in PostgreSQL: appended and verified only through SECURITY DEFINER functions. */
package kz.bagalau.audit.infrastructure;
