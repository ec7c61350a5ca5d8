#ifndef LANTOA_SPAWN_H
#define LANTOA_SPAWN_H

#include <sys/types.h>

/// Starts `path` with `argv` and `envp` (both ending in NULL), its standard input, output and
/// error on `in`, `out` and `err`, and no other descriptor of this process open in it: not one
/// another thread opens meanwhile, nor one inherited above the limit on open files (which makes
/// closing each by number fail). Returns 0 with the child's id in `pid`, or an errno value.
int lantoa_spawn(const char *path, char *const argv[], char *const envp[], int in, int out, int err, pid_t *pid);

/// A pipe whose two ends are closed on exec (`pipe2` with `O_CLOEXEC`): 0, or -1 with errno set.
int lantoa_pipe(int fds[2]);

#endif
