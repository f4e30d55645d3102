package kitei.tariff;

import java.time.LocalDate;

/**
 * The version a decision is made with is a revision of the tables, in force from a day (SP): its
 * workbooks are those of {@code decision-tables/from-<day>/}. Absent when the base text answers.
 */
public record Revision(LocalDate inForceFrom) {
}
