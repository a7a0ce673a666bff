/** Workflow console: the task inbox, deciding a task, review history, and review chain definitions. */
package org.civitas.workflow.web;
