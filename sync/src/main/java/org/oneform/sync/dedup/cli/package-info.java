/**
 * The dedup command-line tools: {@link org.oneform.sync.dedup.cli.DedupEvaluation} ({@code bin/oneform
 * dedup-eval}) and {@link org.oneform.sync.dedup.cli.DedupGenerate} ({@code bin/oneform dedup-generate}).
 * Owns their CSV formats and the quality metrics; no engine logic.
 */
package org.oneform.sync.dedup.cli;
