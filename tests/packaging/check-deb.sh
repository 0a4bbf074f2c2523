#!/usr/bin/env bash
# Builds the Debian package from an existing build tree and checks its contents list.
set -euo pipefail
build="$1"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out" > "$out/cpack.log" 2>&1 || { cat "$out/cpack.log"; exit 1; }
deb="$(ls "$out"/*.deb | head -n 1)"
contents="$(dpkg-deb -c "$deb")"
status=0
for want in ./usr/bin/privaudit ./usr/bin/privaudit-cli ./usr/libexec/privaudit/privaudit-model-host \
            ./usr/share/applications/io.github.privaudit.PrivAudit.desktop \
            ./usr/share/icons/hicolor/scalable/apps/io.github.privaudit.PrivAudit.svg \
            ./usr/share/metainfo/io.github.privaudit.PrivAudit.metainfo.xml; do
  if grep -q " $want\$" <<<"$contents"; then
    echo "ok: $want"
  else
    echo "missing from $(basename "$deb"): $want"
    status=1
  fi
done
dpkg-deb -f "$deb" Package Version Depends
exit $status
