#!/usr/bin/env bash
# Installs what the tests need beyond npm (Debian packages), or says in one line what to install.
set -euo pipefail

# command on PATH  ->  Debian package that provides it
declare -A needed=(
  [chromium]=chromium
  [sqlite3]=sqlite3
  [soffice]=libreoffice-writer
  [localc]=libreoffice-calc
  [pdftotext]=poppler-utils
  [pdftoppm]=poppler-utils
)

# module of Debian's python3  ->  Debian package (the Word export tests update the TOC over UNO)
declare -A python_modules=(
  [uno]=python3-uno
)

missing=()
for command in "${!needed[@]}"; do
  command -v "$command" >/dev/null 2>&1 || missing+=("${needed[$command]}")
done
for module in "${!python_modules[@]}"; do
  /usr/bin/python3 -c "import $module" >/dev/null 2>&1 || missing+=("${python_modules[$module]}")
done
[ ${#missing[@]} -eq 0 ] && exit 0
mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installiere fehlende Systempakete: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Für die Tests fehlen Systempakete. Bitte installieren: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
