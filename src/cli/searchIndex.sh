#!/usr/bin/env bash
# The Pagefind search index of a built site (default dist/): one index, of the Persian
# interface's report pages only (they alone carry data-pagefind-body; listing pages would only
# cost time and memory, and the English interface shows the same reports, so a second index held
# the same records: issue 6). Both search pages load pagefind/; the English one opens each result
# under en/ (src/lib/site/searchResultUrl.ts). The language is forced to English for the whole
# index: Pagefind has no Persian stemmer, and the indexed text is already normalised
# (SearchRecord.astro), so Persian words are indexed as they are and English ones are stemmed.
set -euo pipefail
site="${1:-dist}"
npx pagefind --site "$site" --glob "reports/**/*.html" --force-language en
