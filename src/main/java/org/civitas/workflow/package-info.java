/** Review chains on the Flowable engine: chain definitions, the generic review process, the task inbox and review history. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "identity :: trusted", "platform"})
package org.civitas.workflow;
