/** Commissions (约稿): what the office asks of reporting units, with due dates and each unit's answer. */
package org.civitas.reporting.internal.commission;
