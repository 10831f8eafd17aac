/**
 * Dissatisfaction in Chinese customer text: a linear model over character n-grams ({@link
 * org.complaintsuite.dissatisfaction.CharNgrams}), trained on real labelled review sentences and calibrated, read by
 * {@link org.complaintsuite.dissatisfaction.DissatisfactionModel} with the n-grams that weighed most as its cues.
 */
@NullMarked
package org.complaintsuite.dissatisfaction;

import org.jspecify.annotations.NullMarked;
