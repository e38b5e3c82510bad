#!/usr/bin/env bash
# Builds the self-contained bundle: dist/rmdesk/ (run dist/rmdesk/rmdesk, no Python needed)
# and dist/rmdesk-<version>-linux-x86_64.tar.gz.
#
#   bash packaging/build.sh
#
# PyInstaller runs in a build venv of its own (build/venv), made from a clean copy of the
# source (build/src: the files git tracks or would track; no .venv, caches or egg-info)
# with `pip install '.[bundle]'`: the bundle then holds exactly the declared dependencies,
# never what a developer's .venv happens to hold (test tools, a dropped wheel). The venv is
# kept and reused while pyproject.toml is unchanged. Prints the build time and sizes.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
started=$(date +%s)
python=${PYTHON:-python3}

rm -rf build/src
mkdir -p build/src dist
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  git ls-files -z --cached --others --exclude-standard |
    while IFS= read -r -d '' file; do [ -e "$file" ] && printf '%s\0' "$file"; done |
    tar --null -T - -cf - | tar -xf - -C build/src
else
  tar --exclude=./build --exclude=./dist --exclude=./.venv -cf - . | tar -xf - -C build/src
fi

stamp=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [ ! -x build/venv/bin/pyinstaller ] || [ "$(cat build/venv/.pyproject-sha256 2>/dev/null)" != "$stamp" ]; then
  echo "Making the build venv (build/venv) ..."
  rm -rf build/venv
  "$python" -m venv build/venv
  build/venv/bin/pip install --quiet --upgrade pip
  build/venv/bin/pip install --quiet './build/src[bundle]'
  echo "$stamp" > build/venv/.pyproject-sha256
else
  build/venv/bin/pip install --quiet --no-deps --force-reinstall ./build/src
fi

echo "Running PyInstaller (packaging/rmdesk.spec) ..."
rm -rf dist/rmdesk
build/venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --distpath "$root/dist" --workpath "$root/build/pyinstaller" build/src/packaging/rmdesk.spec

# Strip what came unstripped (Python's own library and modules: about 25 MB of debugging
# symbols), but never the libraries auditwheel patched into a wheel's "*.libs" folder:
# stripped, numpy's OpenBLAS no longer loads. PyInstaller's own strip would strip them all.
find dist/rmdesk -type f -name '*.so*' ! -path '*.libs/*' -print0 |
  while IFS= read -r -d '' library; do
    case "$(file -b "$library")" in *"not stripped"*) strip --strip-unneeded "$library" ;; esac
  done

# Beside the executable: the desktop entry, its icon and the install note.
cp packaging/rmdesk.desktop packaging/INSTALL.txt packaging/add-to-menu.sh dist/rmdesk/
cp resources/icons/rmdesk.svg dist/rmdesk/rmdesk.svg

version=$(build/venv/bin/python -c 'import rmdesk; print(rmdesk.__version__)')
archive="dist/rmdesk-${version}-linux-x86_64.tar.gz"
rm -f "$archive"
# Reproducible: names sorted, owner root, every date the last commit's, gzip without a
# name or time stamp.
stamp_time=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
tar -C dist --sort=name --owner=0 --group=0 --numeric-owner --mtime="@${stamp_time}" \
  -cf - rmdesk | gzip -9 -n > "$archive"

# Every shared library in the bundle must find what it needs in the bundle or the system.
missing=$(find dist/rmdesk -name '*.so*' -type f -print0 |
  LD_LIBRARY_PATH="$root/dist/rmdesk/_internal" xargs -0 ldd 2>/dev/null | grep 'not found' | sort -u || true)
if [ -n "$missing" ]; then
  echo "Libraries the bundle lacks (install them, or keep what needs them out):"; echo "$missing"
  exit 1
fi

elapsed=$(( $(date +%s) - started ))
echo
echo "Built $archive in ${elapsed} s"
echo "  unpacked: $(du -sm dist/rmdesk | cut -f1) MB ($(find dist/rmdesk -type f | wc -l) files)"
echo "  archive:  $(( $(stat -c %s "$archive") / 1048576 )) MB ($(stat -c %s "$archive") bytes)"
echo "  largest items:"
(cd dist/rmdesk/_internal && du -sm -- * | sort -rn | head -8 | sed 's/^/    /')
