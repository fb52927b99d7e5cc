#!/usr/bin/env bash
# Quick start: install what is missing, build, and run factlens on the starter knowledge base.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
echo
echo '$ factlens kb who "Prime Minister of the United Kingdom" --at 2019-06-05'
build/bin/factlens kb who "Prime Minister of the United Kingdom" --at 2019-06-05
echo '$ factlens kb who "President of the International Criminal Court" --at 2023-03-15'
build/bin/factlens kb who "President of the International Criminal Court" --at 2023-03-15
