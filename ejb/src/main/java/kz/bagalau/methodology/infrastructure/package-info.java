/** JPA storage of methodologies and the spreadsheet format the ministry authors them in. */
package kz.bagalau.methodology.infrastructure;
