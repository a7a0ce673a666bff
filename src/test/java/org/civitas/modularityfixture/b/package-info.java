/** The module that module {@code a} uses without saying so. */
package org.civitas.modularityfixture.b;
