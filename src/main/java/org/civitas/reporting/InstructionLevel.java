package org.civitas.reporting;

/** The level of the leader who wrote an instruction (批示); scoring weighs it, the central level most. */
public enum InstructionLevel {
    /** 中央领导. */
    CENTRAL,
    /** 省级领导. */
    PROVINCIAL,
    /** 市（州）级领导. */
    MUNICIPAL,
    /** 县级领导. */
    COUNTY
}
