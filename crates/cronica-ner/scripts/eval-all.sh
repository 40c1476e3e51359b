#!/usr/bin/env bash
# Scores the entity tagger on every gold set CI reports (micro F1 and the model-only
# figure), with the binary given as $1 (default target/release/cronica) and the data
# under $2 (default ../shared/data/ner, relative to the repository root).
set -euo pipefail
cd "$(dirname "$0")/../../.."
bin=${1:-target/release/cronica}
ner=${2:-../shared/data/ner}
for spec in "en conll2003-en/valid.txt" "es conll2002-es/esp.testa" "es ancora-ner-es/dev.tsv" \
            "pt harem-pt/corpus_First_HAREM.txt" "pt harem-pt/neuralmind-json/FirstHAREM-selective-train.json" \
            "pt lener-br-pt/test.conll" "en wikiann/en/test.conllu" "es wikiann/es/test.conllu" "pt wikiann/pt/test"; do
    set -- $spec
    r=$("$bin" eval ner --lang "$1" "$ner/$2")
    printf '%-58s %s %s %s %s\n' "$2" \
        "$(grep -E '^micro_f1:' <<<"$r")" "$(grep -E '^micro_f1_model_only' <<<"$r")" \
        "$(grep -E '^(per|org|loc|misc)_f1' <<<"$r" | tr '\n' ' ')" "$(grep tokens_per_sec <<<"$r")"
done
