package kz.bagalau.cycle.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.bagalau.cycle.application.CommissionDecisionView;
import kz.bagalau.cycle.application.CommissionService;
import kz.bagalau.cycle.domain.CommissionDecision.Seat;
import kz.bagalau.identity.application.RegionUsers;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.identity.web.CurrentUser;
import kz.bagalau.shared.web.FacesMessages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * ¶13: the Regional Expert Commission's page. Everyone concerned (the region's administrator, the akim, the
 * commission and its working body) sees the akim's decisions with who sits where and which is in force; the
 * administrator records a new decision with its document.
 */
@Named
@ViewScoped
public class CommissionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CommissionService commission;

    @Inject
    private CurrentUser currentUser;

    private List<CommissionDecisionView> history;
    private List<RegionUsers.UserRef> candidates = List.of();
    private final Map<String, String> seats = new HashMap<>();
    private String number;
    private LocalDate decidedOn;
    private transient UploadedFile document;

    public void load() {
        currentUser.requireAnyOf("commission", Role.Names.REGION_ADMIN, Role.Names.AKIM, Role.Names.COMMISSION_MEMBER,
                Role.Names.COMMISSION_WORKING_BODY);
        history = commission.history();
        if (isAdministrator()) {
            candidates = commission.candidates();
        }
    }

    public void record() {
        Map<String, Seat> chosen = new LinkedHashMap<>();
        candidates.forEach(c -> {
            String seat = seats.get(c.username());
            if (seat != null && !seat.isBlank()) {
                chosen.put(c.username(), Seat.valueOf(seat));
            }
        });
        byte[] content = null;
        String fileName = null;
        if (document != null && document.getSize() > 0) {
            if (document.getSize() > CommissionService.MAX_DOCUMENT_BYTES) {
                FacesMessages.error("commission.document.size", CommissionService.MAX_DOCUMENT_BYTES / (1024 * 1024));
                return;
            }
            try (InputStream in = document.getInputStream()) {
                content = in.readAllBytes();
                fileName = document.getFileName();
            } catch (IOException e) {
                FacesMessages.error("upload.unreadable", document.getFileName());
                return;
            }
        }
        byte[] bytes = content;
        String name = fileName;
        FacesMessages.attempt(() -> commission.record(number, decidedOn, chosen, name, bytes), "commission.recorded",
                () -> {
                    number = null;
                    decidedOn = null;
                    seats.clear();
                    load();
                });
    }

    /** The decision's document as a download. */
    public StreamedContent document(long id) {
        CommissionService.Document d = commission.document(id);
        return DefaultStreamedContent.builder().name(d.fileName()).contentType(d.contentType())
                .contentLength((long) d.content().length).stream(() -> new ByteArrayInputStream(d.content())).build();
    }

    public boolean isAdministrator() {
        return currentUser.has(Role.Names.REGION_ADMIN);
    }

    public Seat[] getSeatKinds() {
        return Seat.values();
    }

    public List<CommissionDecisionView> getHistory() {
        return history;
    }

    public List<RegionUsers.UserRef> getCandidates() {
        return candidates;
    }

    public Map<String, String> getSeats() {
        return seats;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public UploadedFile getDocument() {
        return document;
    }

    public void setDocument(UploadedFile document) {
        this.document = document;
    }
}
