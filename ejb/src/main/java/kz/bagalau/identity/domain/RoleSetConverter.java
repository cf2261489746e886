package kz.bagalau.identity.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Set;

/** Stores a role set as the comma-separated text the definer functions and the table check read. */
@Converter
public class RoleSetConverter implements AttributeConverter<Set<Role>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Role> roles) {
        return Role.formatAll(roles);
    }

    @Override
    public Set<Role> convertToEntityAttribute(String stored) {
        return Role.parseAll(stored);
    }
}
