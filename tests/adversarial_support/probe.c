/*
 * Escape probe for the adversarial tests. It runs as root inside the inner
 * container and makes one attempt per invocation:
 *
 *     probe ATTEMPT [ARG]
 *
 * It prints "ok" when the attempt succeeded and "errno=NAME" when the call
 * failed, and exits 0 either way; the test decides what is expected. Every
 * attempt is chosen to be harmless should it ever succeed: time and reboot
 * calls take arguments the kernel rejects after the permission check, and
 * nothing is connected or written outside the probe's own scratch paths.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/reboot.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <sys/time.h>
#include <sys/timex.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#ifndef AF_VSOCK
#define AF_VSOCK 40
#endif

static int report(long ret)
{
	if (ret < 0)
		printf("errno=%s\n", strerrorname_np(errno));
	else
		printf("ok\n");
	return 0;
}

/* Whether this process runs under a seccomp filter (Seccomp: 2). */
static int filtered(void)
{
	char line[256];
	FILE *status = fopen("/proc/self/status", "r");
	int mode = -1;
	if (!status)
		return 0;
	while (fgets(line, sizeof line, status))
		if (sscanf(line, "Seccomp: %d", &mode) == 1)
			break;
	fclose(status);
	return mode == 2;
}

struct clone_args_v0 {
	uint64_t flags, pidfd, child_tid, parent_tid, exit_signal, stack, stack_size, tls;
};

