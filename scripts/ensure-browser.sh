#!/usr/bin/env bash
# Installs what the browser tests need from Debian's packages when it is missing:
# Chromium (driven by playwright-core; no browser download) and Noto fonts for Vietnamese glyphs.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
dpkg -s fonts-noto-core >/dev/null 2>&1 || need+=(fonts-noto-core)
[ ${#need[@]} -eq 0 ] && exit 0
echo "Cài đặt / installing: ${need[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then SUDO="sudo"; else
    echo "Cần quyền root để cài ${need[*]}: sudo apt-get install -y ${need[*]}" >&2; exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y --no-install-recommends "${need[@]}" || { $SUDO apt-get update && $SUDO apt-get install -y --no-install-recommends "${need[@]}"; }
