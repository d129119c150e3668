#!/usr/bin/env bash
# Installs the readers that `make check` runs (idempotent: installs only what is missing):
# Debian's LibreOffice Writer, qpdf, poppler-utils, Chromium and a Java runtime; npm's vnu-jar, axe-core and
# playwright-core at the versions in checks/package-lock.json.
set -euo pipefail
cd "$(dirname "$0")"

missing=()
command -v soffice   >/dev/null || missing+=(libreoffice-writer)
command -v qpdf      >/dev/null || missing+=(qpdf)
command -v pdffonts  >/dev/null || missing+=(poppler-utils)
command -v chromium  >/dev/null || missing+=(chromium)
command -v java      >/dev/null || missing+=(default-jre-headless)
command -v npm       >/dev/null || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
    echo "installing ${missing[*]} (Debian)"
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# vnu-jar's install script only fetches a Java runtime when there is none: Debian's is used instead.
npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
