package kz.bagalau.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import kz.bagalau.identity.application.ApiTokenService;
import kz.bagalau.identity.domain.ApiTokens;
import kz.bagalau.shared.web.FacesMessages;

/**
 * The user's personal API tokens: create one by name (its value shown once, on this page only), list them with
 * when each was last used, revoke one. Every logged-in user has this page for their own tokens only.
 */
@Named
@ViewScoped
public class TokensBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApiTokenService tokens;

    private List<ApiTokens.StoredToken> mine;
    private String name;
    private String created;

    public void load() {
        mine = tokens.mine();
    }

    public void create() {
        FacesMessages.attempt(() -> created = tokens.create(name).token(), "tokens.createdNow", () -> {
            name = null;
            load();
        });
    }

    public void revoke(long id) {
        FacesMessages.attempt(() -> tokens.revoke(id), "tokens.revokedNow", this::load);
    }

    public List<ApiTokens.StoredToken> getMine() {
        return mine;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** The value of the token created in this view, shown once. */
    public String getCreated() {
        return created;
    }
}
