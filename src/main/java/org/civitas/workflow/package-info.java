/** Review chains on the Flowable engine: chain definitions, the generic review process, the task inbox and review history. */
package org.civitas.workflow;
