#!/usr/bin/env bash
# Runs every test: unit, integration (real SQLite, real SignalR over loopback) and browser tests
# (Playwright driving Debian's Chromium). Installs Chromium first where it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  echo "Chromium is missing at $chromium; installing Debian's package for the browser tests."
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi

dotnet test ChatConsent.sln "$@"
