package org.civitas.platform.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Marks a text field as sensitive (a citizen's phone or ID number, a user's e-mail): put
 * {@code @Convert(converter = SensitiveText.class)} on the field and the column holds SM4-GCM
 * ciphertext under the gm profile. Such a column cannot be searched with LIKE or compared in SQL;
 * {@code civitas crypto-migrate} finds every column marked so and encrypts the values written before.
 * Hibernate creates it through Spring, which supplies the cipher.
 */
@Converter
public class SensitiveText implements AttributeConverter<String, String> {

    private final FieldCipher cipher;

    public SensitiveText(FieldCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return cipher.protect(attribute);
    }

    @Override
    public String convertToEntityAttribute(String dbData) {
        return cipher.reveal(dbData);
    }
}
