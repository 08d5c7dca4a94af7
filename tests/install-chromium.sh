#!/usr/bin/env bash
# Installs Chromium from Debian's packages for the browser tests (called by tests/run-all.sh).
# apt-get may be locked by another install on this shared machine: a locked attempt is retried (APT_ATTEMPTS, default
# 6, APT_RETRY_DELAY seconds apart, default 20); when it still fails, apt-get's own error is shown, never swallowed.
set -uo pipefail
attempts=${APT_ATTEMPTS:-6}
delay=${APT_RETRY_DELAY:-20}
log=$(mktemp)
trap 'rm -f "$log"' EXIT
echo "Installing Chromium from Debian's packages…"
for ((attempt = 1; attempt <= attempts; attempt++)); do
  if (apt-get -o DPkg::Lock::Timeout=60 update -qq \
      && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=60 install -y -qq chromium) >"$log" 2>&1; then
    echo "Chromium installed."
    exit 0
  fi
  if grep -qiE 'could not get lock|lock-frontend|resource temporarily unavailable' "$log" && ((attempt < attempts)); then
    echo "apt-get is locked by another process (attempt $attempt of $attempts); retrying in ${delay} s…"
    sleep "$delay"
  else
    break
  fi
done
echo "warning: could not install chromium; browser tests will fail. apt-get said:"
tail -n 20 "$log" | sed 's/^/  apt: /'
exit 1
