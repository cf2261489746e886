package kz.bagalau.platform.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import kz.bagalau.shared.time.NationalTime;
import kz.bagalau.tenancy.application.TenantDirectory;
import kz.bagalau.tenancy.context.TenantAccess;
import kz.bagalau.tenancy.context.TenantContext;

/**
 * Shows every moment in the region's own time zone (deadlines are end of day there), as dd.MM.yyyy HH:mm.
 * Instants are stored in UTC; pages never show UTC to a civil servant. The zone is looked up once per request:
 * a list page shows hundreds of moments, and each lookup reads the region's record.
 */
@FacesConverter(forClass = Instant.class)
public class RegionTimeConverter implements Converter<Instant> {

    private static final String ZONE_OF_REQUEST = RegionTimeConverter.class.getName() + ".zone";
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        if (value == null) {
            return "";
        }
        ZoneId zone = (ZoneId) context.getAttributes().computeIfAbsent(ZONE_OF_REQUEST, k -> zone());
        return FORMAT.format(value.atZone(zone));
    }

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new ConverterException("Moments are shown, not entered");
    }

    private ZoneId zone() {
        return TenantContext.current().map(TenantAccess::tenantCode)
                .flatMap(code -> CDI.current().select(TenantDirectory.class).get().find(code))
                .map(t -> ZoneId.of(t.timeZone()))
                .orElse(NationalTime.ZONE);
    }
}
