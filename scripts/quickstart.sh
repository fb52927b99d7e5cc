#!/usr/bin/env bash
# Quick start: install what is missing, build, and run factlens on the starter knowledge base.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
echo
echo '$ factlens check examples/g20-summit.txt'
build/bin/factlens check examples/g20-summit.txt || [ $? -eq 1 ]   # exit 1: a claim was refuted
echo
echo '$ factlens kb who "President of the International Criminal Court" --at 2023-03-15'
build/bin/factlens kb who "President of the International Criminal Court" --at 2023-03-15
