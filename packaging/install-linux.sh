#!/bin/sh
# Install the built bundle (dist/phone-guide/) with its desktop entry, icon and AppStream metadata.
#   sudo sh packaging/install-linux.sh     for everyone: /opt/phone-guide, /usr/local/{bin,share}
#   sh packaging/install-linux.sh --user   for you alone: ~/.local/lib/phone-guide, ~/.local/{bin,share}
# BUNDLE, PREFIX and APP_DIR override where the bundle is taken from and where it goes.
set -eu
packaging=$(cd "$(dirname "$0")" && pwd)
bundle=${BUNDLE:-$(dirname "$packaging")/dist/phone-guide}
id=io.github.phoneguide.PhoneGuide
if [ "${1:-}" = "--user" ]; then
    prefix=${PREFIX:-$HOME/.local}
    app_dir=${APP_DIR:-$prefix/lib/phone-guide}
else
    prefix=${PREFIX:-/usr/local}
    app_dir=${APP_DIR:-/opt/phone-guide}
fi
if [ ! -x "$bundle/phone-guide" ]; then
    echo "No bundle in $bundle: build it first with: python packaging/build_bundle.py" >&2
    exit 1
fi
rm -rf "$app_dir"
mkdir -p "$app_dir" "$prefix/bin" "$prefix/share/applications" "$prefix/share/metainfo" \
    "$prefix/share/icons/hicolor/scalable/apps"
cp -R "$bundle/." "$app_dir/"
ln -sf "$app_dir/phone-guide" "$prefix/bin/phone-guide"
cp "$packaging/$id.desktop" "$prefix/share/applications/"
cp "$packaging/$id.metainfo.xml" "$prefix/share/metainfo/"
cp "$packaging/$id.svg" "$prefix/share/icons/hicolor/scalable/apps/"
echo "Installed: $prefix/bin/phone-guide -> $app_dir/phone-guide"
