package org.civitas.identity;

/** A newly issued token: {@code secret} is shown once and never stored. */
public record IssuedToken(TokenView token, String secret) {}
