#!/usr/bin/env bash
# Installs what rasd needs to build and test, from Debian's archive only.
# Idempotent: installs only the packages that are missing; uses sudo only when
# not root. Downloads nothing else.
set -euo pipefail

PACKAGES=(
  build-essential cmake pkg-config git python3
  libicu-dev libsqlite3-dev sqlite3 libxxhash-dev
  nlohmann-json3-dev libcli11-dev libspdlog-dev libfmt-dev
  libgumbo-dev libpugixml-dev libarchive-dev libstemmer-dev
  iso-codes
  libgtest-dev libgmock-dev libbenchmark-dev
  clang-14 libclang-rt-14-dev clang-format
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
