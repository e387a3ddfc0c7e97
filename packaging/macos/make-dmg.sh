#!/usr/bin/env bash
# Builds dist/MedsenderDesktop-<version>.dmg from the PyInstaller .app (run on macOS).
#   pyinstaller --noconfirm --clean packaging/medsender-desktop.spec && packaging/macos/make-dmg.sh 0.1.0
set -euo pipefail
cd "$(dirname "$0")/../.."
version="${1:-0.1.0}"
app="dist/Medsender Desktop.app"
[ -d "$app" ] || { echo "build the app first: pyinstaller packaging/medsender-desktop.spec"; exit 1; }
"$app/Contents/MacOS/Medsender Desktop" --self-test
stage="$(mktemp -d)"
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
hdiutil create -volname "Medsender Desktop" -srcfolder "$stage" -ov -format UDZO \
  "dist/MedsenderDesktop-${version}.dmg"
rm -rf "$stage"
echo "dist/MedsenderDesktop-${version}.dmg"
