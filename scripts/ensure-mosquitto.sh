#!/usr/bin/env bash
# The MQTT tests and benchmark run Debian's mosquitto broker (lib/test/mosquitto.ts starts it with a
# config of its own). Install it when missing, as ensure-browser.sh does chromium.
set -euo pipefail
if [ -x /usr/sbin/mosquitto ] && [ -x /usr/bin/mosquitto_passwd ]; then exit 0; fi
echo "[optria] installing Debian mosquitto for the MQTT tests…"
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends mosquitto >/dev/null
# The package may start a system broker on 1883 where an init system runs; the tests start their own.
/usr/sbin/mosquitto -h | head -n 1
