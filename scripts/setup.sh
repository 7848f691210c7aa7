#!/usr/bin/env bash
# Installs what svcalc's build and tests need, and only what is missing: Debian
# packages through apt-get (with sudo when not root), npm packages through
# `npm ci` from the committed lockfile. Quiet, and a no-op, when all is there.
# Both README commands run it first.
set -euo pipefail
cd "$(dirname "$0")/.."

# Why each package: docs/dependencies.md.
debian_packages=(
  cmake ninja-build g++         # native build
  emscripten                    # the wasm build (Debian's 3.1.6)
  libboost-json1.81-dev         # the core's JSON reader
  libfmt-dev                    # Dragonbox: the shortest digits of the number writer
  catch2 nlohmann-json3-dev     # C++ tests, and an independent JSON reader for them
  clang-format                  # the C++ style check
  chromium                      # browser tests, driven by playwright-core
)
# Node may come from Debian or from elsewhere (NodeSource, say): only ask Debian
# for it when there is none at all.
command -v node >/dev/null || debian_packages+=(nodejs)
command -v npm >/dev/null || debian_packages+=(npm)

missing=()
for package in "${debian_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' ||
    missing+=("$package")
done

if ((${#missing[@]})); then
  echo "setup: installing Debian packages: ${missing[*]}"
  as_root=()
  [ "$(id -u)" -eq 0 ] || as_root=(sudo)
  "${as_root[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi

# npm ci starts from an empty node_modules, so run it only when the lockfile
# changed since the last install; the stamp lives inside node_modules so that
# deleting that folder also forces a fresh install.
stamp=node_modules/.svcalc-npm-ci
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
  echo "setup: installing npm packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
  mkdir -p node_modules && touch "$stamp"
fi
