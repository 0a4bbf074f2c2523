#!/usr/bin/env bash
# Installs the Debian 12 packages PrivAudit needs to build, run and test.
# Idempotent: only packages that are missing are installed, and they are named first.
# Works as root, or as a user with sudo.
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config git file
  # Qt 6: base (Core, Gui, Widgets, Sql, Concurrent, PrintSupport), SQLite driver, SVG, tools, Linguist
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libgl-dev
  # plotting
  libqcustomplot-dev
  # numerics: LibTorch (CPU) and an optimised BLAS for it (without OpenBLAS LibTorch is ~30x slower)
  libtorch-dev libopenblas0-pthread libeigen3-dev libfftw3-dev libboost-math-dev
  # L-BFGS (libLBFGS) for the informed adversary's MLP fitted to a stationary point
  liblbfgs-dev
  # the PII scan: phone numbers of every region (Google's libphonenumber)
  libphonenumber-dev
  # datasheets: the SPDX licence list (embedded at build time; pulls php-common, no PHP runtime)
  php-composer-spdx-licenses
  # storage
  libsqlite3-dev sqlite3
  # data import: RFC 4180 CSV parser
  libcsv-dev
  # signed reports: PDF incremental update (PoDoFo 0.9) and CMS signatures (OpenSSL); openssl makes test keys
  libpodofo-dev libssl-dev openssl
  # the sandbox of untrusted TorchScript models (system-call filter)
  libseccomp-dev
  # sanitizer and fuzz runs of the test command: clang 14 with libFuzzer and the sanitizer runtimes,
  # llvm-symbolizer for readable stack traces
  clang libclang-rt-14-dev llvm-14
  # house rules of the test command (tests/house-rules.sh): the formatter the tree is formatted with
  clang-format-14
  # test tools: virtual display, PDF text and raster, desktop file and AppStream validators, fonts
  xvfb xauth poppler-utils desktop-file-utils appstream fonts-dejavu-core
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup-deps: all ${#PACKAGES[@]} packages are already installed."
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "setup-deps: missing packages (${missing[*]}) and not root, and sudo is not available." >&2
    exit 1
  fi
fi

echo "setup-deps: installing ${#missing[@]} missing package(s): ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "setup-deps: done."
