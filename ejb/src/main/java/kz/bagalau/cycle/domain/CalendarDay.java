package kz.bagalau.cycle.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/** A date of the region's working-day calendar that is not an ordinary weekday or weekend day. */
@Entity
@Table(name = "calendar_day")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class CalendarDay {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private DayKind kind;

    @Column(name = "name_kk", nullable = false)
    private String nameKk;

    @Column(name = "name_ru", nullable = false)
    private String nameRu;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    protected CalendarDay() {
        // for JPA
    }

    public CalendarDay(CalendarEntry entry) {
        this.date = entry.date();
        change(entry);
    }

    public final void change(CalendarEntry entry) {
        this.kind = entry.kind();
        this.nameKk = entry.nameKk();
        this.nameRu = entry.nameRu();
        this.nameEn = entry.nameEn();
    }

    public CalendarEntry entry() {
        return new CalendarEntry(date, kind, nameKk, nameRu, nameEn);
    }

    public Long id() {
        return id;
    }

    public LocalDate date() {
        return date;
    }
}
