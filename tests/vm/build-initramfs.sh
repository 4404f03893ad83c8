#!/usr/bin/env bash
# Builds a guest initramfs (gzip-compressed cpio, newc format) with guestd
# as /init and a busybox base image for the inner container at /base.
#
# Usage: build-initramfs.sh OUT GUESTD [KERNEL_RELEASE]
#   OUT             the archive to write (for example vm.cpio.gz)
#   GUESTD          a static guestd binary (x86_64-unknown-linux-musl)
#   KERNEL_RELEASE  copy the modules guestd needs from
#                   /lib/modules/KERNEL_RELEASE (Debian's cloud kernel
#                   builds virtio, vsock, overlay and INET_DIAG as
#                   modules); omit it for a kernel with them built in
#
# Extra serve flags go into /etc/guestd/args from $GUESTD_EXTRA_ARGS.
# $GUESTD_STORE_KEY_FILE, when set, is copied to /etc/guestd/store-key
# (mode 0600) for `--store-key-file /etc/guestd/store-key`.
# $GUESTD_VIRTIO_TRANSPORT (pci or mmio) keeps only the modules of the
# machine's virtio transport. q35 puts the vsock device on PCI, and QEMU's
# microvm puts it on virtio-mmio. When it is unset, the image contains both.
# Needs: busybox-static (for the base image and its cpio applet), gzip.
# Prints the archive's size on the last line.
set -euo pipefail

out="$1"
guestd="$2"
release="${3:-}"
busybox="${BUSYBOX:-/bin/busybox}"

# Modules in load order: each after the ones it depends on.
modules=(
    drivers/virtio/virtio_ring
    drivers/virtio/virtio
    drivers/virtio/virtio_pci_modern_dev
    drivers/virtio/virtio_pci_legacy_dev
    drivers/virtio/virtio_pci
    drivers/virtio/virtio_mmio
    net/vmw_vsock/vsock
    net/vmw_vsock/vmw_vsock_virtio_transport_common
    net/vmw_vsock/vmw_vsock_virtio_transport
    fs/overlayfs/overlay
    net/ipv4/inet_diag
    net/ipv4/tcp_diag
)

# Modules of one virtio transport, left out for the other.
case "${GUESTD_VIRTIO_TRANSPORT:-}" in
"") ;;
pci) skip="virtio_mmio" ;;
mmio) skip="virtio_pci virtio_pci_modern_dev virtio_pci_legacy_dev" ;;
*)
    echo "build-initramfs.sh: GUESTD_VIRTIO_TRANSPORT=$GUESTD_VIRTIO_TRANSPORT is invalid; use pci or mmio" >&2
    exit 1
    ;;
esac

if ! file "$busybox" 2>/dev/null | grep -q "statically linked"; then
    echo "build-initramfs.sh: $busybox is not a static busybox; install busybox-static" >&2
    exit 1
fi

root="$(mktemp -d /tmp/guestd-initramfs.XXXXXX)"
trap 'rm -rf "$root"' EXIT

mkdir -p "$root"/{dev,proc,sys,run,tmp,etc/guestd,var/lib/guestd,lib/modules}
install -m 0755 "$guestd" "$root/init"
# The kernel opens /dev/console for init's standard streams before
# devtmpfs is mounted.
mknod -m 0600 "$root/dev/console" c 5 1
mknod -m 0666 "$root/dev/null" c 1 3

# Base image of the inner container: busybox and its applets, a minimal /etc.
base="$root/base"
mkdir -p "$base"/{bin,sbin,etc,proc,sys,dev,run,tmp,root,home,var/tmp,usr/bin,usr/sbin}
chmod 1777 "$base/tmp" "$base/var/tmp"
install -m 0755 "$busybox" "$base/bin/busybox"
for applet in $("$busybox" --list); do
    [ "$applet" = busybox ] || ln -sf busybox "$base/bin/$applet"
done
cat >"$base/etc/passwd" <<'PASSWD'
root:x:0:0:root:/root:/bin/sh
nobody:x:65534:65534:nobody:/nonexistent:/bin/false
PASSWD
cat >"$base/etc/group" <<'GROUP'
root:x:0:
tty:x:5:
nogroup:x:65534:
GROUP
echo "127.0.0.1 localhost" >"$base/etc/hosts"
echo "::1 localhost" >>"$base/etc/hosts"

args="--base /base"
if [ -n "$release" ]; then
    for module in "${modules[@]}"; do
        source="/lib/modules/$release/kernel/$module.ko"
        if [ ! -f "$source" ]; then
            echo "build-initramfs.sh: $source is missing (compressed modules are not supported)" >&2
            exit 1
        fi
        name="$(basename "$module").ko"
        case " ${skip:-} " in *" $(basename "$module") "*) continue ;; esac
        install -m 0644 "$source" "$root/lib/modules/$name"
        args="$args --load-module /lib/modules/$name"
    done
fi
if [ -n "${GUESTD_STORE_KEY_FILE:-}" ]; then
    install -m 0600 "$GUESTD_STORE_KEY_FILE" "$root/etc/guestd/store-key"
fi
echo "$args ${GUESTD_EXTRA_ARGS:-}" | tr ' ' '\n' | grep -v '^$' >"$root/etc/guestd/args"

(cd "$root" && find . -mindepth 1 | LC_ALL=C sort | "$busybox" cpio -o -H newc 2>/dev/null) | gzip -9 >"$out.tmp"
mv "$out.tmp" "$out"
echo "initramfs $out: $(stat -c %s "$out") bytes (guestd $(stat -c %s "$guestd") bytes)"
