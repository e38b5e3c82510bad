#!/bin/sh
# Adds rmdesk to your desktop's application menu, for you alone (no administrator rights):
# the menu entry points at the rmdesk beside this script, wherever you unpacked it.
# Run it again after moving the folder; remove the entry with: ./add-to-menu.sh --remove
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
entry="$data/applications/rmdesk.desktop"
icon="$data/icons/hicolor/scalable/apps/rmdesk.svg"
if [ "${1:-}" = "--remove" ]; then
  rm -f "$entry" "$icon"
  echo "Removed rmdesk from the menu (your programme files are kept)."
  exit 0
fi
mkdir -p "$(dirname "$entry")" "$(dirname "$icon")"
cp "$here/rmdesk.svg" "$icon"
sed -e "s|^Exec=rmdesk\$|Exec=\"$here/rmdesk\"|" -e "s|^Icon=rmdesk\$|Icon=$icon|" \
  "$here/rmdesk.desktop" > "$entry"
chmod 644 "$entry"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" 2>/dev/null || true
echo "rmdesk is in your application menu (Office). Entry: $entry"
