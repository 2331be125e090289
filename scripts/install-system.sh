#!/usr/bin/env bash
# Installs the system programs the tests use as independent parts: LibreOffice (reads what
# we write, headless) and Debian's Chromium (drives the task pane). Idempotent; installs
# only what is missing. Without root it says exactly what to install and carries on: the
# tests that need a missing program then fail and name it.
set -u
need=()
command -v soffice >/dev/null 2>&1 || command -v libreoffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
[ -x /usr/bin/chromium ] || need+=(chromium)
# The bench's openpyxl script runs on Debian's python3 (a pyenv python3 may come first on PATH).
/usr/bin/python3 -c 'import openpyxl' >/dev/null 2>&1 || need+=(python3-openpyxl)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "install-system: installing ${need[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null 2>&1 || true
  apt-get install -y -qq --no-install-recommends "${need[@]}" fonts-dejavu-core >/dev/null 2>&1 ||
    echo "install-system: apt-get install ${need[*]} failed; install them by hand" >&2
else
  echo "install-system: please install (as root): apt-get install ${need[*]}" >&2
fi
exit 0
