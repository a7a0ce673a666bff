/** Civitas: a government website cluster and information desk in one modular application. */
package org.civitas;
