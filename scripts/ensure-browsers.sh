#!/usr/bin/env bash
# Runs before `npm start` and `npm test`: installs the Debian packages the demo and the
# browser tests drive (no browser is ever downloaded by npm), and CJK fonts so Korean
# and Chinese render properly. Does nothing when they are already there.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || need+=(firefox-esr)
fc-list 2>/dev/null | grep -qi "noto sans cjk" || need+=(fonts-noto-cjk)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "Lips & Teeth needs these Debian packages: ${need[*]}"
  echo "Install them with: sudo apt-get update && sudo apt-get install -y ${need[*]}"
  exit 1
fi
echo "Installing from Debian: ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
