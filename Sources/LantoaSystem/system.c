#define _GNU_SOURCE
#include "LantoaSystem.h"
#include <spawn.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <stdio.h>
#if defined(__linux__)
#include <sys/syscall.h>
#endif

int lantoa_spawn(const char *path, char *const argv[], char *const envp[], int in, int out, int err, pid_t *pid) {
    posix_spawn_file_actions_t actions;
    posix_spawnattr_t attributes;
    int status = posix_spawn_file_actions_init(&actions);
    if (status != 0) return status;
    status = posix_spawnattr_init(&attributes);
    if (status != 0) { posix_spawn_file_actions_destroy(&actions); return status; }
    // dup2 onto 0, 1 and 2 clears close-on-exec there; everything above 2 is closed.
    if (status == 0) status = posix_spawn_file_actions_adddup2(&actions, in, 0);
    if (status == 0) status = posix_spawn_file_actions_adddup2(&actions, out, 1);
    if (status == 0) status = posix_spawn_file_actions_adddup2(&actions, err, 2);
#if defined(__APPLE__)
    if (status == 0) status = posix_spawnattr_setflags(&attributes, POSIX_SPAWN_CLOEXEC_DEFAULT);
#elif defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 34))
    if (status == 0) status = posix_spawn_file_actions_addclosefrom_np(&actions, 3);
#endif
    if (status == 0) status = posix_spawn(pid, path, &actions, &attributes, argv, envp);
    posix_spawnattr_destroy(&attributes);
    posix_spawn_file_actions_destroy(&actions);
    return status;
}

int lantoa_pipe(int fds[2]) {
#if defined(__APPLE__)
    if (pipe(fds) != 0) return -1;
    fcntl(fds[0], F_SETFD, FD_CLOEXEC);
    fcntl(fds[1], F_SETFD, FD_CLOEXEC);
    return 0;
#else
    return pipe2(fds, O_CLOEXEC);
#endif
}

ssize_t lantoa_folder_entries(int fd, void *buffer, size_t size) {
#if defined(__linux__)
    return syscall(SYS_getdents64, fd, buffer, size);
#else
    (void)fd; (void)buffer; (void)size;
    errno = ENOSYS;
    return -1;
#endif
}

int lantoa_exchange(const char *from, const char *to) {
#if defined(__linux__) && defined(RENAME_EXCHANGE)
    return renameat2(AT_FDCWD, from, AT_FDCWD, to, RENAME_EXCHANGE);
#else
    (void)from; (void)to;
    errno = ENOSYS;
    return -1;
#endif
}
