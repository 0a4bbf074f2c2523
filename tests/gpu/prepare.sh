#!/usr/bin/env bash
# Run here (Debian 12), before tests/gpu/device-check.sh is run on the machine with the GPU: downloads
# the Debian packages of the engine's dependencies other than LibTorch (Qt 6 Core, Eigen, FFTW, SQLite,
# libcsv, and the libraries Qt Core loads) into .gpu/debs, about 20 MB, which travels with the tree.
# That machine has LibTorch with CUDA (PyTorch's), CMake and a compiler, and no package archive.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
mkdir -p "$root/.gpu/debs"
cd "$root/.gpu/debs"
rm -f ./*.deb
apt-get download libqt6core6 qt6-base-dev libicu72 libglib2.0-0 libdouble-conversion3 libb2-1 \
  libpcre2-16-0 libeigen3-dev libfftw3-dev libfftw3-double3 libsqlite3-dev libsqlite3-0 libcsv3 libcsv-dev
ls -l "$root/.gpu/debs"
