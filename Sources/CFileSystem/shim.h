// Linux file-system calls that Swift's Glibc module does not import (they need _GNU_SOURCE).
#ifndef CUNXUE_FILE_SYSTEM_SHIM_H
#define CUNXUE_FILE_SYSTEM_SHIM_H

// glibc 2.28 and later; declared here as <stdio.h> declares it under _GNU_SOURCE.
extern int renameat2(int olddirfd, const char *oldpath, int newdirfd, const char *newpath, unsigned int flags);

/// Fails with EEXIST instead of replacing the new path.
static inline unsigned int cunxue_rename_noreplace(void) { return 1u << 0; }
/// Swaps the two names atomically (both must exist).
static inline unsigned int cunxue_rename_exchange(void) { return 1u << 1; }

#endif
