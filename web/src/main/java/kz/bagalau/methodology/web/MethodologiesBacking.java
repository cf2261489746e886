package kz.bagalau.methodology.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.identity.web.CurrentUser;
import kz.bagalau.methodology.application.GuidanceService;
import kz.bagalau.methodology.application.GuidanceView;
import kz.bagalau.methodology.application.MethodologyAuthoring;
import kz.bagalau.methodology.application.MethodologyCatalog;
import kz.bagalau.methodology.application.MethodologyView;
import kz.bagalau.methodology.application.RatingBands;
import kz.bagalau.methodology.domain.Direction;
import kz.bagalau.methodology.domain.MethodologyOwner;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.shared.infrastructure.ImportProblem;
import kz.bagalau.shared.infrastructure.ImportResult;
import kz.bagalau.shared.infrastructure.Texts;
import kz.bagalau.shared.web.EvaluationYears;
import kz.bagalau.shared.web.FacesMessages;
import org.primefaces.model.file.UploadedFile;

/**
 * The methodologies of a year: for everybody the version in force per direction, the rating bands and the
 * ministry's methodological guidance (¶11); for the methodology owners and the ministry also every version with
 * where it stands in approval and agreement (¶16), new drafts of their own directions and the spreadsheet import;
 * for the ministry alone the bands and publishing or withdrawing guidance documents.
 */
@Named
@ViewScoped
public class MethodologiesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MethodologyCatalog catalog;

    @Inject
    private MethodologyAuthoring authoring;

    @Inject
    private GuidanceService guidanceService;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private EvaluationYears years;

    private Integer year;
    private List<MethodologyView> current;
    private List<MethodologyView> versions;
    private RatingBands bands;
    private BigDecimal high;
    private BigDecimal medium;
    private BigDecimal low;
    private Direction newDirection = Direction.STRATEGIC_GOALS;
    private BigDecimal newWeight = BigDecimal.TEN;
    private transient UploadedFile sheet;
    private List<ImportProblem> problems = List.of();
    private List<GuidanceView> guidance;
    private String guidanceLanguage = "kk";
    private String guidanceTitle;
    private transient UploadedFile guidanceFile;

    public void load() {
        year = years.orDefault(year);
        current = catalog.current(year);
        guidance = guidanceService.list();
        versions = isAuthor() ? catalog.versions(year) : List.of();
        if (!getDirections().isEmpty() && !getDirections().contains(newDirection)) {
            newDirection = getDirections().get(0);
        }
        bands = catalog.findRatingBands(year).orElse(null);
        high = bands == null ? null : bands.high();
        medium = bands == null ? null : bands.medium();
        low = bands == null ? null : bands.low();
    }

    public boolean isMinistry() {
        return currentUser.has(Role.Names.MINISTRY);
    }

    /** The ministry or a direction's owner: sees every version and drafts its own directions (¶16). */
    public boolean isAuthor() {
        return !owners().isEmpty();
    }

    private java.util.Set<MethodologyOwner> owners() {
        return MethodologyOwner.heldBy(r -> currentUser.has(r.name()));
    }

    public void startDraft() {
        try {
            MethodologyView draft = authoring.startDraft(newDirection, year, newWeight);
            FacesMessages.info("methodology.drafted", draft.direction(), draft.version());
            load();
        } catch (RuleViolation e) {
            FacesMessages.refused(e);
        }
    }

    /** ¶11: the ministry publishes a guidance document (PDF or DOCX) in one of the three languages. */
    public void publishGuidance() {
        if (guidanceFile == null || guidanceFile.getSize() == 0) {
            FacesMessages.error("upload.empty", "");
            return;
        }
        try (InputStream in = guidanceFile.getInputStream()) {
            byte[] content = in.readAllBytes();
            FacesMessages.attempt(() -> guidanceService.publish(guidanceLanguage, guidanceTitle,
                    guidanceFile.getFileName(), content), "guidance.publishedNow", () -> {
                        guidance = guidanceService.list();
                        guidanceTitle = null;
                    });
        } catch (IOException e) {
            FacesMessages.error("upload.unreadable", guidanceFile.getFileName());
        }
    }

    /** ¶11: the ministry withdraws a document it superseded. */
    public void withdrawGuidance(long id) {
        FacesMessages.attempt(() -> guidanceService.withdraw(id), "guidance.withdrawnNow",
                () -> guidance = guidanceService.list());
    }

    public List<GuidanceView> getGuidance() {
        return guidance;
    }

    public String getGuidanceLanguage() {
        return guidanceLanguage;
    }

    public void setGuidanceLanguage(String guidanceLanguage) {
        this.guidanceLanguage = guidanceLanguage;
    }

    public String getGuidanceTitle() {
        return guidanceTitle;
    }

    public void setGuidanceTitle(String guidanceTitle) {
        this.guidanceTitle = guidanceTitle;
    }

    public UploadedFile getGuidanceFile() {
        return guidanceFile;
    }

    public void setGuidanceFile(UploadedFile guidanceFile) {
        this.guidanceFile = guidanceFile;
    }

    public void importSheet() {
        if (sheet == null || sheet.getSize() == 0) {
            FacesMessages.error("upload.empty", "");
            return;
        }
        try (InputStream in = sheet.getInputStream()) {
            ImportResult result = authoring.importSheet(year, sheet.getFileName(), in.readAllBytes(),
                    FacesMessages.locale());
            problems = result.problems();
            if (result.succeeded()) {
                FacesMessages.info("methodology.imported", result.created());
                load();
            } else {
                FacesMessages.error("import.refused", problems.size());
            }
        } catch (IOException e) {
            FacesMessages.error("upload.unreadable", sheet.getFileName());
        }
    }

    public void saveBands() {
        try {
            authoring.setRatingScale(year, high, medium, low);
            FacesMessages.info("rating.saved", year);
            load();
        } catch (RuleViolation e) {
            FacesMessages.refused(e);
        }
    }

    public String describe(ImportProblem p) {
        return Texts.get(FacesMessages.locale(), p.messageKey(), p.arguments().toArray());
    }

    /** The directions the caller develops: a new draft can be started only for these. */
    public List<Direction> getDirections() {
        java.util.Set<MethodologyOwner> held = owners();
        return java.util.Arrays.stream(Direction.values())
                .filter(d -> held.stream().anyMatch(o -> o.develops(d))).toList();
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<MethodologyView> getCurrent() {
        return current;
    }

    public List<MethodologyView> getVersions() {
        return versions;
    }

    public RatingBands getBands() {
        return bands;
    }

    public BigDecimal getHigh() {
        return high;
    }

    public void setHigh(BigDecimal v) {
        high = v;
    }

    public BigDecimal getMedium() {
        return medium;
    }

    public void setMedium(BigDecimal v) {
        medium = v;
    }

    public BigDecimal getLow() {
        return low;
    }

    public void setLow(BigDecimal v) {
        low = v;
    }

    public Direction getNewDirection() {
        return newDirection;
    }

    public void setNewDirection(Direction newDirection) {
        this.newDirection = newDirection;
    }

    public BigDecimal getNewWeight() {
        return newWeight;
    }

    public void setNewWeight(BigDecimal newWeight) {
        this.newWeight = newWeight;
    }

    public UploadedFile getSheet() {
        return sheet;
    }

    public void setSheet(UploadedFile sheet) {
        this.sheet = sheet;
    }

    public List<ImportProblem> getProblems() {
        return problems;
    }
}
