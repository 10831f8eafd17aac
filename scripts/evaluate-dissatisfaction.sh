#!/usr/bin/env bash
# Prints the dissatisfaction model's figures (ROC AUC, precision, recall, Brier score, calibration error) on each part
# of the labelled corpus: the training sentences, the calibration sentences, the held-out test sentences and the
# book reviews, a domain never used for training or tuning. See docs/prevention.md.
#
#   scripts/evaluate-dissatisfaction.sh                  the shipped model
#   scripts/evaluate-dissatisfaction.sh --model=FILE     another model file (e.g. one just trained)
exec "$(dirname "${BASH_SOURCE[0]}")/dissatisfaction-tool.sh" evaluate "$@"
