#!/usr/bin/env bash
# Installs what the tests need beyond npm (Debian packages), or says in one line what to install.
set -euo pipefail

# command on PATH  ->  Debian package that provides it
declare -A needed=(
  [chromium]=chromium
  [sqlite3]=sqlite3
)

missing=()
for command in "${!needed[@]}"; do
  command -v "$command" >/dev/null 2>&1 || missing+=("${needed[$command]}")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installiere fehlende Systempakete: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Für die Tests fehlen Systempakete. Bitte installieren: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
