package org.civitas.journal;

/** Where an item or section moves in its edition's order. */
public enum MoveDirection {
    UP,
    DOWN
}
