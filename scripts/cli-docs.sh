#!/usr/bin/env bash
# Regenerate docs/cli.md from the commands' own --help (make cli-docs).
set -euo pipefail
cd "$(dirname "$0")/.."
{ echo "# Command line reference"; echo; echo "Generated from \`--help\` by \`make cli-docs\`; \`tests/test_cli.py\` checks every command appears here."; echo; for c in "" extract ingest statements speakers problems quotations spark load evaluate "evaluate polnear" "evaluate gold" train "train polnear" serve; do echo "## saidwhat $c" | sed 's/ $//'; echo; echo '```'; COLUMNS=100 .venv/bin/saidwhat $c --help; echo '```'; echo; done; echo "See [ingest.md](ingest.md) and [spark.md](spark.md) for inputs at scale, [evaluation.md](evaluation.md) for the scores, [model-card.md](model-card.md) for the learned model, and [serve.md](serve.md) for the API, the pages and the load benchmark."; } > docs/cli.md
