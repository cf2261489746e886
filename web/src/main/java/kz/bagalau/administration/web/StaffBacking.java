package kz.bagalau.administration.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import kz.bagalau.administration.application.EvaluatorStaff;
import kz.bagalau.administration.application.RegionUserAdministration;
import kz.bagalau.identity.application.RegionUsers;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.identity.web.CurrentUser;
import kz.bagalau.registry.application.BodySummary;
import kz.bagalau.shared.web.FacesMessages;

/**
 * The evaluators' staff page of the region's administrator (issue 11, ¶57): who of the planning body, the budget
 * body and the apparatus works on which body's directions; assign and remove.
 */
@Named
@ViewScoped
public class StaffBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EvaluatorStaff staff;

    @Inject
    private RegionUserAdministration administration;

    @Inject
    private CurrentUser currentUser;

    private List<EvaluatorStaff.Row> rows;
    private List<RegionUsers.UserRef> candidates;
    private Map<Long, BodySummary> bodies;
    private String username;
    private Long bodyId;
    private List<Integer> directions = new ArrayList<>();

    public void load() {
        currentUser.requireAnyOf("staff", Role.Names.REGION_ADMIN);
        reload();
    }

    private void reload() {
        rows = staff.all();
        candidates = staff.candidates();
        bodies = administration.bodies();
    }

    public void assign() {
        FacesMessages.attempt(() -> staff.assign(username, bodyId == null ? -1 : bodyId, new HashSet<>(directions)),
                "staff.assigned", () -> {
                    directions = new ArrayList<>();
                    reload();
                });
    }

    public void unassign(long id) {
        FacesMessages.attempt(() -> staff.unassign(id), "staff.unassigned", this::reload);
    }

    public String bodyName(long id) {
        BodySummary b = bodies.get(id);
        return b == null ? "" : b.code() + " " + b.name(FacesMessages.locale());
    }

    public List<Integer> getDirectionNumbers() {
        return List.of(1, 2, 3, 4, 5, 6, 7);
    }

    public List<EvaluatorStaff.Row> getRows() {
        return rows;
    }

    public List<RegionUsers.UserRef> getCandidates() {
        return candidates;
    }

    public List<BodySummary> getBodies() {
        return new ArrayList<>(bodies.values());
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public Long getBodyId() {
        return bodyId;
    }

    public void setBodyId(Long bodyId) {
        this.bodyId = bodyId;
    }

    public List<Integer> getDirections() {
        return directions;
    }

    public void setDirections(List<Integer> directions) {
        this.directions = directions;
    }
}
