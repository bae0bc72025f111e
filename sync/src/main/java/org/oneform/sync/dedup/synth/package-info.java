/**
 * The synthetic dedup benchmark (internal to dedup, used by its evaluation command and tests): a
 * deterministic, seeded population of fake Chinese residents in households, with twins, parents and
 * children and same-name neighbours as hard negatives, rendered into noisy records — homophone and
 * look-alike name errors, ID substitutions, transpositions, legacy 15-digit and full-width numbers,
 * phone and address spelling variants, gaps. Entry point:
 * {@link org.oneform.sync.dedup.synth.SyntheticPersons#generate}.
 */
package org.oneform.sync.dedup.synth;
