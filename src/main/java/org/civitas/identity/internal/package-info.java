/** Identity internals: entities, repositories, services, the security filter chain. */
package org.civitas.identity.internal;
