#!/usr/bin/env bash
# System packages Recours uses (Debian 12): Chromium for the browser tests, poppler-utils
# (pdftoppm) to check rendered PDFs, PostgreSQL for the firm set-up and its tests, fonts
# and Pango for WeasyPrint, Tesseract with French data for scanned contracts.
# Run as root (or through sudo). Safe to run again.
set -euo pipefail
if [ "$(id -u)" -ne 0 ]; then exec sudo "$0" "$@"; fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends \
  python3-venv chromium poppler-utils postgresql \
  libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b fonts-dejavu-core fonts-liberation \
  tesseract-ocr tesseract-ocr-fra >/dev/null
echo "install-system-deps: ok"
