package kz.bagalau.cycle.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.bagalau.cycle.application.CommissionDecisionView;
import kz.bagalau.cycle.application.CommissionService;
import kz.bagalau.cycle.domain.CommissionDecision.Seat;
import kz.bagalau.identity.application.RegionUsers;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.identity.web.CurrentUser;
import kz.bagalau.shared.web.FacesMessages;
import kz.bagalau.shared.web.UploadedBytes;
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
        byte[] bytes = null;
        String name = null;
        if (UploadedBytes.chosen(document)) {
            Optional<byte[]> content = UploadedBytes.read(document, CommissionService.MAX_DOCUMENT_BYTES);
            if (content.isEmpty()) {
                return;
            }
            bytes = content.get();
            name = document.getFileName();
        }
        byte[] scan = bytes;
        String scanName = name;
        FacesMessages.attempt(() -> commission.record(number, decidedOn, chosen, scanName, scan), "commission.recorded",
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
