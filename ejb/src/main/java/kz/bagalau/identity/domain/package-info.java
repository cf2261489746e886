/** Users, the ten roles of the Rules and the lock-out policy for repeated failed logins. */
package kz.bagalau.identity.domain;
