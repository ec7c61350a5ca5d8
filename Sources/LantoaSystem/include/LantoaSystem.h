#ifndef LANTOA_SYSTEM_H
#define LANTOA_SYSTEM_H

#include <sys/types.h>

/// Starts `path` with `argv` and `envp` (both ending in NULL), its standard input, output and
/// error on `in`, `out` and `err`, and no other descriptor of this process open in it: not one
/// another thread opens meanwhile, nor one inherited above the limit on open files (which makes
/// closing each by number fail). Returns 0 with the child's id in `pid`, or an errno value.
int lantoa_spawn(const char *path, char *const argv[], char *const envp[], int in, int out, int err, pid_t *pid);

/// A pipe whose two ends are closed on exec (`pipe2` with `O_CLOEXEC`): 0, or -1 with errno set.
int lantoa_pipe(int fds[2]);

/// Reads the entries of the folder open as `fd` into `buffer` as the kernel lays them out
/// (Linux's `getdents64`: each record's inode in 8 bytes, offset in 8, length in 2, type in 1,
/// then the name ending in a zero byte): the number of bytes read, 0 at the end, or -1 with errno
/// set (ENOSYS on a system without it).
ssize_t lantoa_folder_entries(int fd, void *buffer, size_t size);

/// Swaps the files at `from` and `to` in one step, both of which must exist (Linux's
/// `renameat2` with `RENAME_EXCHANGE`): 0, or -1 with errno set (ENOENT when `to` is not
/// there, ENOSYS or EINVAL where the system or its file system cannot).
int lantoa_exchange(const char *from, const char *to);

#endif
