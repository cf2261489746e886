/** Technical helpers every bounded context uses: reading tabular uploads (CSV and XLSX) safely. */
package kz.bagalau.shared.infrastructure;
