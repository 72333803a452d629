/**
 * The events stage: types each sentence's reported actions with a data-driven trigger lexicon
 * and attaches date, places, quantities, actors and claimant.
 *
 * <p>Flow for one sentence: {@link org.attest.events.Tokenizer} splits it into tokens, each
 * pointing to the {@link org.attest.events.Lexeme} of its written form (lower case, stem, shape
 * and the lexicon's entries for it, worked out once per distinct form of the document through
 * {@link org.attest.events.WordIndex}); {@link org.attest.events.TriggerPass} matches the
 * trigger lines the tokens start; the ordered
 * {@link org.attest.events.HitPass}es ({@link org.attest.events.CuePass},
 * {@link org.attest.events.NegationPass}, {@link org.attest.events.HeadingPass},
 * {@link org.attest.events.OverlapPass}) keep or drop the hits; {@link org.attest.events.DatePass}
 * gives each remaining hit one or more dates, falling back on
 * {@link org.attest.dates.DateResolver}; {@link org.attest.events.ActorFinder} and
 * {@link org.attest.events.ClaimantFinder} say who acted and who says so;
 * {@link org.attest.events.SummaryLines} drops heading and caption events the body repeats.
 * {@link org.attest.events.EventStage} ties them together; {@link org.attest.events.Guards} holds
 * the negation, hypothetical, habitual, head-noun and anaphora words of {@code guards.tsv}.
 */
package org.attest.events;
