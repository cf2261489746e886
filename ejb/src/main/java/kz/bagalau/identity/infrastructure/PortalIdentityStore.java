package kz.bagalau.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import java.util.stream.Collectors;
import kz.bagalau.identity.application.LoginAttempt;
import kz.bagalau.identity.application.LoginOutcome;
import kz.bagalau.identity.application.LoginService;
import kz.bagalau.identity.domain.Role;

/**
 * The database identity store: validates usernames and PBKDF2-hashed passwords from table {@code app_user}
 * and returns the user's roles as groups (mapped one-to-one onto the application roles in glassfish-web.xml).
 * It validates and provides groups (the default validation types), so the groups in its result are kept.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @Inject
    private LoginService login;

    @Inject
    private ClientOrigin origin;

    @Inject
    private LoginAttempt attempt;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential up)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        LoginService.Channel channel = credential instanceof ApiCredential
                ? LoginService.Channel.API : LoginService.Channel.FORM;
        LoginOutcome outcome = login.authenticate(up.getCaller(), up.getPassword().getValue(), channel, origin.current());
        attempt.record(outcome);
        if (!outcome.succeeded()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Set<String> groups = outcome.account().roles().stream().map(Role::name).collect(Collectors.toSet());
        return new CredentialValidationResult(new CallerPrincipal(outcome.account().username()), groups);
    }
}
