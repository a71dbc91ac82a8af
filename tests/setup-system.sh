#!/usr/bin/env bash
# Why: the browser tests drive Debian's Chromium (browser downloads are blocked on these
# machines), the WebKit journeys drive WebKitGTK's MiniBrowser through WebKitWebDriver on a
# virtual screen (webkit2gtk-driver, xvfb: WebKit is the engine of every browser on an iPad),
# the PDF tests read files back with poppler's pdftotext and check them with qpdf, and the Word
# documents are checked with unzip and xmllint. This
# installs what is missing, and does nothing when everything is there.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v WebKitWebDriver >/dev/null 2>&1 || missing+=(webkit2gtk-driver)
command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)
command -v qpdf >/dev/null 2>&1 || missing+=(qpdf)
command -v unzip >/dev/null 2>&1 || missing+=(unzip)
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "Installing ${missing[*]} from Debian's packages…"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
