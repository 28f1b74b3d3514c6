#!/usr/bin/env bash
# Installs what the browser tests and validators need from Debian's packages, only when missing:
# Debian's chromium (driven by playwright-core; never a downloaded browser), xmllint, a font for stable rendering,
# and a Java runtime for the Nu HTML checker (vnu.jar ships inside the vnu-jar npm package).
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
[ -d /usr/share/fonts/truetype/dejavu ] || missing+=(fonts-dejavu-core)
if ! java -version 2>&1 | grep -Eq 'version "(1[1-9]|[2-9][0-9])'; then missing+=(default-jre-headless); fi

if [ "${#missing[@]}" -eq 0 ]; then
  echo "browsers.sh: chromium, xmllint, fonts and java already installed"
  exit 0
fi

sudo=''
if [ "$(id -u)" -ne 0 ]; then sudo='sudo'; fi
echo "browsers.sh: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
/usr/bin/chromium --version
