package org.civitas.platform.crypto.internal;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.civitas.platform.crypto.SensitiveColumn;
import org.civitas.platform.crypto.SensitiveText;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.BasicEntityIdentifierMapping;
import org.hibernate.metamodel.mapping.internal.BasicAttributeMapping;
import org.hibernate.type.descriptor.converter.spi.JpaAttributeConverter;

/**
 * Finds the columns marked {@link SensitiveText} in Hibernate's mapping, so that the mark on the
 * field is the only list of them: a new sensitive field is migrated without being registered anywhere.
 */
final class SensitiveColumnFinder {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private SensitiveColumnFinder() {}

    static List<SensitiveColumn> of(EntityManagerFactory entityManagerFactory) {
        List<SensitiveColumn> columns = new ArrayList<>();
        var metamodel =
                entityManagerFactory.unwrap(SessionFactoryImplementor.class).getMappingMetamodel();
        metamodel.forEachEntityDescriptor(entity -> entity.forEachAttributeMapping(attribute -> {
            if (attribute instanceof BasicAttributeMapping basic
                    && basic.getJdbcMapping().getValueConverter() instanceof JpaAttributeConverter<?, ?> converter
                    && SensitiveText.class.equals(
                            converter.getConverterJavaType().getJavaTypeClass())) {
                if (!(entity.getIdentifierMapping() instanceof BasicEntityIdentifierMapping id)) {
                    throw new IllegalStateException("A sensitive field needs an entity with a single-column id: "
                            + entity.getEntityName() + "." + attribute.getAttributeName());
                }
                columns.add(new SensitiveColumn(
                        checked(basic.getContainingTableExpression()),
                        checked(id.getSelectionExpression()),
                        checked(basic.getSelectionExpression())));
            }
        }));
        columns.sort(Comparator.comparing(SensitiveColumn::name));
        return List.copyOf(columns);
    }

    /** The names go into SQL as identifiers: they come from the mapping, and are checked all the same. */
    private static String checked(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalStateException("Unexpected table or column name in the mapping: " + name);
        }
        return name;
    }
}
