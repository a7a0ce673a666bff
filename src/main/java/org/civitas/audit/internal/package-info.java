/** Audit internals: the insert-only record entity, the chain head lock, the listeners that append, queries and verification. */
package org.civitas.audit.internal;
