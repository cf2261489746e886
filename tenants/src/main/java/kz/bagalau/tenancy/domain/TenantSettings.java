package kz.bagalau.tenancy.domain;

/**
 * What a region may set for itself, as the platform administrator enters it.
 *
 * @param reminderOffsets days before a deadline, comma-separated ("14,7,3,1,0")
 * @param brandColour     {@code #rrggbb}, or blank for the portal's own
 */
public record TenantSettings(String timeZone, String defaultLocale, String mailSenderName, String mailReplyTo,
                             String reminderOffsets, String brandColour) {
}
