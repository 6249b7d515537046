#!/usr/bin/env bash
# Install kamergraaf with its test dependencies into ./.venv and run the whole test suite.
# Needs only Python >= 3.11. The browser test needs Chromium and ChromeDriver: as root (CI) this
# script installs Debian's chromium and chromium-driver packages when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip >/dev/null 2>&1 || true
.venv/bin/python -m pip install --quiet -e '.[test]'
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing Debian packages chromium and chromium-driver for the browser test" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver) >/dev/null
  else
    echo "The browser test needs chromium and chromedriver (Debian: apt-get install chromium chromium-driver)." >&2
  fi
fi
exec .venv/bin/python -m pytest "$@"
