package org.civitas.reporting;

/** The kind of a reporting unit; quotas and the sign-off chain are set per kind. */
public enum UnitType {
    /** 区县: a county or city government. */
    COUNTY,
    /** 委办局: a department of the government. */
    DEPARTMENT,
    /** 直报点: a direct reporting point (a town, a school, a hospital…). */
    DIRECT
}
