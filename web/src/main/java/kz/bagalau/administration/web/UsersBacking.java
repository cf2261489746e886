package kz.bagalau.administration.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kz.bagalau.administration.application.IssuedPassword;
import kz.bagalau.administration.application.NewRegionUser;
import kz.bagalau.administration.application.RegionUserAdministration;
import kz.bagalau.administration.application.RegionUserRow;
import kz.bagalau.administration.application.UserImportPlan;
import kz.bagalau.administration.application.UserImportResult;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.identity.web.CurrentUser;
import kz.bagalau.registry.application.BodySummary;
import kz.bagalau.shared.infrastructure.ImportProblem;
import kz.bagalau.shared.infrastructure.Texts;
import kz.bagalau.shared.web.FacesMessages;
import kz.bagalau.shared.web.UploadedBytes;
import org.primefaces.model.file.UploadedFile;

/**
 * The region administrator's users page: the region's users with their roles, body and state; create one, change
 * roles, deactivate or reactivate, reset a password; import a CSV or XLSX list, all or nothing. A temporary password
 * is shown once, on this page only.
 */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RegionUserAdministration users;

    @Inject
    private CurrentUser currentUser;

    private List<RegionUserRow> rows;
    private Map<Long, BodySummary> bodies;
    private final Form form = new Form();
    private Long editing;
    private List<String> editRoles = new ArrayList<>();
    private Long editBody;
    private List<IssuedPassword> issued = List.of();
    private UserImportResult imported;
    private transient UploadedFile file;

    /** The page exists for the region's administrator only. */
    public void load() {
        currentUser.requireAnyOf("users", Role.Names.REGION_ADMIN);
        reload();
    }

    private void reload() {
        rows = users.users();
        bodies = users.bodies();
    }

    public void create() {
        FacesMessages.attempt(() -> issued = List.of(users.create(form.toNewUser())), "users.created", () -> {
            form.clear();
            reload();
        });
    }

    public void edit(long id) {
        editing = id;
        RegionUserRow row = rows.stream().filter(r -> r.id() == id).findFirst().orElseThrow();
        editRoles = row.roles().stream().map(Enum::name).sorted().collect(Collectors.toCollection(ArrayList::new));
        editBody = row.bodyId();
    }

    public void saveRoles() {
        FacesMessages.attempt(() -> users.assignRoles(editing, roles(editRoles), editBody), "users.rolesSaved", () -> {
            editing = null;
            reload();
        });
    }

    public void cancelEdit() {
        editing = null;
    }

    public void deactivate(long id) {
        FacesMessages.attempt(() -> users.deactivate(id), "users.deactivated", this::reload);
    }

    public void reactivate(long id) {
        FacesMessages.attempt(() -> users.reactivate(id), "users.reactivated", this::reload);
    }

    public void resetPassword(long id) {
        FacesMessages.attempt(() -> issued = List.of(users.resetPassword(id)), "users.passwordReset", this::reload);
    }

    public void upload() {
        imported = null;
        Optional<byte[]> content = UploadedBytes.read(file, RegionUserAdministration.MAX_IMPORT_BYTES);
        if (content.isEmpty()) {
            return;
        }
        imported = users.importUsers(file.getFileName(), content.get());
        if (imported.accepted()) {
            issued = imported.created();
            FacesMessages.info("users.imported", issued.size());
            reload();
        } else {
            FacesMessages.error("import.refused", imported.problems().size());
        }
    }

    /** A problem's message in the user's language. */
    public String describe(ImportProblem problem) {
        return Texts.get(FacesMessages.locale(), problem.messageKey(), problem.arguments().toArray());
    }

    public String bodyName(Long id) {
        BodySummary b = id == null ? null : bodies.get(id);
        return b == null ? "" : b.name(FacesMessages.locale());
    }

    /** The roles a region's user may hold, in the enum's order. */
    public List<String> getRegionalRoles() {
        return Arrays.stream(Role.values()).filter(r -> !r.national()).map(Enum::name).toList();
    }

    public String getColumns() {
        return String.join(", ", UserImportPlan.COLUMNS);
    }

    /** The roles ticked on the form, read as the account table stores them. */
    private static Set<Role> roles(List<String> names) {
        return Role.parseAll(String.join(",", names));
    }

    public List<RegionUserRow> getRows() {
        return rows;
    }

    public List<BodySummary> getBodies() {
        return new ArrayList<>(bodies.values());
    }

    public Form getForm() {
        return form;
    }

    public Long getEditing() {
        return editing;
    }

    public List<String> getEditRoles() {
        return editRoles;
    }

    public void setEditRoles(List<String> editRoles) {
        this.editRoles = editRoles;
    }

    public Long getEditBody() {
        return editBody;
    }

    public void setEditBody(Long editBody) {
        this.editBody = editBody;
    }

    public List<IssuedPassword> getIssued() {
        return issued;
    }

    public List<ImportProblem> getProblems() {
        return imported == null ? List.of() : imported.problems();
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    /** The new user's fields as typed. */
    public static class Form implements Serializable {
        private static final long serialVersionUID = 1L;
        private String username;
        private String displayName;
        private List<String> roles = new ArrayList<>();
        private Long bodyId;
        private String email;
        private String locale;

        NewRegionUser toNewUser() {
            return new NewRegionUser(username, displayName, roles(roles), bodyId, email, locale);
        }

        void clear() {
            username = null;
            displayName = null;
            roles = new ArrayList<>();
            bodyId = null;
            email = null;
            locale = null;
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

        public Long getBodyId() {
            return bodyId;
        }

        public void setBodyId(Long bodyId) {
            this.bodyId = bodyId;
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
    }
}
