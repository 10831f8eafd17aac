/**
 * Training and measuring the dissatisfaction model: the labelled corpus ({@link
 * org.complaintsuite.dissatisfaction.training.Corpus}), its fixed split ({@link
 * org.complaintsuite.dissatisfaction.training.CorpusSplit}), training with Tribuo ({@link
 * org.complaintsuite.dissatisfaction.training.ModelTraining}) and the figures ({@link
 * org.complaintsuite.dissatisfaction.training.Metrics}).
 */
@NullMarked
package org.complaintsuite.dissatisfaction.training;

import org.jspecify.annotations.NullMarked;
