/** Workflow internals: chain entities, the review process on Flowable, the service implementations. */
package org.civitas.workflow.internal;
