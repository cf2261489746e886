package kz.bagalau.platform.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import kz.bagalau.audit.application.AuditLog;
import kz.bagalau.methodology.application.MethodologySheet;
import kz.bagalau.methodology.application.MethodologyView;
import kz.bagalau.methodology.domain.Direction;
import kz.bagalau.methodology.domain.Methodology;
import kz.bagalau.methodology.domain.MethodologyOwner;
import kz.bagalau.methodology.domain.MethodologyRepository;
import kz.bagalau.methodology.domain.RatingScale;
import kz.bagalau.shared.infrastructure.Table;
import kz.bagalau.shared.infrastructure.TableReader;
import kz.bagalau.shared.infrastructure.UnreadableFileException;

/**
 * The demo's methodologies: the set in {@code methodology/demo-methodology.csv}, approved by each direction's
 * owner and agreed by the ministry (¶16) for the evaluated years 2025 to 2027, with a second version of direction 3
 * for 2025 so the version history has something to show; and the demo rating bands (high ≥ 85, medium ≥ 70,
 * low ≥ 50). For direction 1 the ministry's strategy department approves as owner (¶23) and another ministry official agrees.
 */
@Stateless
public class DemoMethodologySeed {

    static final String MINISTRY = "ministry";

    /** The demo account that approves for each owner; the ministry's own direction by a second official. */
    static final Map<MethodologyOwner, String> OWNER_ACCOUNTS = Map.of(
            MethodologyOwner.MINISTRY, "ministry-strategy",
            MethodologyOwner.PM_OFFICE, "owner-pmoffice",
            MethodologyOwner.BUDGET, "owner-budget",
            MethodologyOwner.CIVIL_SERVICE, "owner-civilservice",
            MethodologyOwner.INFORMATISATION, "owner-informatisation",
            MethodologyOwner.JUSTICE, "owner-justice");

    /** The demo's rating bands: high from 85, medium from 70, low from 50 (a real ministry sets its own). */
    private static final BigDecimal DEMO_HIGH = BigDecimal.valueOf(85);
    private static final BigDecimal DEMO_MEDIUM = BigDecimal.valueOf(70);
    private static final BigDecimal DEMO_LOW = BigDecimal.valueOf(50);

    @Inject
    private MethodologyRepository methodologies;

    @Inject
    private AuditLog audit;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean seed() {
        if (methodologies.findCurrent(Direction.STRATEGIC_GOALS, 2025).isPresent()) {
            return false;
        }
        Instant published2025 = ZonedDateTime.of(2025, 9, 15, 10, 0, 0, 0, ZoneOffset.ofHours(5)).toInstant();
        Map<Direction, Methodology> drafts = sheet().drafts(2025, Map.of(), MINISTRY, published2025);
        for (Methodology m : drafts.values()) {
            publish(m, published2025);
        }
        Methodology budget = methodologies.findCurrent(Direction.BUDGET, 2025).orElseThrow();
        Methodology budgetV2 = budget.nextDraft(2025, 2, MINISTRY, published2025.plusSeconds(86_400 * 20));
        budgetV2.reweigh(new BigDecimal("15.00"));
        publish(budgetV2, published2025.plusSeconds(86_400 * 21));

        Instant published2026 = ZonedDateTime.of(2026, 9, 10, 10, 0, 0, 0, ZoneOffset.ofHours(5)).toInstant();
        for (Direction d : Direction.values()) {
            Methodology current = methodologies.findCurrent(d, 2025).orElseThrow();
            publish(current.nextDraft(2026, 1, MINISTRY, published2026), published2026);
        }
        Instant published2027 = ZonedDateTime.of(2026, 12, 15, 10, 0, 0, 0, ZoneOffset.ofHours(5)).toInstant();
        for (Direction d : Direction.values()) {
            Methodology current = methodologies.findCurrent(d, 2026).orElseThrow();
            publish(current.nextDraft(2027, 1, MINISTRY, published2027), published2027);
        }
        for (int year = 2024; year <= 2028; year++) {
            methodologies.add(new RatingScale(year, DEMO_HIGH, DEMO_MEDIUM, DEMO_LOW));
        }
        return true;
    }

    /**
     * Stores the draft first (a published methodology accepts no new parts), has every owner approve it a day
     * before, stores the approvals (the database lets a version into force only with them), then agrees it.
     */
    private void publish(Methodology m, Instant at) {
        methodologies.add(m);
        for (MethodologyOwner owner : MethodologyOwner.of(m.direction())) {
            String by = OWNER_ACCOUNTS.get(owner);
            m.approve(owner, by, "demo order " + m.year() + "/" + m.direction().number(), at.minusSeconds(86_400));
            audit.recordAs(null, by, owner.role().name(), "METHODOLOGY_APPROVED", "methodology", m.id(), null,
                    MethodologyView.of(m));
        }
        methodologies.add(m);
        m.agree(MINISTRY, at);
        methodologies.add(m);
        audit.recordAs(null, MINISTRY, "MINISTRY", "METHODOLOGY_AGREED", "methodology", m.id(), null,
                MethodologyView.of(m));
    }

    static MethodologySheet sheet() {
        try (InputStream in = DemoMethodologySeed.class.getResourceAsStream("/methodology/demo-methodology.csv")) {
            Table table = TableReader.read("demo-methodology.csv", in.readAllBytes(), 1_000_000);
            MethodologySheet sheet = MethodologySheet.read(table, java.util.Locale.ENGLISH);
            if (!sheet.problems().isEmpty()) {
                throw new IllegalStateException("Demo methodology has problems: " + sheet.problems());
            }
            return sheet;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UnreadableFileException e) {
            throw new IllegalStateException(e);
        }
    }
}
