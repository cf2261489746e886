package kz.bagalau.identity.infrastructure;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/** Username and password sent with HTTP Basic to the REST API; validated like a form login, audited less. */
public class ApiCredential extends UsernamePasswordCredential {

    public ApiCredential(String callerName, String password) {
        super(callerName, password);
    }
}
