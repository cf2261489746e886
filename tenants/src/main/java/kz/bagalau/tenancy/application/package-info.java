/** Read access to the tenant registry for pages, the REST API and the other bounded contexts. */
package kz.bagalau.tenancy.application;
