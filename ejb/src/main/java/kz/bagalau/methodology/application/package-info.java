/** The ministry's authoring and publishing of methodologies, and the read models every role uses. */
package kz.bagalau.methodology.application;
