#!/usr/bin/env bash
# Builds a guest kernel (bzImage) for guestd from Debian's linux-source-6.1:
# tinyconfig, plus the fragment guestd.config, plus olddefconfig.
#
# The result is cached outside the clone, keyed by the hash of the fragment
# and of this script, and its path is printed on the last line of stdout:
#   $GUESTD_CACHE/kernel-HASH/bzImage   (GUESTD_CACHE defaults to
#   /var/cache/guestd-ci)
# A cold build takes about 9 minutes on 2 cores; a cached one returns at once.
#
# Needs: linux-source-6.1 flex bison libelf-dev bc (and gcc, make).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
fragment="$here/guestd.config"
cache="${GUESTD_CACHE:-/var/cache/guestd-ci}"
tarball="${LINUX_SOURCE_TARBALL:-/usr/src/linux-source-6.1.tar.xz}"
jobs="${KERNEL_JOBS:-$(nproc)}"

hash="$(cat "$fragment" "$0" | sha256sum | cut -c1-16)"
out="$cache/kernel-$hash"
if [ -f "$out/bzImage" ]; then
    echo "$out/bzImage"
    exit 0
fi

mkdir -p "$cache"
# One build at a time: a second caller waits and then finds the cache.
exec 9>"$cache/kernel.lock"
flock 9
if [ -f "$out/bzImage" ]; then
    echo "$out/bzImage"
    exit 0
fi

if [ ! -f "$tarball" ]; then
    echo "build.sh: $tarball is missing; install linux-source-6.1" >&2
    exit 1
fi
src="$cache/linux-source-6.1"
if [ ! -f "$src/.unpacked" ]; then
    echo "build.sh: unpacking $tarball" >&2
    rm -rf "$src"
    tar -C "$cache" -xf "$tarball"
    touch "$src/.unpacked"
fi

build="$cache/kernel-build-$hash"
mkdir -p "$build"
echo "build.sh: configuring in $build" >&2
make -C "$src" O="$build" -s tinyconfig >&2
"$src/scripts/kconfig/merge_config.sh" -m -O "$build" "$build/.config" "$fragment" >/dev/null
make -C "$src" O="$build" -s olddefconfig >&2

# Every option of the fragment must survive olddefconfig; a dropped one
# means a dependency is missing from the fragment.
missing=0
while IFS= read -r line; do
    case "$line" in
        CONFIG_*=*)
            if ! grep -qx "$line" "$build/.config"; then
                echo "build.sh: $line did not survive olddefconfig" >&2
                missing=1
            fi
            ;;
    esac
done <"$fragment"
if [ "$missing" -ne 0 ]; then
    exit 1
fi

echo "build.sh: building bzImage with $jobs jobs (about 9 minutes on 2 cores)" >&2
make -C "$src" O="$build" -s -j"$jobs" bzImage >&2

mkdir -p "$out.tmp"
cp "$build/arch/x86/boot/bzImage" "$out.tmp/bzImage"
cp "$build/.config" "$out.tmp/config"
rm -rf "$out"
mv "$out.tmp" "$out"
rm -rf "$build"
echo "$out/bzImage"
