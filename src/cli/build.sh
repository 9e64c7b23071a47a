#!/usr/bin/env bash
# `npm run build`: the site (astro build), then its search index (Pagefind, report pages only).
#
# The build's heap is capped at 1.5 GiB unless NODE_OPTIONS already sets a cap: left alone, V8
# grows its heap lazily on a large machine and the build of 10,000 reports peaked at 1.9–2.2 GB
# of memory; with the cap it peaks at about 1.7 GB and runs no slower (the live data of 10,000
# reports fits in 1 GiB). For a much larger archive raise it, e.g.
# NODE_OPTIONS=--max-old-space-size=4096 npm run build.
set -euo pipefail
case " ${NODE_OPTIONS:-} " in
  *max-old-space-size*) ;;
  *) export NODE_OPTIONS="${NODE_OPTIONS:+$NODE_OPTIONS }--max-old-space-size=1536" ;;
esac
astro build
bash src/cli/searchIndex.sh dist
