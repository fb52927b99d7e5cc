#!/usr/bin/env bash
# Installs the Debian 12 packages factlens builds and tests with (run as root; a no-op when
# everything is already there).
set -euo pipefail
packages=(
  build-essential cmake pkg-config
  libsimdjson-dev libisal-dev zlib1g-dev libbz2-dev liblzma-dev libzstd-dev
  libutf8proc-dev libcli11-dev nlohmann-json3-dev libxapian-dev libcpp-httplib-dev libssl-dev libbrotli-dev
  libgtest-dev libbenchmark-dev
  gzip bzip2 xz-utils zstd python3 time
  chromium wrk
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Node.js drives the browser test (playwright-core with Debian's Chromium; no browser download).
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq --no-install-recommends nodejs npm
fi
cd "$(dirname "$0")/../tests/browser"
[ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund --loglevel=error
