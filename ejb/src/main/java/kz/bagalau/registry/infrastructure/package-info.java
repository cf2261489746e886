/** JPA storage of bodies and the CSV / XLSX readers of the import. */
package kz.bagalau.registry.infrastructure;
