#!/usr/bin/env bash
# Makes dist/MedsenderDesktop-<version>-<arch>.dmg from the PyInstaller .app (run on macOS, on the
# architecture being built: a macos-14 runner is arm64, macos-13 is x86_64). packaging/build.py
# --installer calls it with the version from pyproject.toml:
#   packaging/macos/make-dmg.sh --version 1.2.3 [--identity "Developer ID Application: ..."] [--arch arm64]
# Without --identity the .app is signed ad hoc ("-": runs locally, not distributable); with one,
# it is signed with the hardened runtime and packaging/macos/entitlements.plist, ready for
# `xcrun notarytool submit` and `xcrun stapler staple` (which need Apple credentials, kept out of here).
set -euo pipefail
cd "$(dirname "$0")/../.."
version="" identity="-" arch="$(uname -m)"
while [ $# -gt 0 ]; do
  case "$1" in
    --version) version="$2"; shift 2 ;;
    --identity) identity="$2"; shift 2 ;;
    --arch) arch="$2"; shift 2 ;;
    *) echo "make-dmg: unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -n "$version" ] || { echo "make-dmg: pass --version (packaging/build.py does, from pyproject.toml)" >&2; exit 2; }
app="dist/Medsender Desktop.app"
[ -d "$app" ] || { echo "make-dmg: build the app first: python packaging/build.py" >&2; exit 1; }

plist="$app/Contents/Info.plist"
shown="$(/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' "$plist")"
[ "$shown" = "$version" ] || { echo "make-dmg: the .app says $shown, expected $version" >&2; exit 1; }

entitlements="packaging/macos/entitlements.plist"
if [ "$identity" = "-" ]; then
  codesign --force --deep --sign - "$app"
else
  # inside out: every library and executable, then the bundle, each with the hardened runtime
  find "$app/Contents" -type f \( -name '*.dylib' -o -name '*.so' -o -perm -u+x \) -print0 |
    xargs -0 codesign --force --timestamp --options runtime --entitlements "$entitlements" --sign "$identity"
  codesign --force --timestamp --options runtime --entitlements "$entitlements" --sign "$identity" "$app"
fi
codesign --verify --deep --strict "$app"

# the signed .app still runs: its own self-test, offscreen, with the in-memory keyring
QT_QPA_PLATFORM=offscreen MEDSENDER_KEYRING=memory "$app/Contents/MacOS/medsender-desktop" --self-test

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
dmg="dist/MedsenderDesktop-${version}-${arch}.dmg"
rm -f "$dmg"
hdiutil create -volname "Medsender Desktop $version" -srcfolder "$stage" -ov -format UDZO "$dmg"
if [ "$identity" != "-" ]; then
  codesign --force --timestamp --sign "$identity" "$dmg"
fi
echo "$dmg"
