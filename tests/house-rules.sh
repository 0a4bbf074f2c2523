#!/usr/bin/env bash
# House rules of ../shared/reference/architecture.md, checked on every test run (and so in CI):
#  1. clang-format (.clang-format) would change no C++ file;
#  2. core includes no Qt Widgets header and links no Qt6::Widgets (core runs headless);
#  3. no public core header includes LibTorch (torch stays behind pimpl; the few private headers that
#     need it are listed here with the reason);
#  4. the layers point one way: options <- core <- ui <- app; core includes nothing of ui/ or app/, ui
#     nothing of app/.
# Prints every violation with its file and line and exits 1 when there is one.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
fail=0
say() { printf 'house rules: %s\n' "$*" >&2; fail=1; }

# Private headers of core that may include torch (never installed or included outside their folder).
torch_private=(
  core/model/MlpNetwork.h # the network module itself, shared by Classifier.cpp and the model host
)

mapfile -t sources < <(git ls-files '*.cpp' '*.h')

# 1. Formatting.
formatter="$(command -v clang-format-14 || command -v clang-format || true)"
if [ -z "$formatter" ]; then
  say "clang-format is not installed (installer/setup-deps.sh installs it)"
else
  unformatted=()
  for f in "${sources[@]}"; do
    if ! "$formatter" --dry-run --Werror "$f" >/dev/null 2>&1; then
      unformatted+=("$f")
    fi
  done
  if [ "${#unformatted[@]}" -gt 0 ]; then
    say "clang-format would change ${#unformatted[@]} file(s); run: clang-format -i ${unformatted[*]}"
  fi
fi

# 2. No widgets in core.
qtinc="$(qtpaths6 --query QT_INSTALL_HEADERS 2>/dev/null || echo /usr/include/x86_64-linux-gnu/qt6)"
if [ -d "$qtinc/QtWidgets" ]; then
  widgets="$(ls "$qtinc/QtWidgets" | grep -v '\.h$' | sort -u)"
  while IFS= read -r line; do
    header="$(sed -E 's/.*#include *[<"]([^>"]+)[>"].*/\1/' <<<"${line#*:*:}")"
    header="${header#QtWidgets/}"
    if grep -qx -- "$header" <<<"$widgets" || [[ "$line" == *QtWidgets* ]]; then
      say "core includes a widget header: $line"
    fi
  done < <(grep -nE '^\s*#\s*include\s*<Q' $(printf '%s\n' "${sources[@]}" | grep '^core/') /dev/null)
fi
if grep -n 'Qt6::Widgets\|Qt::Widgets' core/CMakeLists.txt; then
  say "core/CMakeLists.txt links Qt Widgets"
fi

# 3. No torch in public core headers.
for f in $(printf '%s\n' "${sources[@]}" | grep -E '^core/.*\.h$'); do
  if grep -qE '^\s*#\s*include\s*<(torch|ATen|c10)/' "$f"; then
    allowed=0
    for p in "${torch_private[@]}"; do [ "$f" = "$p" ] && allowed=1; done
    [ "$allowed" = 1 ] || say "public core header includes LibTorch: $f ($(grep -nE '#\s*include\s*<(torch|ATen|c10)/' "$f" | head -1))"
  fi
done

# 4. One direction between layers: a quoted include in core/ that names a header of ui/ or app/ (and
#    none of core/), or one in ui/ that names a header of app/.
declare -A in_core in_ui in_app
for f in "${sources[@]}"; do
  case "$f" in
    core/*) in_core["${f#core/}"]=1; in_core["$(basename "$f")"]=1 ;;
    ui/*) in_ui["${f#ui/}"]=1; in_ui["$(basename "$f")"]=1 ;;
    app/*) in_app["${f#app/}"]=1; in_app["$(basename "$f")"]=1 ;;
  esac
done
while IFS= read -r hit; do
  file="${hit%%:*}"
  header="$(sed -E 's/.*#include *"([^"]+)".*/\1/' <<<"$hit")"
  case "$file" in
    core/*)
      if [ -z "${in_core[$header]:-}" ] && { [ -n "${in_ui[$header]:-}" ] || [ -n "${in_app[$header]:-}" ]; }; then
        say "core depends on ui/app: $hit"
      fi ;;
    ui/*)
      if [ -z "${in_core[$header]:-}" ] && [ -z "${in_ui[$header]:-}" ] && [ -n "${in_app[$header]:-}" ]; then
        say "ui depends on app: $hit"
      fi ;;
  esac
done < <(grep -nE '^\s*#\s*include\s*"' $(printf '%s\n' "${sources[@]}" | grep -E '^(core|ui)/') /dev/null)
if grep -nE 'privaudit_ui|privaudit_app|Qt6::Widgets' core/CMakeLists.txt; then
  say "core/CMakeLists.txt links a higher layer"
fi

[ "$fail" = 0 ] && echo "house rules: ok (format, no widgets in core, no torch in public core headers, layers one way)"
exit "$fail"
