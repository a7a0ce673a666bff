/** Made-up modules for {@code ModularityTest}: {@code a} uses {@code b} without declaring it. */
package org.civitas.modularityfixture;
