/**
 * Page objects: one class per screen, named after what the user sees, exposing locators and the steps
 * a user takes. Assertions that belong to a screen (its language, its home title) live here too; the
 * journeys in {@code org.oneform.e2e.journeys} read as the story.
 */
package org.oneform.e2e.pages;
