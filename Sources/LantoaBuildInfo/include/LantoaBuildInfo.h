#ifndef LANTOA_BUILD_INFO_H
#define LANTOA_BUILD_INFO_H

/// The git commit the binary was built from ("" when built without scripts/build or scripts/package).
const char *lantoa_commit(void);

#endif
