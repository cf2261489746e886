package kz.bagalau.administration.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import kz.bagalau.administration.application.IssuedPassword;
import kz.bagalau.administration.application.NationalAccountAdministration;
import kz.bagalau.identity.domain.NationalAccounts;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.identity.web.CurrentUser;
import kz.bagalau.shared.web.FacesMessages;

/**
 * The platform administrator's page of the national accounts (issue 11): the ministry, the methodology owners and
 * the platform administrators; create one, change its roles, deactivate, reactivate, reset its password. A
 * temporary password is shown once.
 */
@Named
@ViewScoped
public class NationalAccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NationalAccountAdministration accounts;

    @Inject
    private CurrentUser currentUser;

    private List<NationalAccounts.NationalAccount> rows;
    private IssuedPassword issued;
    private String username;
    private String displayName;
    private List<String> roles = new ArrayList<>();
    private String email;
    private String locale;
    private String editing;
    private List<String> editRoles = new ArrayList<>();

    public void load() {
        currentUser.requireAnyOf("national-accounts", Role.Names.PLATFORM_ADMIN);
        rows = accounts.all();
    }

    public void create() {
        FacesMessages.attempt(() -> issued = accounts.create(username, displayName, roles(roles), email, locale),
                "users.created", () -> {
                    username = null;
                    displayName = null;
                    roles = new ArrayList<>();
                    email = null;
                    load();
                });
    }

    public void edit(String name) {
        editing = name;
        editRoles = rows.stream().filter(r -> r.username().equals(name)).findFirst()
                .map(r -> r.roles().stream().map(Enum::name).sorted().toList()).map(ArrayList::new)
                .orElseGet(ArrayList::new);
    }

    public void saveRoles() {
        FacesMessages.attempt(() -> accounts.assignRoles(editing, roles(editRoles)), "users.rolesSaved", () -> {
            editing = null;
            load();
        });
    }

    public void deactivate(String name) {
        FacesMessages.attempt(() -> accounts.deactivate(name), "users.deactivated", this::load);
    }

    public void reactivate(String name) {
        FacesMessages.attempt(() -> accounts.reactivate(name), "users.reactivated", this::load);
    }

    public void resetPassword(String name) {
        FacesMessages.attempt(() -> issued = accounts.resetPassword(name), "users.passwordReset", this::load);
    }

    /** The roles of accounts that belong to no region. */
    public List<String> getNationalRoles() {
        return Arrays.stream(Role.values()).filter(Role::national).map(Enum::name).toList();
    }

    /** The roles ticked on the form, read as the account table stores them. */
    private static Set<Role> roles(List<String> names) {
        return Role.parseAll(String.join(",", names));
    }

    public List<NationalAccounts.NationalAccount> getRows() {
        return rows;
    }

    public IssuedPassword getIssued() {
        return issued;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public String getEditing() {
        return editing;
    }

    public List<String> getEditRoles() {
        return editRoles;
    }

    public void setEditRoles(List<String> editRoles) {
        this.editRoles = editRoles;
    }
}
