#!/usr/bin/env bash
# The Pagefind search index of a built site (default dist/): report pages only (they alone
# carry data-pagefind-body; listing pages would only cost time and memory), one run per
# interface language so each run holds half the pages in memory (issue 6):
#   Persian pages  reports/**     → pagefind/     (loaded by /search/)
#   English pages  en/reports/**  → en/pagefind/  (loaded by /en/search/)
set -euo pipefail
site="${1:-dist}"
npx pagefind --site "$site" --glob "reports/**/*.html" --output-subdir pagefind
npx pagefind --site "$site" --glob "en/reports/**/*.html" --output-subdir en/pagefind
