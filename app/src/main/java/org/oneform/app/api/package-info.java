/**
 * What every HTTP API of OneForm shares: typed RFC 9457 problems ({@link org.oneform.app.api.ApiProblem},
 * {@link org.oneform.app.api.ProblemException}, {@link org.oneform.app.api.Problems}) and bearer secrets
 * ({@link org.oneform.app.api.BearerSecrets}: random tokens shown once, stored only as SHA-256). The APIs
 * themselves live in their features ({@code app.collect}, {@code app.feeds}, {@code app.forms}).
 */
package org.oneform.app.api;
