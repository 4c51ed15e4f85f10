#ifndef GITKIT_CGIT2_SHIM_H
#define GITKIT_CGIT2_SHIM_H

#include <git2.h>
#include <git2/sys/repository.h>

/*
 * git_libgit2_opts is C-variadic, which Swift cannot call.
 * Each option GitKit needs gets a fixed-signature wrapper here.
 */

static inline int gitkit_git_opt_enable_fsync_gitdir(int enabled) {
    return git_libgit2_opts(GIT_OPT_ENABLE_FSYNC_GITDIR, enabled);
}

static inline int gitkit_git_opt_enable_strict_object_creation(int enabled) {
    return git_libgit2_opts(GIT_OPT_ENABLE_STRICT_OBJECT_CREATION, enabled);
}

static inline int gitkit_git_opt_set_owner_validation(int enabled) {
    return git_libgit2_opts(GIT_OPT_SET_OWNER_VALIDATION, enabled);
}

/* Upper bound of libgit2's decoded-object cache, in bytes (default 256 MiB). */
static inline int gitkit_git_opt_set_cache_max_size(long long bytes) {
    return git_libgit2_opts(GIT_OPT_SET_CACHE_MAX_SIZE, (ssize_t)bytes);
}

/* Pack files are read through mmap'd windows; these bound how much is mapped
   at once (defaults: 1 GiB windows, 8 GiB in all on 64-bit). */
static inline int gitkit_git_opt_set_mwindow_size(long long bytes) {
    return git_libgit2_opts(GIT_OPT_SET_MWINDOW_SIZE, (size_t)bytes);
}

static inline int gitkit_git_opt_set_mwindow_mapped_limit(long long bytes) {
    return git_libgit2_opts(GIT_OPT_SET_MWINDOW_MAPPED_LIMIT, (size_t)bytes);
}

/* The CA certificates https remotes are checked against, instead of the system's
   (what git's http.sslCAInfo does). */
static inline int gitkit_git_opt_set_ssl_cert_file(const char *file) {
    return git_libgit2_opts(GIT_OPT_SET_SSL_CERT_LOCATIONS, file, (const char *)NULL);
}

/* syncfs(2) flushes one file system's dirty data and metadata with one device flush; it is a
   GNU extension, which Swift's Glibc module does not import. */
extern int syncfs(int fd);
static inline int gitkit_syncfs(int fd) {
    return syncfs(fd);
}

#endif
