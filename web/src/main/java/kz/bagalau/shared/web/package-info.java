/**
 * What every context's pages and endpoints share: messages in the user's language for refused actions and
 * lost edit races, the JSON error body of the API, and the evaluated years pages offer.
 */
package kz.bagalau.shared.web;
