/** Flyway's Java migrations, beside the SQL ones of {@code db/migration/common}: for the steps SQL cannot express alike on both databases. */
package db.migration.common;
