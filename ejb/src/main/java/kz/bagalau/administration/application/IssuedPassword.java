package kz.bagalau.administration.application;

/**
 * A temporary password, shown once to the administrator who created or reset the account and never stored in
 * clear: the user must replace it at the first login.
 */
public record IssuedPassword(String username, String password) {
}