int main(int argc, char **argv)
{
	const char *attempt = argc > 1 ? argv[1] : "";
	const char *arg = argc > 2 ? argv[2] : "";

	if (!strcmp(attempt, "ptrace")) {
		long ret = ptrace(PTRACE_ATTACH, atoi(arg), 0, 0);
		if (ret == 0)
			ptrace(PTRACE_DETACH, atoi(arg), 0, 0);
		return report(ret);
	}
	if (!strcmp(attempt, "kill"))
		return report(kill(atoi(arg), 0));
	/* Raising another process's descriptor limit. */
	if (!strcmp(attempt, "prlimit")) {
		struct rlimit raised = { .rlim_cur = 1 << 20, .rlim_max = 1 << 20 };
		return report(prlimit(atoi(arg), RLIMIT_NOFILE, &raised, NULL));
	}
	if (!strcmp(attempt, "mknod-block"))
		return report(mknod(arg, S_IFBLK | 0600, makedev(8, 0)));
	if (!strcmp(attempt, "mount-proc"))
		return report(mount("proc", arg, "proc", 0, NULL));
	if (!strcmp(attempt, "mount-sysfs"))
		return report(mount("sysfs", arg, "sysfs", 0, NULL));
	if (!strcmp(attempt, "mount-cgroup-v1"))
		return report(mount("cgroup", arg, "cgroup", 0, "memory"));
	if (!strcmp(attempt, "mount-cgroup2"))
		return report(mount("cgroup2", arg, "cgroup2", 0, NULL));
	if (!strcmp(attempt, "mount-disk"))
		return report(mount("/dev/vda", arg, "ext4", MS_RDONLY, NULL));
	if (!strcmp(attempt, "umount-run"))
		return report(umount2("/run/guestd", MNT_DETACH));
	if (!strcmp(attempt, "unshare-user"))
		return report(unshare(CLONE_NEWUSER));
	if (!strcmp(attempt, "unshare-mount"))
		return report(unshare(CLONE_NEWNS));
	if (!strcmp(attempt, "clone3-user")) {
		struct clone_args_v0 args = { .flags = CLONE_NEWUSER, .exit_signal = SIGCHLD };
		long pid = syscall(SYS_clone3, &args, sizeof args);
		if (pid == 0)
			_exit(0);
		if (pid > 0)
			waitpid(pid, NULL, 0);
		return report(pid);
	}
	if (!strcmp(attempt, "setns-init-mnt")) {
		int fd = open("/proc/1/ns/mnt", O_RDONLY);
		if (fd < 0)
			return report(fd);
		return report(setns(fd, 0));
	}
	if (!strcmp(attempt, "finit-module"))
		return report(syscall(SYS_finit_module, -1, "", 0));
	/* The capability check comes before the image is read. */
	if (!strcmp(attempt, "init-module"))
		return report(syscall(SYS_init_module, NULL, 0, ""));
	if (!strcmp(attempt, "kexec-load"))
		return report(syscall(SYS_kexec_load, 0, 0, NULL, 0));
	if (!strcmp(attempt, "kexec-file-load"))
		return report(syscall(SYS_kexec_file_load, -1, -1, 0, "", 0));
	/* CAD_OFF is EINVAL in any PID namespace but the first. */
	if (!strcmp(attempt, "reboot"))
		return report(syscall(SYS_reboot, LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2,
				      LINUX_REBOOT_CMD_CAD_OFF, NULL));
	/* A negative nanosecond field is EINVAL once the call is permitted.
	 * The raw call, because the C library checks the field itself. */
	if (!strcmp(attempt, "settime")) {
		struct timespec bad = { .tv_sec = 0, .tv_nsec = -1 };
		return report(syscall(SYS_clock_settime, CLOCK_REALTIME, &bad));
	}
	/* The permission check comes before the time zone's range check, so
	 * an out-of-range zone is EINVAL once the call is permitted. */
	if (!strcmp(attempt, "settimeofday")) {
		struct timezone bad = { .tz_minuteswest = 16 * 60 };
		return report(syscall(SYS_settimeofday, NULL, &bad));
	}
	/* ADJ_SETOFFSET with a negative microsecond field: EINVAL once
	 * permitted. */
	if (!strcmp(attempt, "adjtime")) {
		struct timex bad = { .modes = ADJ_SETOFFSET };
		bad.time.tv_usec = -1;
		return report(syscall(SYS_clock_adjtime, CLOCK_REALTIME, &bad));
	}
	/* A Unix socket bound at ARG: the daemon's socket paths must stay
	 * its own. */
	if (!strcmp(attempt, "bind-unix")) {
		struct sockaddr_un addr = { .sun_family = AF_UNIX };
		int fd = socket(AF_UNIX, SOCK_STREAM, 0);
		if (fd < 0)
			return report(fd);
		strncpy(addr.sun_path, arg, sizeof addr.sun_path - 1);
		return report(bind(fd, (struct sockaddr *)&addr, sizeof addr));
	}
	if (!strcmp(attempt, "bpf"))
		return report(syscall(SYS_bpf, 5 /* BPF_PROG_LOAD */, NULL, 0));
	if (!strcmp(attempt, "keyctl"))
		return report(syscall(SYS_keyctl, 0 /* KEYCTL_GET_KEYRING_ID */, -3, 0));
	if (!strcmp(attempt, "open-by-handle"))
		return report(syscall(SYS_open_by_handle_at, AT_FDCWD, NULL, 0));
	if (!strcmp(attempt, "vsock")) {
		/* Only under a filter that blocks the family: an unfiltered call
		 * would open a socket. The filter is checked first with a socket
		 * type that does not exist, which the kernel rejects (EINVAL)
		 * before it looks at the family, so no vsock socket is made
		 * whatever the outcome. */
		if (!filtered()) {
			printf("refused: no seccomp filter\n");
			return 0;
		}
		errno = 0;
		if (socket(AF_VSOCK, 15, 0) >= 0 || errno != EAFNOSUPPORT) {
			printf("refused: the filter does not block AF_VSOCK (%s)\n", strerrorname_np(errno));
			return 0;
		}
		int fd = socket(AF_VSOCK, SOCK_STREAM, 0);
		if (fd >= 0)
			close(fd);
		return report(fd);
	}
	if (!strcmp(attempt, "chroot-break")) {
		/* The classic escape: chroot into a subdirectory while keeping a
		 * descriptor above it, then walk up. It must end at the
		 * container's own root. */
		struct stat before, after;
		stat("/", &before);
		mkdir("/tmp/probe-jail", 0700);
		int above = open("/", O_RDONLY | O_DIRECTORY);
		if (chroot("/tmp/probe-jail") < 0)
			return report(-1);
		fchdir(above);
		for (int i = 0; i < 64; i++)
			chdir("..");
		chroot(".");
		stat("/", &after);
		printf(before.st_ino == after.st_ino && before.st_dev == after.st_dev
			       ? "contained\n" : "escaped\n");
		return 0;
	}
	fprintf(stderr, "unknown attempt %s\n", attempt);
	return 2;
}
