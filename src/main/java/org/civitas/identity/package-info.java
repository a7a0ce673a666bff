/** Users, the organisation tree, roles and grants with data scopes, security labels and clearances, login and API tokens. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "platform :: crypto"})
package org.civitas.identity;
