// The commit is stamped by scripts/build and scripts/package, which write commit.h (not in git)
// before compiling: Swift has no way to take a string from the build command, C has.
#include "LantoaBuildInfo.h"
#if __has_include("commit.h")
#include "commit.h"
#endif
#ifndef LANTOA_COMMIT
#define LANTOA_COMMIT ""
#endif

const char *lantoa_commit(void) { return LANTOA_COMMIT; }
