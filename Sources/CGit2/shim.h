#ifndef GALLEY_CGIT2_SHIM_H
#define GALLEY_CGIT2_SHIM_H

#include <git2.h>
#include <git2/sys/repository.h>

/*
 * git_libgit2_opts is C-variadic, which Swift cannot call.
 * Each option Galley needs gets a fixed-signature wrapper here.
 */

static inline int galley_git_opt_enable_fsync_gitdir(int enabled) {
    return git_libgit2_opts(GIT_OPT_ENABLE_FSYNC_GITDIR, enabled);
}

static inline int galley_git_opt_enable_strict_object_creation(int enabled) {
    return git_libgit2_opts(GIT_OPT_ENABLE_STRICT_OBJECT_CREATION, enabled);
}

static inline int galley_git_opt_set_owner_validation(int enabled) {
    return git_libgit2_opts(GIT_OPT_SET_OWNER_VALIDATION, enabled);
}

#endif
