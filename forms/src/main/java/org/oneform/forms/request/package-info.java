/**
 * Field requests (数据需求): a department asks for catalog fields of one subject type, for a population
 * (a filter expression such as {@code age(${resident.birth_date}) >= 60}), with a purpose naming the legal
 * basis and a refresh interval, and may propose new fields.
 *
 * <h2>API</h2>
 * {@link org.oneform.forms.request.FieldRequests}, the persisted, thread-safe service;
 * {@link org.oneform.forms.request.FieldRequest} (immutable, with its history of
 * {@link org.oneform.forms.request.RequestEvent}s) and its {@link org.oneform.forms.request.RequestContent};
 * {@link org.oneform.forms.request.RequestState} ({@code DRAFT → SUBMITTED → APPROVED | REJECTED},
 * {@code APPROVED → WITHDRAWN}); {@link org.oneform.forms.request.Actor}, who acts, as the application's
 * security tells it; {@link org.oneform.forms.request.RequestException} for every refusal.
 * {@link org.oneform.forms.request.DemoRequests} holds the eleven demo departments' approved requests.
 *
 * <h2>Not here</h2>
 * Authentication and roles (the application maps its accounts to an {@code Actor}); merging approved
 * requests into the one form ({@code forms.compile}). Internals ({@code internal}) are not API.
 */
package org.oneform.forms.request;
