package org.complaintsuite.dissatisfaction.training;

/**
 * One labelled sentence.
 *
 * @param text         the sentence
 * @param dissatisfied whether it was labelled negative
 */
record LabelledText(String text, boolean dissatisfied) {
}
