#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what building and testing study needs on Debian 12. Runs as root; does nothing when all is there.
set -euo pipefail

packages=(
    php8.2-cli php8.2-dev php8.2-opcache
    libboost-context-dev libuv1-dev libhttp-parser-dev libssl-dev zlib1g-dev libgtest-dev googletest
    cmake g++ make pkg-config
    valgrind strace php-parser clang-format
    mariadb-server php8.2-mysql openssl
    php8.2-curl libcurl4-openssl-dev php-guzzlehttp-guzzle php-symfony-http-client nginx-light
    php-symfony-http-foundation chromium
    php8.2-pgsql libpq-dev postgresql
    php8.2-xdebug php8.2-pcov
    php-pear composer dh-php debhelper dpkg-dev lintian mmdebstrap
)

# Xdebug and PCOV are for the tests that load them themselves (--INI-- zend_extension=xdebug, extension=pcov);
# Debian's packages enable them for every PHP run, which would slow down and change every other one.
disable_xdebug() {
    local module
    for module in xdebug pcov; do
        if command -v phpdismod >/dev/null && [[ -e /etc/php/8.2/cli/conf.d/20-$module.ini ]]; then
            phpdismod -v 8.2 -s ALL "$module"
        fi
    done
}

# `dpkg -s` also succeeds for removed packages whose config files remain, so look at the status line.
missing=()
for package in "${packages[@]}"; do
    if ! dpkg -s "$package" 2>/dev/null | grep -qx 'Status: install ok installed'; then
        missing+=("$package")
    fi
done
if ((${#missing[@]} == 0)); then
    disable_xdebug
    exit 0
fi

echo "setup: installing ${missing[*]}"
apt-get update
DEBIAN_FRONTEND=noninteractive apt-get install -y "${packages[@]}"
disable_xdebug
