package kz.bagalau.registry.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import kz.bagalau.registry.application.BodyImportService;
import kz.bagalau.shared.infrastructure.ImportProblem;
import kz.bagalau.shared.infrastructure.ImportResult;
import kz.bagalau.shared.infrastructure.Texts;
import kz.bagalau.shared.web.FacesMessages;
import kz.bagalau.shared.web.UploadedBytes;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * The registry import page: download the current registry as XLSX, upload a CSV or XLSX back, and either see
 * what was created and updated or, if any row is wrong, a table of every bad cell while nothing is written.
 */
@Named
@ViewScoped
public class BodiesImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private BodyImportService imports;

    @Inject
    private RegistryRights rights;

    private transient UploadedFile file;
    private ImportResult result;

    /** The page exists only for the registry's keepers: anyone else gets a 404. */
    public void load() {
        rights.requireManage();
    }

    public void upload() {
        Optional<byte[]> content = UploadedBytes.read(file, BodyImportService.MAX_BYTES);
        if (content.isEmpty()) {
            return;
        }
        result = imports.importFile(file.getFileName(), content.get());
        if (result.succeeded()) {
            FacesMessages.info("import.done", result.created(), result.updated(), result.unchanged());
        } else {
            FacesMessages.error("import.refused", result.problems().size());
        }
    }

    public StreamedContent getExport() {
        byte[] workbook = imports.exportWorkbook();
        return DefaultStreamedContent.builder()
                .name("bodies.xlsx")
                .contentType(XLSX)
                .contentLength((long) workbook.length)
                .stream(() -> new ByteArrayInputStream(workbook))
                .build();
    }

    /** A problem's message in the user's language. */
    public String describe(ImportProblem problem) {
        return Texts.get(FacesMessages.locale(), problem.messageKey(), problem.arguments().toArray());
    }

    public List<ImportProblem> getProblems() {
        return result == null ? List.of() : result.problems();
    }

    public ImportResult getResult() {
        return result;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
