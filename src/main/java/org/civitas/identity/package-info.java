/** Users, the organisation tree, roles and grants with data scopes, security labels and clearances, login and API tokens. */
package org.civitas.identity;
