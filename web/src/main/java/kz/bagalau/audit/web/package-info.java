/** {@code /api/v1/audit/verify}: the platform administrator's check of the audit hash chains. */
package kz.bagalau.audit.web;
