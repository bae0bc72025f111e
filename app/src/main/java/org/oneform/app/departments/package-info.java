/**
 * The department workspace: who the department is, its staff accounts, and what the registry holds
 * that it could request. Field requests, the feed and exports follow with their issues.
 */
package org.oneform.app.departments;
