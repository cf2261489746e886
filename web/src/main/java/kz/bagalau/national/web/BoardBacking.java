package kz.bagalau.national.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.identity.web.CurrentUser;
import kz.bagalau.national.application.NationalBoardService;
import kz.bagalau.national.application.ProgressBoard;
import kz.bagalau.shared.web.EvaluationYears;

/**
 * The ministry's progress board (¶11, ¶53): the 20 regions × the steps of the year, each cell on time, late,
 * missed or open with its dates, and the reporting rates per region; read once per view from the national read
 * model. A regional user finds no such page (404).
 */
@Named
@ViewScoped
public class BoardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NationalBoardService service;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private EvaluationYears evaluationYears;

    private Integer year;
    private ProgressBoard board;

    public void load() {
        currentUser.requireAnyOf("board", Role.Names.MINISTRY, Role.Names.PLATFORM_ADMIN);
        year = evaluationYears.orDefault(year);
        board = service.board(year);
    }

    public org.primefaces.model.StreamedContent getWorkbook() {
        byte[] bytes = service.workbook(year, kz.bagalau.shared.web.FacesMessages.locale());
        return org.primefaces.model.DefaultStreamedContent.builder().name("bagalau-progress-" + year + ".xlsx")
                .contentType(NationalResource.XLSX).stream(() -> new java.io.ByteArrayInputStream(bytes)).build();
    }

    public ProgressBoard getBoard() {
        return board;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
